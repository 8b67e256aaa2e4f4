package io.chunkwise.dataset.sample;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.chunkwise.dataset.arrow.ArrowCacheWriter;
import io.chunkwise.dataset.arrow.CacheFormatException;
import io.chunkwise.dataset.arrow.CacheTable;
import io.chunkwise.dataset.arrow.ReadMode;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** NaN and infinity in a foreign cache's columns are refused by both datasets alike, as nulls are. */
class NonFiniteValuesTest {
    @TempDir
    Path dir;

    @Test
    void bothDatasetsRefuseANaNNamingColumnAndRow() throws IOException {
        Path f = dir.resolve("py-nan.arrow");
        try (InputStream in = getClass().getResourceAsStream("/pyarrow/py-nan.arrow")) {
            Files.copy(in, f);
        }
        String expected = f + ": feature column 'close' holds NaN at row 10 (0-based); samples need finite values";
        for (ReadMode read : ReadMode.values()) {
            try (CacheTable t = read.open(f)) {
                SampleLayout layout = new SampleSpec(List.of("close"), "close", 3, 1).bind(t);
                assertThatThrownBy(() -> StandardDataset.load(t, layout).close()).as("%s standard", read)
                        .isInstanceOf(CacheFormatException.class).hasMessageStartingWith(expected);
                for (int chunk : new int[] {5, 1000}) {
                    for (int workers : new int[] {0, 2}) {
                        try (IterableDataset store = new IterableDataset(t, layout, chunk);
                             BatchLoader loader = new BatchLoader(store, SampleOrder.natural(layout.samples()),
                                     new LoaderOptions(4, workers, 1, 0))) {
                            assertThatThrownBy(() -> EpochResult.drain(loader, n -> { }))
                                    .as("%s iterable chunk %d workers %d", read, chunk, workers)
                                    .isInstanceOf(CacheFormatException.class).hasMessageStartingWith(expected);
                        }
                    }
                }
                // it binds: a NaN shows only when its rows are read
                assertThat(layout.samples()).isEqualTo(47);
            }
        }
    }

    @Test
    void anInfinityIsRefusedWithAdviceForAChunkwiseCacheAndForAnotherProgramsFile() {
        // a cache written as the builder did before it rejected such rows (QA-9 D-3)
        Path f = dir.resolve("inf.arrow");
        double[] close = new double[20];
        java.util.Arrays.fill(close, 1.1);
        double[] ret = new double[20];
        ret[7] = Double.POSITIVE_INFINITY;
        long[] time = java.util.stream.LongStream.range(0, 20).map(i -> 1_704_672_000_000L + i * 60_000).toArray();
        try (ArrowCacheWriter w = new ArrowCacheWriter(f, List.of("close", "ret"), 64)) {
            w.append(time, new double[][] {close, ret}, 0, 20);
            w.finish();
        }
        for (ReadMode read : ReadMode.values()) {
            try (CacheTable t = read.open(f)) {
                SampleLayout layout = new SampleSpec(List.of("ret"), "close", 3, 1).bind(t);
                assertThatThrownBy(() -> StandardDataset.load(t, layout).close()).as("%s", read)
                        .isInstanceOf(CacheFormatException.class)
                        .hasMessage(f + ": feature column 'ret' holds Infinity at row 7 (0-based); samples need finite"
                                + " values: rebuild the file (a Chunkwise cache by building it again from its bars, which"
                                + " rejects a row whose feature overflows float32); from another program, drop or clip"
                                + " such values where it is written");
            }
        }
    }
}
