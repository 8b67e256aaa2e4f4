package io.chunkwise.bench.loader;

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
 * Index build (CUSIP, ISIN and symbol, persisted) of the page-cached security master by each
 * {@link LoaderStrategy} — the full-load baseline, chunked, mmap and parallel — with the default
 * chunk size (8 MiB), 2 workers and the default 24 MiB memory budget. One operation is one complete
 * build; {@code rate.mb} is MB/s of CSV, {@code mem.peak.rssAnon.bytes} the program's own memory.
 * Sizes above 2 GiB: {@code full} cannot hold them, so name the other strategies.
 *
 * {@snippet lang="shell" :
 * ./chunkwise bench --suite loader IndexBuild
 * java -jar bench/target/benchmarks.jar IndexBuild -p size=4GiB -p strategy=CHUNKED,MMAP,PARALLEL
 * }
 */
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Fork(value = 1, jvmArgsAppend = {"--add-opens=java.base/java.nio=ALL-UNNAMED",
        "--enable-native-access=ALL-UNNAMED", "--sun-misc-unsafe-memory-access=allow"})
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@State(Scope.Benchmark)
public class IndexBuildBenchmark {
    static final int WORKERS = 2;

    /** The strategy: each constant opens its loader (an enum of factories). */
    @Param
    public LoaderStrategy strategy;

    private IndexOptions options;

    /**
     * Fixes the options and declares the input volume.
     *
     * @param master the input
     */
    @Setup(Level.Trial)
    public void configure(SecMaster master) {
        options = IndexOptions.defaults().withStrategy(strategy)
                .withLoad(LoadOptions.defaults().withWorkers(WORKERS));
        InputVolume.declare(master.bytes, master.records);
    }

    /**
     * One complete index build.
     *
     * @param master the input
     * @param scratch where the index goes
     * @return records indexed plus index size, so nothing is dead
     */
    @Benchmark
    public long build(SecMaster master, Scratch scratch) {
        IndexSummary s = Indexer.build(master.file, scratch.index(), options);
        return s.load().records() + s.indexBytes();
    }
}
