package io.chunkwise.dataset.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import io.chunkwise.dataset.TestBars;
import io.chunkwise.dataset.bars.BarsCsvReader;
import io.chunkwise.dataset.features.FeatureSpec;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A batch of more rows than the file has is capped at the file's lines, as dataset iterate caps a
 * chunk at the cache's samples (QA: {@code --batch-rows 100000000} on a 100-row file was refused for
 * needing ~9 GiB of heap).
 */
class BatchRowsCapTest {
    private static final String HEADER = "timestamp,open,high,low,close,volume\n";
    private static final String BAR = "2024-01-08T00:0%d:00Z,1.1,1.2,1.0,1.15,1";

    @TempDir
    Path dir;

    @Test
    void aBatchLargerThanTheFileIsOneBatchOfItsRows() throws IOException {
        Path csv = TestBars.csv(dir.resolve("bars100.csv"), 100, 7);
        FeatureSpec spec = FeatureSpec.parse(FeatureSpec.DEFAULT);
        CacheSummary asked = new CacheBuilder(spec, Integer.MAX_VALUE).build(csv, dir.resolve("max.arrow"), d -> { }, r -> { });
        CacheSummary usual = new CacheBuilder(spec, 65_536).build(csv, dir.resolve("usual.arrow"), d -> { }, r -> { });
        assertThat(asked.batches()).isEqualTo(1);
        assertThat(asked.rows()).isEqualTo(usual.rows()).isEqualTo(100 - spec.warmup());
        assertThat(Files.mismatch(dir.resolve("max.arrow"), dir.resolve("usual.arrow")))
                .as("the cap changes the memory, not the cache").isEqualTo(-1);
    }

    @Test
    void theCapIsTheLinesAfterTheHeaderCountedOnlyWhenTheFileMayHoldFewerRows() throws IOException {
        String rows = BAR.formatted(0) + "\n" + BAR.formatted(1) + "\n\n" + BAR.formatted(2);
        Path noLastLineFeed = Files.writeString(dir.resolve("a.csv"), HEADER + rows);
        Path lastLineFeed = Files.writeString(dir.resolve("b.csv"), HEADER + rows + "\n");
        Path headerOnly = Files.writeString(dir.resolve("c.csv"), HEADER);
        for (Path file : new Path[] {noLastLineFeed, lastLineFeed}) {
            try (BarsCsvReader reader = new BarsCsvReader(file, r -> { })) {
                assertThat(reader.rowsAtMost(1000)).as("%s: 3 bars and a blank line", file).isEqualTo(4);
                assertThat(reader.rowsAtMost(2)).as("fewer than the file's").isEqualTo(2);
                assertThat(reader.rowsAtMost(1)).isEqualTo(1);
            }
        }
        try (BarsCsvReader reader = new BarsCsvReader(headerOnly, r -> { })) {
            assertThat(reader.rowsAtMost(1000)).as("a chunk holds one row at least").isEqualTo(1);
        }
    }
}
