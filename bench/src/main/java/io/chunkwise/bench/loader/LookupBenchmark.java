package io.chunkwise.bench.loader;

import io.chunkwise.bench.memory.InputVolume;
import io.chunkwise.loader.index.IndexFile;
import io.chunkwise.loader.index.KeyKind;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OperationsPerInvocation;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Lookups in the persisted index (built once per input into the input cache, reused after):
 * warm CUSIP lookups (offsets only, and offsets plus the record parsed) over 1024 CUSIPs sampled
 * across the file — scores are per lookup — and a cold-ish open + first lookup + close, as a
 * command would do.
 *
 * {@snippet lang="shell" :
 * ./chunkwise bench --suite loader Lookup
 * }
 */
@Fork(value = 1, jvmArgsAppend = {"--add-opens=java.base/java.nio=ALL-UNNAMED",
        "--enable-native-access=ALL-UNNAMED", "--sun-misc-unsafe-memory-access=allow"})
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
public class LookupBenchmark {
    /** The index, open for the whole trial. */
    @State(Scope.Benchmark)
    public static class Index {
        Path source;
        Path path;
        IndexFile index;
        byte[][] keys;
        int next;

        /**
         * Opens (building in a child JVM when missing or stale) the index of the input.
         *
         * @param master the input
         */
        @Setup(Level.Trial)
        public void open(SecMaster master) {
            source = master.file;
            path = SecMasterFiles.indexOf(master.file);
            index = SecMasterFiles.openIndex(source);
            keys = master.cusips;
            for (byte[] key : keys) {
                if (index.offsets(KeyKind.CUSIP, key).length == 0) {
                    throw new IllegalStateException("sampled CUSIP " + new String(key, java.nio.charset.StandardCharsets.US_ASCII)
                            + " not found in " + path);
                }
            }
            // Scores are already per lookup (or per open): no volume to restate or to divide memory by.
            InputVolume.clear();
        }

        /** Closes the index. */
        @TearDown(Level.Trial)
        public void close() {
            index.close();
        }
    }

    /**
     * Warm lookups: the offsets of every record with the CUSIP.
     *
     * @param ix the open index
     * @return a sum over every result
     */
    @Benchmark
    @BenchmarkMode(Mode.Throughput)
    @OutputTimeUnit(TimeUnit.SECONDS)
    @OperationsPerInvocation(SecMaster.SAMPLE_KEYS)
    public long offsets(Index ix) {
        long acc = 0;
        for (byte[] key : ix.keys) {
            long[] found = ix.index.offsets(KeyKind.CUSIP, key);
            acc += found.length + found[0];
        }
        return acc;
    }

    /**
     * Warm lookups returning the record: offsets, then the first record parsed into fields.
     *
     * @param ix the open index
     * @return a sum over every result
     */
    @Benchmark
    @BenchmarkMode(Mode.Throughput)
    @OutputTimeUnit(TimeUnit.SECONDS)
    @OperationsPerInvocation(SecMaster.SAMPLE_KEYS)
    public long records(Index ix) {
        long acc = 0;
        for (byte[] key : ix.keys) {
            long[] found = ix.index.offsets(KeyKind.CUSIP, key);
            List<String> fields = ix.index.record(found[0]);
            acc += fields.size() + fields.getFirst().length();
        }
        return acc;
    }

    /**
     * Open the index (mapping, header and checksum checks), look one CUSIP up, read its record,
     * close: what {@code chunkwise lookup} does in-process. Each call takes the next sampled key.
     *
     * @param ix the index's paths and keys (its open instance is not used)
     * @return the record's field count plus its first field's length
     */
    @Benchmark
    @BenchmarkMode(Mode.AverageTime)
    @OutputTimeUnit(TimeUnit.MILLISECONDS)
    public long openAndFirst(Index ix) {
        byte[] key = ix.keys[ix.next++ & (SecMaster.SAMPLE_KEYS - 1)];
        try (IndexFile index = IndexFile.open(ix.path, ix.source)) {
            List<String> fields = index.record(index.offsets(KeyKind.CUSIP, key)[0]);
            return fields.size() + fields.getFirst().length();
        }
    }
}
