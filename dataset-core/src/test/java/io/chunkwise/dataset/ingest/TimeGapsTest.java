package io.chunkwise.dataset.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.chunkwise.dataset.features.FeatureSpec;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A cache's rows are consecutive whatever the time between them: the summary gives their spacing
 * and largest gap (a weekend, a mistyped year on the last row, which no order check catches), in
 * every batch size; a file of a header alone says so, with the header's line and offset.
 */
class TimeGapsTest {
    private static final String HEADER = "timestamp,open,high,low,close,volume\n";
    private static final String BAR = ",1.10000,1.10010,1.09990,1.10005,1\n";

    @TempDir
    Path dir;

    @Test
    void theLargestGapIsNamedWithTheLineAfterIt() throws IOException {
        StringBuilder csv = new StringBuilder(HEADER);
        LocalDateTime friday = LocalDateTime.of(2024, 1, 5, 21, 50);
        for (int i = 0; i < 10; i++) {
            csv.append(friday.plusMinutes(i)).append(":00").append(BAR);
        }
        LocalDateTime sunday = LocalDateTime.of(2024, 1, 7, 22, 0);
        for (int i = 0; i < 10; i++) {
            csv.append(sunday.plusMinutes(i)).append(":00").append(BAR);
        }
        Path bars = Files.writeString(dir.resolve("weekend.csv"), csv);
        for (int batchRows : new int[] {1, 3, 65536}) {
            CacheSummary s = new CacheBuilder(FeatureSpec.parse("ret"), batchRows)
                    .build(bars, dir.resolve("w" + batchRows + ".arrow"), d -> { }, r -> { });
            assertThat(s.barSpacingMillis()).as("batch rows %d", batchRows).isEqualTo(60_000L);
            // Friday 21:59 to Sunday 22:00, before the 11th bar: line 12
            assertThat(s.largestGapMillis()).isEqualTo((2 * 24 * 60 + 1) * 60_000L);
            assertThat(s.largestGapLine()).isEqualTo(12L);
        }
    }

    @Test
    void aMistypedYearOnTheLastRowIsAGapNotAReject() throws IOException {
        StringBuilder csv = new StringBuilder(HEADER);
        LocalDateTime t = LocalDateTime.of(2024, 1, 8, 0, 0);
        for (int i = 0; i < 9; i++) {
            csv.append(t.plusMinutes(i)).append(":00").append(BAR);
        }
        csv.append(t.plusMinutes(9).plusYears(1)).append(":00").append(BAR);
        CacheSummary s = new CacheBuilder(FeatureSpec.parse("ret"), 4)
                .build(Files.writeString(dir.resolve("typo.csv"), csv), dir.resolve("typo.arrow"), d -> { }, r -> { });
        assertThat(s.rejected()).isZero();
        assertThat(s.largestGapMillis()).isEqualTo(366L * 24 * 3_600_000 + 60_000);
        assertThat(s.largestGapLine()).isEqualTo(11L);
    }

    @Test
    void evenlySpacedRowsHaveNoGapAndOneRowNoSpacing() throws IOException {
        StringBuilder csv = new StringBuilder(HEADER);
        LocalDateTime t = LocalDateTime.of(2024, 1, 8, 0, 0);
        for (int i = 0; i < 10; i++) {
            csv.append(t.plusMinutes(i)).append(":00").append(BAR);
        }
        Path bars = Files.writeString(dir.resolve("even.csv"), csv);
        CacheSummary s = new CacheBuilder(FeatureSpec.parse("ret"), 3).build(bars, dir.resolve("e.arrow"), d -> { }, r -> { });
        assertThat(s.barSpacingMillis()).isEqualTo(60_000L);
        assertThat(s.largestGapMillis()).isNull();
        assertThat(s.largestGapLine()).isNull();
        // two rows, the first dropped for the warm-up of ret: one row in the cache, no spacing
        Path two = Files.writeString(dir.resolve("two.csv"), HEADER + t + ":00" + BAR + t.plusDays(3) + ":00" + BAR);
        CacheSummary one = new CacheBuilder(FeatureSpec.parse("ret"), 3).build(two, dir.resolve("t.arrow"), d -> { }, r -> { });
        assertThat(one.rows()).isEqualTo(1);
        assertThat(one.barSpacingMillis()).isNull();
        assertThat(one.largestGapMillis()).isNull();
    }

    @Test
    void aHeaderAloneIsSaidSoWithItsLineAndOffset() throws IOException {
        for (String text : new String[] {HEADER, HEADER.strip(), HEADER.replace("\n", "\r\n"), "\n" + HEADER + "\n\n"}) {
            Path bars = Files.writeString(dir.resolve("header.csv"), text);
            boolean blankFirst = text.startsWith("\n");
            assertThatThrownBy(() -> new CacheBuilder(FeatureSpec.parse("ret"), 10)
                    .build(bars, dir.resolve("h.arrow"), d -> { }, r -> { }))
                    .as(text).isInstanceOf(TooFewRowsException.class)
                    .hasMessage(bars + (blankFirst ? ":2 (byte 1): only a header, no bars (3 blank lines skipped): nothing to cache"
                            : ":1 (byte 0): only a header, no bars: nothing to cache"));
            assertThat(dir.resolve("h.arrow")).doesNotExist();
        }
    }
}
