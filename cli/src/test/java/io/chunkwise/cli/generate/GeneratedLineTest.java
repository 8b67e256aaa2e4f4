package io.chunkwise.cli.generate;

import static org.assertj.core.api.Assertions.assertThat;

import io.chunkwise.cli.CliRun;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The line {@code generate} prints reads as {@code index}'s: a small file's rate is not {@code 0 MB/s}, and the
 * planted discrepancies are grouped as every other count is ({@code 4,509}, not {@code 4509}).
 */
class GeneratedLineTest {
    @TempDir
    Path dir;

    @Test
    void aSmallFilesRateIsNotZero() {
        CliRun bars = CliRun.of("generate", "fxbars", "--rows", "3", "-o", dir.resolve("b.csv").toString());
        assertThat(bars.code()).as(bars.err()).isZero();
        assertThat(bars.err()).matches("(?s)fxbars: wrote 3 bars \\(205 bytes\\) to .*b\\.csv in \\d+\\.\\d\\d s \\([^)]+/s\\)\n")
                .doesNotContain("(0 MB/s)");
    }

    @Test
    void plantedDiscrepanciesAreGrouped() {
        Path master = dir.resolve("m.csv");
        assertThat(CliRun.of("generate", "secmaster", "--rows", "1000", "-o", master.toString()).code()).isZero();
        CliRun log = CliRun.of("generate", "fixlog", "--master", master.toString(), "--messages", "30000",
                "--discrepancy-rate", "0.2", "-o", dir.resolve("o.fix").toString());
        assertThat(log.code()).as(log.err()).isZero();
        Matcher planted = Pattern.compile("; planted ([0-9,]+) discrepancies, truth in ").matcher(log.err());
        assertThat(planted.find()).as(log.err()).isTrue();
        assertThat(planted.group(1)).matches("\\d{1,3}(,\\d{3})+");
    }
}
