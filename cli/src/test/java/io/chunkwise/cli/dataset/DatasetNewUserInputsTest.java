package io.chunkwise.cli.dataset;

import static org.assertj.core.api.Assertions.assertThat;

import io.chunkwise.cli.CliRun;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Inputs a new user tries first (review): a file of a header alone is one line naming it, exit 2;
 * a gap in time (a weekend, a mistyped year on the last row) is said in the summary, since windows
 * and features span it.
 */
class DatasetNewUserInputsTest {
    @TempDir
    Path dir;

    private CliRun cache(Path csv, String... more) {
        return Bars.cache(csv, dir.resolve("x.arrow"), more);
    }

    @Test
    void aHeaderAloneIsOneLineNamingIt() throws IOException {
        for (String text : new String[] {Bars.HEADER + "\n", Bars.HEADER + "\r\n", "\uFEFF" + Bars.HEADER + "\n"}) {
            Path csv = Files.writeString(dir.resolve("header.csv"), text);
            CliRun r = cache(csv);
            assertThat(r.code()).as(r.err()).isEqualTo(2);
            assertThat(r.err().strip()).doesNotContain("\n").startsWith("chunkwise dataset cache: " + csv + ":1 (byte ")
                    .endsWith("): only a header, no bars: nothing to cache");
            assertThat(dir.resolve("x.arrow")).doesNotExist();
        }
    }

    @Test
    void aGapInTimeIsSaidWithTheLineAfterIt() throws Exception {
        List<String> lines = new ArrayList<>(Bars.lines(30));
        // the last bar a year late: after every row before it, so no order check catches it
        lines.set(29, lines.get(29).replaceFirst("^2024", "2025"));
        CliRun r = cache(Bars.write(dir.resolve("typo.csv"), lines));
        assertThat(r.code()).as(r.err()).isZero();
        assertThat(r.err()).contains("29 rows (30 accepted, 0 rejected, 1 warm-up dropped)")
                .contains("\n  times: bars 1 min apart at the closest, the largest gap 366 d 0 h 1 min before line 31"
                        + " (windows and features span gaps)");
        CliRun json = cache(dir.resolve("typo.csv"), "--json");
        assertThat(json.json().get("barSpacingMillis").asLong()).isEqualTo(60_000);
        assertThat(json.json().get("largestGapMillis").asLong()).isEqualTo(366L * 86_400_000 + 60_000);
        assertThat(json.json().get("largestGapLine").asLong()).isEqualTo(31);

        CliRun even = cache(Bars.write(dir.resolve("even.csv"), Bars.lines(30)));
        assertThat(even.err()).doesNotContain("times:");
        assertThat(cache(dir.resolve("even.csv"), "--json").json().get("largestGapMillis").isNull()).isTrue();
    }

    @Test
    void aSpanNamesItsUnitsFromTheLargestToTheLastNonZero() {
        assertThat(TimeSpan.of(60_000)).isEqualTo("1 min");
        assertThat(TimeSpan.of((2 * 24 * 60 + 1) * 60_000L)).isEqualTo("2 d 0 h 1 min");
        assertThat(TimeSpan.of(366L * 86_400_000)).isEqualTo("366 d");
        assertThat(TimeSpan.of(1_500)).isEqualTo("1 s 500 ms");
        assertThat(TimeSpan.of(250)).isEqualTo("250 ms");
        assertThat(TimeSpan.of(3_600_000 + 1)).isEqualTo("1 h 0 min 0 s 1 ms");
    }
}
