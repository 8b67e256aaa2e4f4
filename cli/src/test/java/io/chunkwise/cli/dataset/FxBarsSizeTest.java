package io.chunkwise.cli.dataset;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.chunkwise.cli.CliRun;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code generate fxbars --size}, as the design's {@code generate … (--rows, --size, --seed)} promises and
 * {@code secmaster} has: a file of bars that {@code dataset cache} reads whole; and no file without bars.
 */
class FxBarsSizeTest {
    @TempDir
    Path dir;

    @Test
    void aSizeWritesAsManyBarsAsFitAndDatasetCacheReadsThemAll() throws IOException {
        Path csv = dir.resolve("bars.csv");
        CliRun r = CliRun.of("generate", "fxbars", "--size", "64KiB", "--seed", "7", "-o", csv.toString(), "--json");
        assertThat(r.code()).as(r.err()).isZero();
        JsonNode json = r.json();
        assertThat(json.get("bytes").asLong()).isEqualTo(Files.size(csv)).isLessThanOrEqualTo(64 * 1024).isGreaterThan(63 * 1024);
        assertThat(json.get("rows").asLong()).isEqualTo(Files.readAllLines(csv).size() - 1);

        CliRun cache = CliRun.of("dataset", "cache", csv.toString(), "-o", dir.resolve("bars.arrow").toString(),
                "--features", "ret", "--json");
        assertThat(cache.code()).as(cache.err()).isZero();
        assertThat(cache.json().get("accepted").asLong()).isEqualTo(json.get("rows").asLong());
        assertThat(cache.json().get("rejected").asLong()).isZero();
    }

    @Test
    void noRowsNoRoomAndBothAmountsAreUsageErrors() {
        String out = dir.resolve("x.csv").toString();
        assertUsage(CliRun.of("generate", "fxbars", "--rows", "0", "-o", out), "--rows 0 makes a file without bars");
        assertUsage(CliRun.of("generate", "fxbars", "--size", "1000", "-o", out), "--size 1000 B is below the smallest bars file generated, 1KiB (the header alone is 37 bytes)");
        assertUsage(CliRun.of("generate", "fxbars", "--size", "1KiB", "--rows", "3", "-o", out), "mutually exclusive");
        assertUsage(CliRun.of("generate", "fxbars", "--size", "1GiB", "--freq", "1d", "-o", out), "year 9999");
        assertThat(dir.resolve("x.csv")).doesNotExist();
    }

    private static void assertUsage(CliRun r, String says) {
        assertThat(r.code()).as(r.err()).isEqualTo(2);
        assertThat(r.err().strip()).doesNotContain("\n").doesNotContain("Exception").contains(says);
    }
}
