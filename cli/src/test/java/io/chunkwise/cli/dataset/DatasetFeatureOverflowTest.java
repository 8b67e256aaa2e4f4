package io.chunkwise.cli.dataset;

import static org.assertj.core.api.Assertions.assertThat;

import io.chunkwise.cli.CliRun;
import io.chunkwise.dataset.arrow.ArrowCacheWriter;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.util.Arrays;
import java.util.List;
import java.util.stream.LongStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * QA-9 D-3: {@code dataset cache} never writes a feature of infinity (it rejects the row, counted),
 * so {@code dataset iterate} reads what it writes; a cache holding one gets advice a user can act on.
 */
class DatasetFeatureOverflowTest {
    @TempDir
    Path dir;

    @Test
    void extremePricesRejectTheRowWhoseFeatureOverflowsAndIterateReadsTheCache() throws IOException {
        StringBuilder csv = new StringBuilder("timestamp,open,high,low,close,volume\n");
        for (int i = 0; i < 100; i++) {
            String p = i == 50 ? "1e-30,1e-30,1e-30,1e-30" : i == 51 ? "1e30,1e30,1e30,1e30" : "1.10000,1.10010,1.09990,1.10005";
            csv.append(LocalDateTime.of(2024, 1, 8, 0, 0).plusMinutes(i)).append(":00,").append(p).append(",1\n");
        }
        Path bars = Files.writeString(dir.resolve("overflow.csv"), csv);
        Path cache = dir.resolve("o.arrow");
        Path rejects = dir.resolve("r.csv");
        CliRun r = CliRun.of("dataset", "cache", bars.toString(), "-o", cache.toString(), "--features", "ret,vol:5",
                "--rejects", rejects.toString());
        assertThat(r.code()).as(r.err()).isZero();
        assertThat(r.err()).contains("o.arrow: 94 rows (99 accepted, 1 rejected, 5 warm-up dropped)")
                .contains("rejected " + bars + ":53 (byte " + csv.indexOf("2024-01-08T00:51") + "): feature ret = 1.00e+60"
                        + " out of float32 range");
        assertThat(Files.readAllLines(rejects)).hasSize(2).last().asString().startsWith("53,")
                .contains("feature ret = 1.00e+60 out of float32 range");
        CliRun it = CliRun.of("dataset", "iterate", cache.toString(), "--window", "4");
        assertThat(it.code()).as(it.err()).isZero();
        assertThat(it.err()).contains("90 samples");
    }

    @Test
    void iterateOnACacheHoldingAnInfinityAdvisesRebuildingItWithDatasetCache() {
        Path cache = dir.resolve("inf.arrow");
        double[] close = new double[20];
        Arrays.fill(close, 1.1);
        double[] ret = new double[20];
        ret[7] = Double.NEGATIVE_INFINITY;
        try (ArrowCacheWriter w = new ArrowCacheWriter(cache, List.of("close", "ret"), 64)) {
            w.append(LongStream.range(0, 20).map(i -> 1_704_672_000_000L + i * 60_000).toArray(),
                    new double[][] {close, ret}, 0, 20);
            w.finish();
        }
        for (String mode : new String[] {"standard", "iterable"}) {
            CliRun r = CliRun.of("dataset", "iterate", cache.toString(), "--window", "3", "--features", "ret",
                    "--mode", mode);
            assertThat(r.code()).as(mode).isEqualTo(2);
            assertThat(r.err()).as(mode).contains("feature column 'ret' holds -Infinity at row 7 (0-based)")
                    .contains("rebuild the file (a Chunkwise cache with 'chunkwise dataset cache', which rejects a row"
                            + " whose feature overflows float32); from another program, drop or clip such values")
                    .doesNotContain("before writing the file").doesNotContain("Exception");
            assertThat(r.err().lines()).hasSize(1);
        }
    }
}
