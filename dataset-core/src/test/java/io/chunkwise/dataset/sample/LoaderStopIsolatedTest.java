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

/**
 * A loader closed while its workers read chunks leaves no Arrow memory behind. It once interrupted
 * them, and an interrupt in a buffered reader's channel read left a half-loaded batch's buffers
 * allocated, so the table's close failed with "Memory was leaked" (within 60 rounds here in 3 runs
 * of 3; 1 CI run in about 70). In a JVM of its own (dataset-core's pom): its many rounds change how
 * the JIT compiles the loader, which LoaderResourcesTest measures.
 */
class LoaderStopIsolatedTest {
    @TempDir
    Path dir;

    @Test
    void closingWhileWorkersReadLeavesNoArrowMemoryBehind() {
        Path csv = TestBars.csv(dir.resolve("bars.csv"), 20_000, 5);
        Path cache = dir.resolve("bars.arrow");
        new CacheBuilder(FeatureSpec.parse("ret,ema:5"), 128).build(csv, cache, d -> { }, r -> { });
        for (int round = 0; round < 100; round++) {
            // the buffered reader reads through a channel, which an interrupt closes
            try (CacheTable table = ReadMode.BUFFERED.open(cache)) {
                SampleLayout layout = new SampleSpec(List.of(), "close", 8, 1).bind(table);
                try (IterableDataset store = new IterableDataset(table, layout, 100)) {
                    BatchLoader loader = new BatchLoader(store, SampleOrder.natural(layout.samples()),
                            new LoaderOptions(16, 2, 2, 0));
                    assertThat(loader.next()).isNotNull();
                    loader.close();
                }
            } // the table's close checks that its allocator holds nothing
        }
    }
}
