package io.chunkwise.dataset.sample;

import static org.assertj.core.api.Assertions.assertThat;

import io.chunkwise.dataset.TestBars;
import io.chunkwise.dataset.arrow.CacheTable;
import io.chunkwise.dataset.arrow.ReadMode;
import io.chunkwise.dataset.features.FeatureSpec;
import io.chunkwise.dataset.ingest.CacheBuilder;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A --chunk-size or --shuffle-block larger than the file costs no more memory than the file. */
class ChunkCapTest {
    @TempDir
    Path dir;

    @Test
    void aChunkLargerThanTheFileIsCappedBeforeTheMemoryEstimate() {
        Path csv = TestBars.csv(dir.resolve("bars.csv"), 1000, 5);
        Path cache = dir.resolve("bars.arrow");
        new CacheBuilder(FeatureSpec.parse("ret"), 256).build(csv, cache, d -> { }, r -> { });
        try (CacheTable table = ReadMode.MAPPED.open(cache)) {
            SampleLayout layout = new SampleSpec(List.of(), "close", 16, 1).bind(table);
            IterableDataset exact = new IterableDataset(table, layout, (int) layout.samples());
            for (int chunk : new int[] {10_000_000, Integer.MAX_VALUE}) {
                IterableDataset huge = new IterableDataset(table, layout, chunk);
                assertThat(huge.chunkSamples()).isEqualTo(layout.samples());
                assertThat(huge.residentBytes()).isEqualTo(exact.residentBytes()).isLessThan(1 << 20);
                SampleOrder order = new BlockShuffleOrder(layout.samples(), chunk, 3, 0);
                LoaderOptions options = new LoaderOptions(64, 2, 4, 0);
                try (BatchLoader loader = new BatchLoader(huge, order, options)) {
                    assertThat(loader.bufferBytes()).isLessThan(8L << 20);
                    assertThat(EpochResult.drain(loader, n -> { }).samples()).isEqualTo(layout.samples());
                }
            }
        }
    }
}
