package io.chunkwise.bench.dataset;

import io.chunkwise.bench.memory.InputVolume;
import io.chunkwise.dataset.sample.Batch;
import io.chunkwise.dataset.sample.BatchLoader;
import io.chunkwise.dataset.sample.IterableDataset;
import io.chunkwise.dataset.sample.LoaderOptions;
import io.chunkwise.dataset.sample.SampleOrder;
import io.chunkwise.dataset.sample.SampleStore;
import io.chunkwise.dataset.sample.StandardDataset;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * One epoch of float32 batches ({@code [256, 64, F]} plus targets) over the mapped feature cache,
 * in natural order: the {@code standard} dataset (load every row into the heap and materialize
 * every sample, then batch — the seed's baseline; the load is part of the operation) against the
 * {@code iterable} one (stream chunks of window starts), × workers, and chunk size for iterable.
 * {@code rate.records} is samples/s; {@code mem.peak.rssAnon.bytes} shows standard growing with
 * rows and iterable flat.
 *
 * {@snippet lang="shell" :
 * ./chunkwise bench --suite dataset Dataset
 * java -jar bench/target/benchmarks.jar DatasetBenchmark -p rows=1000000,10000000 -jvmArgsAppend -Xmx2g
 * }
 */
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Fork(value = 1, jvmArgsAppend = {"--add-opens=java.base/java.nio=ALL-UNNAMED",
        "--enable-native-access=ALL-UNNAMED", "--sun-misc-unsafe-memory-access=allow"})
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
public class DatasetBenchmark {
    static final int BATCH = 256;
    static final int PREFETCH = 2;

    /** Threads assembling batches. */
    @State(Scope.Benchmark)
    public static class Workers {
        /** 1 or 2 (the machine's cores). */
        @Param({"1", "2"})
        public int workers;

        /**
         * Declares the input volume: one epoch.
         *
         * @param cache the input
         */
        @Setup(Level.Trial)
        public void declare(FxCache cache) {
            InputVolume.declare(cache.arrowBytes, cache.layout.samples(), "samples");
        }
    }

    /** Window starts per chunk of the iterable dataset. */
    @State(Scope.Benchmark)
    public static class Chunk {
        /** Rows per chunk. */
        @Param({"4096", "65536"})
        public int chunkRows;
    }

    private static double epoch(SampleStore store, int workers) {
        double sum = 0;
        try (BatchLoader loader = new BatchLoader(store, SampleOrder.natural(store.layout().samples()),
                new LoaderOptions(BATCH, workers, PREFETCH, 0))) {
            for (Batch b = loader.next(); b != null; b = loader.next()) {
                sum += b.checksum();
            }
        }
        return sum;
    }

    /**
     * The standard dataset: load and materialize every sample, then one epoch.
     *
     * @param cache the input
     * @param w workers
     * @return the checksum of every emitted sample
     */
    @Benchmark
    public double standard(FxCache cache, Workers w) {
        try (StandardDataset store = StandardDataset.load(cache.table, cache.layout)) {
            return epoch(store, w.workers);
        }
    }

    /**
     * The iterable dataset: one epoch streaming chunks.
     *
     * @param cache the input
     * @param chunk rows per chunk
     * @param w workers
     * @return the checksum of every emitted sample
     */
    @Benchmark
    public double iterable(FxCache cache, Chunk chunk, Workers w) {
        try (IterableDataset store = new IterableDataset(cache.table, cache.layout, chunk.chunkRows)) {
            return epoch(store, w.workers);
        }
    }
}
