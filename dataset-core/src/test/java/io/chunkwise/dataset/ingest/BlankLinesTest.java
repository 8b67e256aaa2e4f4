package io.chunkwise.dataset.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.chunkwise.dataset.bars.BarReject;
import io.chunkwise.dataset.features.FeatureSpec;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * An empty line of a bars file is counted, not lost (QA: one in the middle vanished from every
 * count): rows accepted, rejected and skipped and the blank lines make up every line of the file but
 * its header, whatever the batch size.
 */
class BlankLinesTest {
    private static final String BAR = ",1.10000,1.10010,1.09990,1.10005,1";

    @TempDir
    Path dir;

    @Test
    void everyLineIsARowOrABlankLine() throws IOException {
        LocalDateTime t = LocalDateTime.of(2024, 1, 8, 0, 0);
        StringBuilder csv = new StringBuilder("\n\ntimestamp,open,high,low,close,volume\n");
        for (int i = 0; i < 40; i++) {
            csv.append(t.plusMinutes(i)).append(":00").append(BAR).append('\n');
            if (i == 10) {
                csv.append('\n'); // as the tester inserted it
            } else if (i == 20) {
                csv.append("\r\n\n"); // two: CRLF and LF
            } else if (i == 30) {
                csv.append("   \n"); // spaces are a row, rejected as such
            }
        }
        csv.append("\n\n");
        Path bars = Files.writeString(dir.resolve("bars.csv"), csv);
        long lines = csv.chars().filter(c -> c == '\n').count();
        for (int batchRows : new int[] {1, 7, 65536}) {
            List<BarReject> rejects = new ArrayList<>();
            CacheSummary s = new CacheBuilder(FeatureSpec.parse("ret"), batchRows)
                    .build(bars, dir.resolve("c" + batchRows + ".arrow"), d -> { }, rejects::add);
            assertThat(s.blankLines()).as("batch rows %d", batchRows).isEqualTo(2 + 1 + 2 + 2);
            assertThat(s.accepted()).isEqualTo(40);
            assertThat(s.rejected()).isEqualTo(1);
            assertThat(rejects).extracting(BarReject::line).containsExactly(38L);
            assertThat(s.accepted() + s.rejected() + s.skipped() + s.blankLines()).isEqualTo(lines - 1);
        }
    }

    @Test
    void withoutAHeaderTooEveryLineIsARowOrABlankLine() throws IOException {
        LocalDateTime t = LocalDateTime.of(2024, 1, 8, 0, 0);
        StringBuilder csv = new StringBuilder("\n");
        for (int i = 0; i < 30; i++) {
            csv.append(t.plusMinutes(i)).append(":00").append(BAR).append(i == 15 ? "\n\n" : "\n");
        }
        Path bars = Files.writeString(dir.resolve("headerless.csv"), csv);
        CacheSummary s = new CacheBuilder(FeatureSpec.parse("ret"), 8).build(bars, dir.resolve("h.arrow"), d -> { }, r -> { });
        assertThat(s.header()).isFalse();
        assertThat(s.blankLines()).isEqualTo(2);
        assertThat(s.accepted() + s.rejected() + s.blankLines()).isEqualTo(csv.chars().filter(c -> c == '\n').count());
    }

    @Test
    void aFileOfOnlyBlankLinesAfterItsHeaderSaysSo() throws IOException {
        Path bars = Files.writeString(dir.resolve("empty.csv"), "timestamp,open,high,low,close,volume\n\n\n\n");
        assertThatThrownBy(() -> new CacheBuilder(FeatureSpec.parse("ret"), 16)
                .build(bars, dir.resolve("e.arrow"), d -> { }, r -> { }))
                .isInstanceOf(TooFewRowsException.class)
                .hasMessage(bars + ":1 (byte 0): only a header, no bars (3 blank lines skipped): nothing to cache");
    }
}
