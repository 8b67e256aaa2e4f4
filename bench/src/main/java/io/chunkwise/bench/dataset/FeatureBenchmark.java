package io.chunkwise.bench.dataset;

import io.chunkwise.bench.memory.InputVolume;
import io.chunkwise.dataset.bars.BarChunk;
import io.chunkwise.dataset.bars.BarsCsvReader;
import io.chunkwise.dataset.features.FeatureComputer;
import io.chunkwise.dataset.features.FeatureSpec;
import io.chunkwise.dataset.ingest.CacheBuilder;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Feature computation ({@value FeatureSpec#DEFAULT}, column-wise, chunk by chunk with carried
 * kernel state) over bars already in memory ({@code compute}, rows/s), and the whole ingest —
 * bars CSV parsed, features computed, Arrow cache written ({@code ingest}, MB/s of CSV).
 *
 * {@snippet lang="shell" :
 * ./chunkwise bench --suite dataset Feature
 * }
 */
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Fork(value = 1, jvmArgsAppend = {"--add-opens=java.base/java.nio=ALL-UNNAMED",
        "--enable-native-access=ALL-UNNAMED", "--sun-misc-unsafe-memory-access=allow"})
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
public class FeatureBenchmark {
    static final int CHUNK = 65_536;

    /** Every bar of the input, parsed into chunks once. */
    @State(Scope.Benchmark)
    public static class Bars {
        final List<BarChunk> chunks = new ArrayList<>();
        FeatureSpec spec;

        /**
         * Parses the bars.
         *
         * @param cache the input
         */
        @Setup(Level.Trial)
        public void read(FxCache cache) {
            spec = FeatureSpec.parse(FeatureSpec.DEFAULT);
            long[] rows = {0};
            new BarsCsvReader(cache.bars).read(new BarChunk(CHUNK), full -> {
                BarChunk copy = new BarChunk(CHUNK);
                for (int i = 0; i < full.size(); i++) {
                    copy.add(full.time()[i], full.open()[i], full.high()[i], full.low()[i], full.close()[i],
                            full.volume()[i]);
                }
                chunks.add(copy);
                rows[0] += full.size();
            }, reject -> {
                throw new IllegalStateException("generated bars rejected: " + reject);
            }, done -> { });
            InputVolume.declare(-1, rows[0], "rows");
        }
    }

    /** Where {@code ingest} writes its cache. */
    @State(Scope.Benchmark)
    public static class Output {
        Path file;

        /**
         * Creates a temporary file beside the inputs and declares the volume.
         *
         * @param cache the input
         */
        @Setup(Level.Trial)
        public void create(FxCache cache) {
            try {
                file = Files.createTempFile(cache.arrow.getParent(), "ingest-", ".arrow");
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            InputVolume.declare(cache.barsBytes, cache.rows, "rows");
        }

        /** Deletes it. */
        @TearDown(Level.Trial)
        public void delete() {
            try {
                Files.deleteIfExists(file);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }

    /**
     * Computes every feature over every bar.
     *
     * @param bars the parsed bars
     * @return the sum of each feature's last value in every chunk
     */
    @Benchmark
    public double compute(Bars bars) {
        FeatureComputer computer = new FeatureComputer(bars.spec, CHUNK);
        int features = bars.spec.features().size();
        double sum = 0;
        for (BarChunk chunk : bars.chunks) {
            computer.compute(chunk);
            for (int f = 0; f < features; f++) {
                double v = computer.column(f)[chunk.size() - 1];
                sum += Double.isNaN(v) ? 0 : v;
            }
        }
        return sum;
    }

    /**
     * CSV to Arrow cache: parse, compute, write.
     *
     * @param cache the input
     * @param out the output file
     * @return rows written plus file size
     */
    @Benchmark
    public long ingest(FxCache cache, Output out) {
        var s = new CacheBuilder(FeatureSpec.parse(FeatureSpec.DEFAULT), FxCache.BATCH_ROWS)
                .build(cache.bars, out.file, done -> { }, reject -> { });
        return s.rows() + s.bytes();
    }
}
