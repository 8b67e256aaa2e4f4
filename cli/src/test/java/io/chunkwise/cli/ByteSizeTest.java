package io.chunkwise.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class ByteSizeTest {
    @Test
    void parsesBinaryAndDecimalUnits() {
        assertThat(ByteSize.parse("64MiB").bytes()).isEqualTo(64L << 20);
        assertThat(ByteSize.parse("2GiB").bytes()).isEqualTo(2L << 30);
        assertThat(ByteSize.parse("500MB").bytes()).isEqualTo(500_000_000L);
        assertThat(ByteSize.parse("1.5KiB").bytes()).isEqualTo(1536L);
        assertThat(ByteSize.parse("4096").bytes()).isEqualTo(4096L);
        assertThat(ByteSize.parse(" 7 b ").bytes()).isEqualTo(7L);
        assertThat(ByteSize.parse("1tiB").bytes()).isEqualTo(1L << 40);
        assertThat(ByteSize.parse("1kB").bytes()).isEqualTo(1000L);
    }

    @Test
    void aFractionOfAByteIsRefusedNotRounded() {
        assertThat(ByteSize.parse("1.5GiB").bytes()).isEqualTo(3L << 29);
        assertThat(ByteSize.parse("1.5GB").bytes()).isEqualTo(1_500_000_000L);
        assertThat(ByteSize.parse("0.5KiB").bytes()).isEqualTo(512L);
        assertThat(ByteSize.parse("2.000").bytes()).isEqualTo(2L);
        assertThatThrownBy(() -> ByteSize.parse("0.5"))
                .hasMessage("'0.5' is not a whole number of bytes (0.5 B); write e.g. 4096, 64KiB or 1.5GiB");
        assertThatThrownBy(() -> ByteSize.parse("1.5")).hasMessageContaining("(1.5 B)");
        assertThatThrownBy(() -> ByteSize.parse("1.0001KiB")).hasMessageContaining("(1024.1024 B)");
        assertThatThrownBy(() -> ByteSize.parse("0.0000001GiB")).hasMessageContaining("(107.3741824 B)");
    }

    @Test
    void aLowerCaseBAfterAPrefixIsRefusedAsBits() {
        assertThatThrownBy(() -> ByteSize.parse("64Kb")).hasMessage("'64Kb': a lower-case b is bits; write 64KB or 64KiB for bytes");
        for (String bits : new String[] {"64kb", "64Mb", "1Gb", "1mb", "1Tb", "1Pb", "1Mib", "1tib"}) {
            assertThatThrownBy(() -> ByteSize.parse(bits)).as(bits).hasMessageContaining("a lower-case b is bits");
        }
    }

    @Test
    void aBareLetterIsBinaryAsInTheJvmsOptions() {
        assertThat(ByteSize.parse("1k").bytes()).isEqualTo(1024L);
        assertThat(ByteSize.parse("64m").bytes()).isEqualTo(64L << 20);
        assertThat(ByteSize.parse("2G").bytes()).isEqualTo(2L << 30);
        assertThat(ByteSize.parse("1KB").bytes()).as("KB stays decimal").isEqualTo(1000L);
        assertThatThrownBy(() -> ByteSize.parse("1x")).hasMessage("'1x' is not a size; write e.g. 4096, 64KiB, 64MiB (or 64m), 2GiB or 500MB");
    }

    @Test
    void rejectsWhatIsNotASize() {
        assertThatThrownBy(() -> ByteSize.parse("-5MiB")).hasMessageContaining("not a size");
        assertThatThrownBy(() -> ByteSize.parse("12 apples")).hasMessageContaining("not a size");
        assertThatThrownBy(() -> ByteSize.parse("99999999PiB")).hasMessageContaining("too large");
    }

    @Test
    void exaUnitsAreSizesAndWhatALongCannotHoldIsTooLargeNotMalformed() {
        // QA: --memory-budget 8EiB was "not a size" while 9999999PB was "too large"
        assertThat(ByteSize.parse("7EiB").bytes()).isEqualTo(7L << 60);
        assertThat(ByteSize.parse("7e").bytes()).isEqualTo(7L << 60);
        assertThat(ByteSize.parse("9EB").bytes()).isEqualTo(9_000_000_000_000_000_000L);
        assertThat(ByteSize.parse("1E").bytes()).isEqualTo(1L << 60);
        assertThatThrownBy(() -> ByteSize.parse("1Eb")).hasMessageContaining("a lower-case b is bits");
        assertThat(ByteSize.parse(Long.MAX_VALUE + "").bytes()).isEqualTo(Long.MAX_VALUE);
        for (String large : new String[] {"8EiB", "8e", "10EB", "9999999PB", "8192PiB", "9223372036854775808",
            "99999999999999999999999999KiB", "8388608TiB"}) {
            assertThatThrownBy(() -> ByteSize.parse(large)).as(large)
                    .hasMessage("'" + large + "' is too large a size (at most 9223372036854775807 bytes, just under 8EiB)");
        }
    }

    @Test
    void zettaAndYottaUnitsAreTooLargeNotMalformed() {
        // QA: 1ZiB and 1YB were "not a size" while 8EiB was "too large"
        for (String large : new String[] {"1ZiB", "1ZB", "1z", "1YiB", "1YB", "1y", "0.5ZIB", "2 YB"}) {
            assertThatThrownBy(() -> ByteSize.parse(large)).as(large)
                    .hasMessage("'" + large + "' is too large a size (at most 9223372036854775807 bytes, just under 8EiB)");
        }
        assertThat(ByteSize.parse("0ZiB").bytes()).isZero();
        assertThatThrownBy(() -> ByteSize.parse("1Zb")).hasMessage("'1Zb': a lower-case b is bits; write 1ZB or 1ZiB for bytes");
        assertThatThrownBy(() -> ByteSize.parse("1XiB")).hasMessageContaining("is not a size");
    }

    @Test
    void formatsForPeople() {
        assertThat(ByteSize.format(512)).isEqualTo("512 B");
        assertThat(ByteSize.format(3L << 29)).isEqualTo("1.5 GiB");
        assertThat(ByteSize.format(3L << 59)).isEqualTo("1.5 EiB");
    }

    @Test
    void writesAnOptionsValueThatParsesBackExactly() {
        assertThat(ByteSize.argument(200_000_000_000L)).isEqualTo("200GB");
        assertThat(ByteSize.argument(1L << 30)).isEqualTo("1GiB");
        assertThat(ByteSize.argument(3L << 29)).isEqualTo("1536MiB");
        assertThat(ByteSize.argument(1_000_001)).isEqualTo("1000001");
        assertThat(ByteSize.argument(0)).isEqualTo("0");
        assertThat(ByteSize.argument(7L << 60)).isEqualTo("7EiB");
        for (long bytes : new long[] {200_000_000_000L, 1L << 30, 3L << 29, 1_000_001, 5L << 50, 7_000, 7L << 60,
            9_000_000_000_000_000_000L, Long.MAX_VALUE}) {
            assertThat(ByteSize.parse(ByteSize.argument(bytes)).bytes()).isEqualTo(bytes);
        }
    }

    @Test
    void parsesDurations() {
        assertThat(Durations.parse("50ms")).isEqualTo(Duration.ofMillis(50));
        assertThat(Durations.parse("2s")).isEqualTo(Duration.ofSeconds(2));
        assertThat(Durations.parse("1.5m")).isEqualTo(Duration.ofSeconds(90));
        assertThat(Durations.parse("PT3S")).isEqualTo(Duration.ofSeconds(3));
        assertThat(Durations.parse("1d")).isEqualTo(Duration.ofDays(1));
        assertThatThrownBy(() -> Durations.parse("soon")).hasMessageContaining("not a duration");
        assertThatThrownBy(() -> Durations.parse("1M")).hasMessage("'1M' is ambiguous: a capital M is a month in market data;"
                + " write 1m or 1min for minutes");
        assertThat(Durations.parse("1MIN")).isEqualTo(Duration.ofMinutes(1));
    }

    @Test
    void parsesInstantsWithOrWithoutAnOffset() {
        assertThat(Instants.parse("2024-01-07T22:00:00Z")).isEqualTo(Instant.parse("2024-01-07T22:00:00Z"));
        assertThat(Instants.parse("2024-01-07T22:00+02:00")).isEqualTo(Instant.parse("2024-01-07T20:00:00Z"));
        assertThat(Instants.parse("2024-01-07T22:00")).isEqualTo(Instant.parse("2024-01-07T22:00:00Z"));
        assertThat(Instants.parse("2024-01-07")).isEqualTo(Instant.parse("2024-01-07T00:00:00Z"));
        assertThatThrownBy(() -> Instants.parse("07/01/2024")).hasMessageContaining("is not a time")
                .hasMessageNotContaining("Exception");
    }
}
