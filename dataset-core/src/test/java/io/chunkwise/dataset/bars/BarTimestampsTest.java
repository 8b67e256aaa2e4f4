package io.chunkwise.dataset.bars;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import org.junit.jupiter.api.Test;

/** Epoch numbers are read in the unit their magnitude implies, or refused; never silently wrong. */
class BarTimestampsTest {
    private static final long MS = Instant.parse("2024-01-07T22:01:00Z").toEpochMilli();

    @Test
    void theUnitFollowsTheMagnitude() {
        assertThat(new BarTimestamps().parse("1704664860")).isEqualTo(MS);
        assertThat(new BarTimestamps().parse("1704664860000")).isEqualTo(MS);
        assertThat(new BarTimestamps().parse("1704664860000000")).isEqualTo(MS);
        assertThat(new BarTimestamps().parse("1704664860000000000")).isEqualTo(MS);
        assertThat(new BarTimestamps().parse("946684800")).isEqualTo(Instant.parse("2000-01-01T00:00:00Z").toEpochMilli());
        assertThat(new BarTimestamps().parse("946684800000")).isEqualTo(Instant.parse("2000-01-01T00:00:00Z").toEpochMilli());
    }

    @Test
    void compactDigitsAreDatesNotEpochMilliseconds() {
        assertThat(new BarTimestamps().parse("20240107220100")).isEqualTo(MS);
        assertThat(new BarTimestamps().parse("202401072201")).isEqualTo(MS);
        assertThat(new BarTimestamps().parse("20240107")).isEqualTo(Instant.parse("2024-01-07T00:00:00Z").toEpochMilli());
    }

    @Test
    void implausibleNumbersAreRefused() {
        for (String text : new String[] {"1704664", "20241307220100", "99999999999999", "-1704664860", "12345678901234567890"}) {
            assertThatThrownBy(() -> new BarTimestamps().parse(text)).as(text)
                    .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("bad timestamp '" + text + "'");
        }
    }

    @Test
    void aLaterNumberInAnotherUnitIsRefused() {
        BarTimestamps t = new BarTimestamps();
        t.parse("1704664860");
        assertThatThrownBy(() -> t.parse("1704664920000")).hasMessageContaining("in milliseconds")
                .hasMessageContaining("first epoch timestamp was in seconds");
        assertThat(t.parse("1704664920")).isEqualTo(MS + 60_000);
    }

    @Test
    void commonVendorFormsAreRead() {
        for (String text : new String[] {"2024-01-07T22:01:00Z", "2024-01-07t22:01:00z", "2024-01-07T17:01:00.000000-05:00",
                "2024-01-07 22:01", "2024-01-07T22:01Z", "2024-01-08T00:01:00+02", "2024-01-08T00:01:00+0200",
                "2024-01-08 00:01:00+02:00", "2024-01-07 22:01:00 UTC", "2024-01-07T22:01:00Z[UTC]", "1704664860.000",
                "1704664860000.0", "20240107220100"}) {
            assertThat(new BarTimestamps().parse(text)).as(text).isEqualTo(MS);
        }
        assertThat(new BarTimestamps().parse("1704664860.25")).isEqualTo(MS + 250);
    }

    @Test
    void dayMonthOrderIsRefusedWithAHint() {
        assertThatThrownBy(() -> new BarTimestamps().parse("01/07/2024 22:01")).hasMessageContaining("yyyy-MM-dd");
        assertThatThrownBy(() -> new BarTimestamps().parse("1704664.5")).hasMessageContaining("bad timestamp");
    }
}
