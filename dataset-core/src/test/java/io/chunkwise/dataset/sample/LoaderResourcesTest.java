package io.chunkwise.dataset.sample;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.chunkwise.dataset.TestBars;
import io.chunkwise.dataset.arrow.CacheColumn;
import io.chunkwise.dataset.arrow.CacheTable;
import io.chunkwise.dataset.arrow.ColumnType;
import io.chunkwise.dataset.arrow.ReadMode;
import io.chunkwise.dataset.arrow.RowReader;
import io.chunkwise.dataset.features.FeatureSpec;
import io.chunkwise.dataset.ingest.CacheBuilder;
import java.lang.management.ManagementFactory;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import jdk.jfr.Recording;
import jdk.jfr.consumer.RecordedEvent;
import jdk.jfr.consumer.RecordingFile;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Steady-state allocation, the JFR batch event, and the standard dataset's refusal. */
class LoaderResourcesTest {
    @TempDir
    static Path dir;
    static Path cache;
    /** Epochs tried however long they take, before {@link #JIT_WAIT} may end the trials. */
    private static final int EPOCHS = 300;
    /** How long trials may go on past {@link #EPOCHS}: a busy machine's compiler threads are slow. */
    private static final Duration JIT_WAIT = Duration.ofSeconds(60);

    @BeforeAll
    static void buildCache() {
        Path csv = TestBars.csv(dir.resolve("bars.csv"), 3000, 5);
        cache = dir.resolve("bars.arrow");
        new CacheBuilder(FeatureSpec.parse("ret,logret,vol:5"), 256).build(csv, cache, d -> { }, r -> { });
    }

    @Test
    void steadyStateBatchesAllocateNothing() {
        // one chunk holds every sample: after warm-up, only batch assembly runs
        assertThat(allocatedOverAnEpoch(5000, 0)).isZero();
    }

    @Test
    void chunkLoadsAllocateAtMostAFewHundredBytes() {
        // 6 chunk loads per epoch; the mapped reads may allocate a little until the JIT compiles them
        assertThat(allocatedOverAnEpoch(500, 6 * 1024)).isLessThanOrEqualTo(6 * 1024);
    }

    /**
     * @param enough an allocation at which an order's epochs stop early
     * @return the most an order's best epoch allocated: its epochs run until one allocates at most
     *     {@code enough} (the JIT has compiled the loop), or {@value #EPOCHS} have run and {@link
     *     #JIT_WAIT} has passed
     */
    private static long allocatedOverAnEpoch(int chunk, long enough) {
        long worst = 0;
        com.sun.management.ThreadMXBean threads = (com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean();
        long tid = Thread.currentThread().threadId();
        try (CacheTable table = ReadMode.MAPPED.open(cache)) {
            SampleLayout layout = new SampleSpec(List.of(), "close", 16, 1).bind(table);
            for (boolean shuffle : new boolean[] {false, true}) {
                SampleOrder order = shuffle ? new BlockShuffleOrder(layout.samples(), 500, 1, 0)
                        : SampleOrder.natural(layout.samples());
                long allocated = Long.MAX_VALUE;
                long deadline = System.nanoTime() + JIT_WAIT.toNanos();
                // epochs until the JIT has compiled the loop; keep the best
                for (int epoch = 0; allocated > enough && (epoch < EPOCHS || System.nanoTime() < deadline); epoch++) {
                    try (IterableDataset store = new IterableDataset(table, layout, chunk);
                         BatchLoader loader = new BatchLoader(store, order, new LoaderOptions(32, 0, 1, 0))) {
                        for (int i = 0; i < 20; i++) {
                            loader.next(); // warm: load the first chunks, build the block permutation
                        }
                        long before = threads.getThreadAllocatedBytes(tid);
                        double sum = 0;
                        for (Batch b = loader.next(); b != null; b = loader.next()) {
                            sum += b.checksum();
                        }
                        long after = threads.getThreadAllocatedBytes(tid);
                        assertThat(sum).isNotZero();
                        allocated = Math.min(allocated, after - before);
                    }
                }
                worst = Math.max(worst, allocated);
            }
        }
        return worst;
    }

    @Test
    void batchesInFlightAreCappedAtTheEpochsBatches() {
        try (CacheTable table = ReadMode.MAPPED.open(cache)) {
            SampleLayout layout = new SampleSpec(List.of(), "close", 16, 1).bind(table);
            long samples = layout.samples();
            try (SampleStore store = StandardDataset.load(table, layout)) {
                long one = buffers(store, new LoaderOptions(1_000_000, 0, 1, 0));
                // one batch holds the epoch: 2 workers × (prefetch 4 + 2) would be 12 such buffers
                assertThat(buffers(store, new LoaderOptions(1_000_000, 2, 4, 0))).isEqualTo(one);
                // 3 batches of a third: worker 0 builds 2 of them, worker 1 one; 4 workers, one idle
                int third = (int) ((samples + 2) / 3);
                long oneThird = buffers(store, new LoaderOptions(third, 0, 1, 0));
                assertThat(buffers(store, new LoaderOptions(third, 2, 4, 0))).isEqualTo(3 * oneThird);
                assertThat(buffers(store, new LoaderOptions(third, 4, 4, 0))).isEqualTo(3 * oneThird);
                assertThat(buffers(store, new LoaderOptions(third, 4, 4, 2))).isEqualTo(oneThird);
                try (BatchLoader loader = new BatchLoader(store, SampleOrder.natural(samples),
                        new LoaderOptions(third, 4, 4, 0))) {
                    EpochResult r = EpochResult.drain(loader, n -> { });
                    assertThat(r.samples()).isEqualTo(samples);
                    assertThat(r.batches()).isEqualTo(3);
                }
            }
        }
    }

    @Test
    void batchesTheHeapCannotHoldAreRefusedNamingTheBatchesInFlight() {
        SampleLayout layout = new SampleLayout(4_000_000_000L, new int[] {0, 1}, List.of("a", "b"), 1, 64, 1);
        SampleStore huge = new SampleStore() {
            @Override
            public SampleLayout layout() {
                return layout;
            }

            @Override
            public SampleCursor cursor() {
                throw new AssertionError("must refuse before reading");
            }

            @Override
            public long residentBytes() {
                return 0;
            }

            @Override
            public void close() {
            }
        };
        // 2 batches of 2^31 − 1 samples cover 4e9; 2 workers × (prefetch 4 + 2) is capped at those 2
        assertThatThrownBy(() -> new BatchLoader(huge, SampleOrder.natural(layout.samples()),
                new LoaderOptions(Integer.MAX_VALUE, 2, 4, 0)).close())
                .isInstanceOf(DatasetTooLargeException.class)
                .hasMessageContaining("(2 batches of 2147483647 × 64 × 2 floats in flight: 2 worker(s) × (prefetch 4 + 2),"
                        + " at most the epoch's 2; plus chunks)")
                .hasMessageContaining("lower the batch size");
    }

    private static long buffers(SampleStore store, LoaderOptions options) {
        try (BatchLoader loader = new BatchLoader(store, SampleOrder.natural(store.layout().samples()), options)) {
            return loader.bufferBytes();
        }
    }

    @Test
    void batchEventsAreRecordedWhenEnabled() throws Exception {
        Path jfr = dir.resolve("batches.jfr");
        long batches;
        try (Recording rec = new Recording()) {
            rec.enable("io.chunkwise.dataset.Batch");
            rec.start();
            try (CacheTable table = ReadMode.MAPPED.open(cache)) {
                SampleLayout layout = new SampleSpec(List.of(), "close", 8, 1).bind(table);
                try (IterableDataset store = new IterableDataset(table, layout, 300);
                     BatchLoader loader = new BatchLoader(store, SampleOrder.natural(layout.samples()),
                             new LoaderOptions(100, 2, 2, 0))) {
                    batches = EpochResult.drain(loader, n -> { }).batches();
                }
            }
            rec.stop();
            rec.dump(jfr);
        }
        List<RecordedEvent> events = RecordingFile.readAllEvents(jfr).stream()
                .filter(e -> e.getEventType().getName().equals("io.chunkwise.dataset.Batch")).toList();
        assertThat(events).hasSize((int) batches);
        assertThat(events.stream().mapToLong(e -> e.getInt("samples")).sum()).isEqualTo(3000 - 5 - 8);
        assertThat(events.stream().map(e -> e.getInt("worker")).distinct()).containsExactlyInAnyOrder(0, 1);
    }

    @Test
    void standardRefusesBeforeAllocatingWhenTheEstimateExceedsTheHeap() {
        CacheTable huge = new CacheTable() {
            @Override
            public Path file() {
                return Path.of("huge.arrow");
            }

            @Override
            public List<CacheColumn> columns() {
                return List.of(new CacheColumn(0, "close", ColumnType.FLOAT32, "FloatingPoint(SINGLE)"));
            }

            @Override
            public long rows() {
                return 4_000_000_000L;
            }

            @Override
            public int batches() {
                return 1;
            }

            @Override
            public long nullCount(int column) {
                return 0;
            }

            @Override
            public RowReader reader() {
                throw new AssertionError("must refuse before reading");
            }

            @Override
            public void checkUnchanged() {
                throw new AssertionError("must refuse before reading");
            }

            @Override
            public void close() {
            }
        };
        SampleLayout layout = new SampleSpec(List.of(), "close", 64, 1).bind(huge);
        assertThatThrownBy(() -> StandardDataset.load(huge, layout)).isInstanceOf(DatasetTooLargeException.class)
                .hasMessageContaining("huge.arrow").hasMessageContaining("MiB").hasMessageContaining("use the iterable dataset").hasMessageNotContaining("--");
        ModeChoice auto = DatasetMode.AUTO.choose(layout);
        assertThat(auto.mode()).isEqualTo(DatasetMode.ITERABLE);
        assertThat(auto.reason()).contains("streaming instead");
    }
}
