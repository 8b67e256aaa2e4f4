package io.chunkwise.dataset.sample;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import io.chunkwise.dataset.TestBars;
import io.chunkwise.dataset.arrow.CacheTable;
import io.chunkwise.dataset.arrow.ReadMode;
import io.chunkwise.dataset.arrow.RowReader;
import io.chunkwise.dataset.features.FeatureSpec;
import io.chunkwise.dataset.ingest.CacheBuilder;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Standard and iterable datasets, every worker count, chunk size (down to 1, smaller than a window),
 * read mode and shuffle: each sample emitted exactly once, with the right window and target, in the
 * same order for every K and chunk size.
 */
class DatasetEquivalenceTest {
    @TempDir
    static Path dir;
    static Path cache;

    @BeforeAll
    static void buildCache() {
        Path csv = TestBars.csv(dir.resolve("bars.csv"), 420, 11);
        cache = dir.resolve("bars.arrow");
        new CacheBuilder(FeatureSpec.parse("ret,logret,vol:5,ema:4"), 37).build(csv, cache, d -> { }, r -> { });
    }

    record Run(long[] order, double checksum, long batches) {
    }

    @Test
    void everyConfigurationEmitsTheSameSamplesInTheSameOrder() {
        List<String> features = List.of("close", "ret", "logret", "vol_5", "ema_4");
        int combos = 0;
        for (int window : new int[] {1, 8, 33}) {
            for (int horizon : new int[] {1, 5}) {
                SampleSpec spec = new SampleSpec(features, "close", window, horizon);
                for (boolean shuffle : new boolean[] {false, true}) {
                    Run reference = null;
                    float[][] expected = null;
                    for (ReadMode read : ReadMode.values()) {
                        try (CacheTable table = read.open(cache)) {
                            SampleLayout layout = spec.bind(table);
                            if (expected == null) {
                                expected = reference(table, layout);
                            }
                            SampleOrder order = shuffle ? new BlockShuffleOrder(layout.samples(), 50, 9, 0)
                                    : SampleOrder.natural(layout.samples());
                            for (int batch : new int[] {1, 16, 1000}) {
                                for (int workers : new int[] {0, 1, 3}) {
                                    try (SampleStore std = StandardDataset.load(table, layout)) {
                                        reference = check(std, order, batch, workers, expected, reference);
                                    }
                                    for (int chunk : new int[] {1, 7, 50, 10_000}) {
                                        try (SampleStore it = new IterableDataset(table, layout, chunk)) {
                                            reference = check(it, order, batch, workers, expected, reference);
                                            combos++;
                                        }
                                    }
                                }
                            }
                        }
                    }
                }
            }
        }
        assertThat(combos).isGreaterThan(500);
    }

    private static Run check(SampleStore store, SampleOrder order, int batch, int workers, float[][] expected,
            Run reference) {
        SampleLayout layout = store.layout();
        long n = layout.samples();
        long[] seen = new long[(int) n];
        double checksum = 0;
        int at = 0;
        long batches = 0;
        try (BatchLoader loader = new BatchLoader(store, order, new LoaderOptions(batch, workers, 2, 0))) {
            for (Batch b = loader.next(); b != null; b = loader.next()) {
                assertThat(b.index()).isEqualTo(batches++);
                for (int i = 0; i < b.size(); i++) {
                    int s = (int) b.samples()[i];
                    seen[at++] = s;
                    float[] want = expected[s];
                    int wf = b.windowFloats();
                    if (!Arrays.equals(b.features(), i * wf, (i + 1) * wf, want, 0, wf)
                            || b.targets()[i] != want[wf]) {
                        assertThat(Arrays.copyOfRange(b.features(), i * wf, (i + 1) * wf)).as("sample %d", s)
                                .containsExactly(Arrays.copyOf(want, wf));
                        assertThat(b.targets()[i]).as("target of sample %d", s).isEqualTo(want[wf]);
                    }
                }
                checksum += b.checksum();
            }
        }
        assertThat(at).isEqualTo(n);
        long[] sorted = seen.clone();
        Arrays.sort(sorted);
        for (int i = 0; i < n; i++) {
            assertThat(sorted[i]).as("coverage: each sample exactly once").isEqualTo(i);
        }
        if (reference != null) {
            assertThat(seen).as("order independent of mode, workers, chunk, batch").containsExactly(reference.order());
            assertThat(checksum).isCloseTo(reference.checksum(), within(1e-9 * Math.abs(checksum) + 1e-9));
        }
        return new Run(seen, checksum, batches);
    }

    /** Each sample's window (row-major) then target, straight from the rows. */
    private static float[][] reference(CacheTable table, SampleLayout layout) {
        int rows = (int) table.rows();
        int f = layout.width();
        float[] all = new float[rows * f];
        float[] target = new float[rows];
        try (RowReader r = table.reader()) {
            r.read(0, rows, layout.featureColumns(), all, 0);
            r.read(0, rows, new int[] {layout.targetColumn()}, target, 0);
        }
        float[][] out = new float[(int) layout.samples()][];
        for (int s = 0; s < out.length; s++) {
            float[] v = new float[layout.windowFloats() + 1];
            System.arraycopy(all, s * f, v, 0, layout.windowFloats());
            v[v.length - 1] = target[s + layout.window() - 1 + layout.horizon()];
            out[s] = v;
        }
        return out;
    }

    @Test
    void resumingFromAnyBatchContinuesTheSameSequence() {
        try (CacheTable table = ReadMode.MAPPED.open(cache)) {
            SampleLayout layout = new SampleSpec(List.of(), "close", 16, 2).bind(table);
            SampleOrder order = new BlockShuffleOrder(layout.samples(), 64, 3, 1);
            long[] full = drain(new IterableDataset(table, layout, 40), order, 0, 2);
            for (long start : new long[] {1, 5, 17}) {
                long[] resumed = drain(new IterableDataset(table, layout, 100), order, start, 3);
                assertThat(resumed).containsExactly(Arrays.copyOfRange(full, (int) start * 16, full.length));
            }
        }
    }

    @Test
    void aWindowAndHorizonLongerThanTheCacheIsRefusedNotAnEmptyEpoch() {
        try (CacheTable table = ReadMode.MAPPED.open(cache)) {
            int window = (int) table.rows();
            assertThatThrownBy(() -> new SampleSpec(List.of("close"), "close", window, 1).bind(table))
                    .isInstanceOf(IllegalArgumentException.class)
                    .hasMessage(cache + " has " + table.rows() + " rows: a window of " + window + " plus a horizon of 1 "
                            + "needs at least " + (window + 1) + " rows; the longest window it holds with that horizon is "
                            + (window - 1));
            assertThatThrownBy(() -> new SampleSpec(List.of("close"), "close", 1, window).bind(table))
                    .hasMessageEndingWith("needs at least " + (window + 1) + " rows; no window fits with that horizon");
            assertThat(new SampleSpec(List.of("close"), "close", window - 1, 1).bind(table).samples()).isEqualTo(1);
        }
    }

    @Test
    void shuffleDependsOnSeedAndEpochOnly() {
        long[] a = positions(new BlockShuffleOrder(1000, 64, 1, 0));
        assertThat(a).isNotEqualTo(positions(new BlockShuffleOrder(1000, 64, 2, 0)));
        assertThat(a).isNotEqualTo(positions(new BlockShuffleOrder(1000, 64, 1, 1)));
        assertThat(a).containsExactly(positions(new BlockShuffleOrder(1000, 64, 1, 0)));
        long[] sorted = a.clone();
        Arrays.sort(sorted);
        for (int i = 0; i < sorted.length; i++) {
            assertThat(sorted[i]).isEqualTo(i);
        }
        // locality: a block's samples are emitted together, so the block changes only 16 − 1 times
        int changes = 0;
        for (int p = 0; p + 1 < a.length; p++) {
            if (a[p] / 64 != a[p + 1] / 64) {
                changes++;
            }
        }
        assertThat(changes).isEqualTo(15);
    }

    private static long[] positions(SampleOrder order) {
        SampleOrder.Cursor c = order.cursor();
        long[] out = new long[(int) order.samples()];
        for (int p = 0; p < out.length; p++) {
            out[p] = c.sampleAt(p);
        }
        return out;
    }

    private static long[] drain(SampleStore store, SampleOrder order, long start, int workers) {
        long[] out = new long[(int) store.layout().samples()];
        int at = 0;
        try (store; BatchLoader loader = new BatchLoader(store, order, new LoaderOptions(16, workers, 2, start))) {
            for (Batch b = loader.next(); b != null; b = loader.next()) {
                for (int i = 0; i < b.size(); i++) {
                    out[at++] = b.samples()[i];
                }
            }
        }
        return Arrays.copyOf(out, at);
    }
}
