package io.chunkwise.bench.loader;

import io.chunkwise.bench.input.Sizes;
import io.chunkwise.bench.memory.InputVolume;
import io.chunkwise.loader.index.IndexOptions;
import io.chunkwise.loader.index.IndexSummary;
import io.chunkwise.loader.index.Indexer;
import io.chunkwise.loader.load.LoadOptions;
import io.chunkwise.loader.load.LoaderStrategy;
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
 * How chunk size and worker count move the index build: {@code chunked} × chunk size, and
 * {@code parallel} × chunk size × workers (the parameters only the strategy that uses them
 * varies, so no run is a duplicate). Input and outputs as in {@link IndexBuildBenchmark}.
 *
 * {@snippet lang="shell" :
 * ./chunkwise bench --suite loader Chunking -- -p chunkSize=256KiB,8MiB,64MiB
 * }
 */
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Fork(value = 1, jvmArgsAppend = {"--add-opens=java.base/java.nio=ALL-UNNAMED",
        "--enable-native-access=ALL-UNNAMED", "--sun-misc-unsafe-memory-access=allow"})
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
public class ChunkingBenchmark {
    /** Chunk size of the sequential reads (chunked) or of the parallel split (parallel). */
    @State(Scope.Benchmark)
    public static class Chunk {
        /** e.g. {@code 1MiB}. */
        @Param({"1MiB", "8MiB", "64MiB"})
        public String chunkSize;

        long bytes;

        /**
         * Parses the size and declares the input volume.
         *
         * @param master the input
         */
        @Setup(Level.Trial)
        public void parse(SecMaster master) {
            bytes = Sizes.parse(chunkSize);
            InputVolume.declare(master.bytes, master.records);
        }
    }

    /** Worker threads of the parallel strategy. */
    @State(Scope.Benchmark)
    public static class Workers {
        /** Threads. */
        @Param({"1", "2"})
        public int workers;
    }

    private static long build(SecMaster master, Scratch scratch, LoaderStrategy strategy, LoadOptions load) {
        IndexSummary s = Indexer.build(master.file, scratch.index(),
                IndexOptions.defaults().withStrategy(strategy).withLoad(load));
        return s.load().records() + s.indexBytes();
    }

    /**
     * Sequential streaming reads in chunks.
     *
     * @param master the input
     * @param chunk the chunk size
     * @param scratch where the index goes
     * @return records plus index size
     */
    @Benchmark
    public long chunked(SecMaster master, Chunk chunk, Scratch scratch) {
        return build(master, scratch, LoaderStrategy.CHUNKED, LoadOptions.defaults().withChunkSize(chunk.bytes));
    }

    /**
     * Mapped, split into chunks scanned by worker threads.
     *
     * @param master the input
     * @param chunk the chunk size
     * @param workers the thread count
     * @param scratch where the index goes
     * @return records plus index size
     */
    @Benchmark
    public long parallel(SecMaster master, Chunk chunk, Workers workers, Scratch scratch) {
        return build(master, scratch, LoaderStrategy.PARALLEL,
                LoadOptions.defaults().withChunkSize(chunk.bytes).withWorkers(workers.workers));
    }
}
