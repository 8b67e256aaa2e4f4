package io.chunkwise.cli.dataset;

import static org.assertj.core.api.Assertions.assertThat;

import io.chunkwise.cli.CliRun;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** QA-9 D-4: a header-less file whose first bar has a typo is named as such, and --no-header reads it. */
class DatasetFirstBarTypoTest {
    @TempDir
    Path dir;

    @Test
    void aFirstBarWithABadValueIsNotCalledAHeaderAndNoHeaderReadsTheSixColumns() throws IOException {
        StringBuilder text = new StringBuilder("20240102 165900;1.104350;1.1O4380;1.104280;1.104300;0\n");
        for (int m = 0; m < 40; m++) {
            text.append(String.format("20240102 17%02d00;1.104350;1.104380;1.104280;1.104300;0\n", m));
        }
        Path csv = Files.writeString(dir.resolve("h.csv"), text);
        String out = dir.resolve("h.arrow").toString();
        CliRun auto = CliRun.of("dataset", "cache", csv.toString(), "-o", out, "--features", "ret", "--delimiter", ";",
                "--timezone", "-05:00");
        assertThat(auto.code()).isEqualTo(2);
        assertThat(auto.err()).isEqualTo("chunkwise dataset cache: " + csv + ":1 (byte 0): line 1 is not a header but a"
                + " bar with a bad high '1.1O4380' (read as timestamp,open,high,low,close,volume): if the file has no"
                + " header, add --no-header, and line 1 is rejected as that bar\n");
        CliRun none = CliRun.of("dataset", "cache", csv.toString(), "-o", out, "--features", "ret", "--delimiter", ";",
                "--timezone", "-05:00", "--no-header");
        assertThat(none.code()).as(none.err()).isZero();
        assertThat(none.err()).contains("39 rows (40 accepted, 1 rejected, 1 warm-up dropped)")
                .contains("rejected " + csv + ":1 (byte 0): bad high '1.1O4380'")
                .contains("read (no header) timestamp ← column 1");
    }
}
