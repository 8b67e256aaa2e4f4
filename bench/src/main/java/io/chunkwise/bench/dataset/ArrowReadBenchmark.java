package io.chunkwise.bench.dataset;

import io.chunkwise.bench.memory.InputVolume;
import io.chunkwise.dataset.arrow.CacheColumn;
import io.chunkwise.dataset.arrow.CacheTable;
import io.chunkwise.dataset.arrow.ReadMode;
import io.chunkwise.dataset.arrow.RowReader;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.IntStream;
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
 * Reading the whole page-cached feature cache as float rows: {@code MAPPED} (FFM mapping, the
 * record batches' buffers read in place, zero-copy) against {@code BUFFERED} (Arrow Java's
 * {@code ArrowFileReader}, each batch copied into allocator buffers). One operation opens the
 * file, reads every row of every floating column in blocks of 8192 rows, and closes it.
 *
 * {@snippet lang="shell" :
 * ./chunkwise bench --suite dataset ArrowRead
 * }
 */
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Fork(value = 1, jvmArgsAppend = {"--add-opens=java.base/java.nio=ALL-UNNAMED",
        "--enable-native-access=ALL-UNNAMED", "--sun-misc-unsafe-memory-access=allow"})
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@State(Scope.Benchmark)
public class ArrowReadBenchmark {
    static final int BLOCK_ROWS = 8192;

    /** How the cache is read: each constant opens it (an enum of factories). */
    @Param
    public ReadMode mode;

    private int[] columns;
    private float[] block;

    /**
     * Finds the floating columns and declares the input volume.
     *
     * @param cache the input
     */
    @Setup(Level.Trial)
    public void prepare(FxCache cache) {
        List<CacheColumn> all = cache.table.columns();
        columns = IntStream.range(0, all.size()).filter(i -> all.get(i).type().floating()).toArray();
        block = new float[BLOCK_ROWS * columns.length];
        InputVolume.declare(cache.arrowBytes, cache.table.rows(), "rows");
    }

    /**
     * Open, read every row of every floating column, close.
     *
     * @param cache the input
     * @return the sum of every value read
     */
    @Benchmark
    public double readAll(FxCache cache) {
        double sum = 0;
        try (CacheTable table = mode.open(cache.arrow); RowReader reader = table.reader()) {
            long rows = table.rows();
            for (long first = 0; first < rows; first += BLOCK_ROWS) {
                int n = (int) Math.min(BLOCK_ROWS, rows - first);
                reader.read(first, n, columns, block, 0);
                for (int i = 0; i < n * columns.length; i++) {
                    sum += block[i];
                }
            }
        }
        return sum;
    }
}
