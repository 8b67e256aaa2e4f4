package io.chunkwise.dataset.sample;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.chunkwise.dataset.TestBars;
import io.chunkwise.dataset.arrow.CacheTable;
import io.chunkwise.dataset.arrow.ReadMode;
import io.chunkwise.dataset.features.FeatureSpec;
import io.chunkwise.dataset.ingest.CacheBuilder;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** A batch loader used after close says so, with or without workers, and closes twice alike. */
class ClosedLoaderTest {
    @TempDir
    Path dir;

    @ParameterizedTest
    @ValueSource(ints = {0, 2})
    void nextAfterCloseIsNamedAsSuch(int workers) {
        Path csv = TestBars.csv(dir.resolve("bars.csv"), 600, 5);
        Path cache = dir.resolve("bars.arrow");
        new CacheBuilder(FeatureSpec.parse("ret,ema:5"), 128).build(csv, cache, d -> { }, r -> { });
        for (ReadMode mode : ReadMode.values()) {
            try (CacheTable table = mode.open(cache)) {
                SampleLayout layout = new SampleSpec(List.of(), "close", 8, 1).bind(table);
                try (IterableDataset store = new IterableDataset(table, layout, 100)) {
                    BatchLoader loader = new BatchLoader(store, SampleOrder.natural(layout.samples()),
                            new LoaderOptions(16, workers, 2, 0));
                    assertThat(loader.next()).isNotNull();
                    loader.close();
                    loader.close();
                    assertThatThrownBy(loader::next).as(mode + ", " + workers + " workers")
                            .isInstanceOf(IllegalStateException.class)
                            .hasMessage("batch loader is closed: used after close()");
                }
            }
        }
    }
}
