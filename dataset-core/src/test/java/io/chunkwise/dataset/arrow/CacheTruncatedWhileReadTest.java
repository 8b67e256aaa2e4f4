package io.chunkwise.dataset.arrow;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.chunkwise.dataset.TestBars;
import io.chunkwise.dataset.features.FeatureSpec;
import io.chunkwise.dataset.ingest.CacheBuilder;
import io.chunkwise.dataset.sample.BatchLoader;
import io.chunkwise.dataset.sample.EpochResult;
import io.chunkwise.dataset.sample.IterableDataset;
import io.chunkwise.dataset.sample.LoaderOptions;
import io.chunkwise.dataset.sample.SampleLayout;
import io.chunkwise.dataset.sample.SampleOrder;
import io.chunkwise.dataset.sample.SampleSpec;
import io.chunkwise.loader.io.SourceChangedException;
import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.List;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * A cache, mapped or buffered, truncated while it is read (replaced in place by cp or rsync --inplace) is the
 * file changing, an input error naming the file and its sizes, never an {@link InternalError}.
 */
class CacheTruncatedWhileReadTest {
    @TempDir
    Path dir;

    private Path cache() {
        Path csv = TestBars.csv(dir.resolve("bars.csv"), 3000, 3);
        Path cache = dir.resolve("bars.arrow");
        new CacheBuilder(FeatureSpec.parse("ret"), 500).build(csv, cache, d -> { }, r -> { });
        return cache;
    }

    private static void truncate(Path file) throws IOException {
        try (FileChannel ch = FileChannel.open(file, StandardOpenOption.WRITE)) {
            ch.truncate(100);
        }
    }

    @ParameterizedTest
    @EnumSource(ReadMode.class)
    void aRowReaderSaysTheFileChanged(ReadMode mode) throws IOException {
        Path cache = cache();
        long size = Files.size(cache);
        // closing them after the error must not fail either: the buffered reader releases all it allocated
        try (CacheTable t = mode.open(cache); RowReader r = t.reader()) {
            int close = t.columns().stream().filter(c -> c.name().equals("close")).findFirst().orElseThrow().index();
            r.read(0, 10, new int[] {close}, new float[10], 0);
            truncate(cache);
            assertThatThrownBy(() -> r.read(t.rows() - 10, 10, new int[] {close}, new float[10], 0))
                    .isInstanceOf(SourceChangedException.class)
                    .hasMessage(cache + ": changed while being read (size was " + size + " bytes, now 100)");
        }
    }

    @ParameterizedTest
    @EnumSource(ReadMode.class)
    void workersPassTheChangeOnAsIs(ReadMode mode) throws IOException {
        Path cache = cache();
        try (CacheTable t = mode.open(cache)) {
            SampleLayout layout = new SampleSpec(List.of(), "close", 8, 1).bind(t);
            for (int workers : new int[] {0, 2}) {
                try (IterableDataset store = new IterableDataset(t, layout, 100);
                     BatchLoader loader = new BatchLoader(store, SampleOrder.natural(layout.samples()),
                             new LoaderOptions(10, workers, 1, 0))) {
                    truncate(cache);
                    assertThatThrownBy(() -> EpochResult.drain(loader, n -> { })).as("workers %d", workers)
                            .isInstanceOf(SourceChangedException.class).hasMessageContaining("changed while being read");
                }
            }
        }
    }
}
