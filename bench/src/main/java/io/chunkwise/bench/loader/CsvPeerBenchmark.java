package io.chunkwise.bench.loader;

import io.chunkwise.bench.memory.InputVolume;
import io.chunkwise.bench.peer.DuckDbCsv;
import io.chunkwise.bench.peer.FastCsvFields;
import io.chunkwise.bench.peer.NewlineScan;
import io.chunkwise.loader.io.MappedFile;
import io.chunkwise.loader.load.ChecksumSink;
import io.chunkwise.loader.load.LoadOptions;
import io.chunkwise.loader.load.LoaderStrategy;
import java.io.IOException;
import java.sql.SQLException;
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
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Peers on the same page-cached security master, in the same run as {@link IndexBuildBenchmark}:
 * DuckDB {@code read_csv} (count, and a keys table with an ART index per key), FastCSV extracting
 * the three key fields, and a SWAR newline count over the mapped file (the practical limit); and
 * our own exact parse alone, the build's first stage ({@link #keyFields}), to show which part of
 * the build the peers are measured against. Each
 * peer's record count is checked against ours once per trial: a peer that reads the file
 * differently is reported as an error, not compared.
 *
 * {@snippet lang="shell" :
 * ./chunkwise bench --suite loader CsvPeer
 * }
 */
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Fork(value = 1, jvmArgsAppend = {"--add-opens=java.base/java.nio=ALL-UNNAMED",
        "--enable-native-access=ALL-UNNAMED", "--sun-misc-unsafe-memory-access=allow"})
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
public class CsvPeerBenchmark {
    static final int THREADS = 2;

    /** A DuckDB connection with 2 threads, as our parallel build has 2 workers. */
    @State(Scope.Benchmark)
    public static class DuckDb {
        DuckDbCsv duck;

        /**
         * Connects and checks DuckDB's record count.
         *
         * @param master the input
         * @throws SQLException when DuckDB fails
         */
        @Setup(Level.Trial)
        public void connect(SecMaster master) throws SQLException {
            duck = new DuckDbCsv(master.file, THREADS);
            long n = duck.count();
            if (n != master.records) {
                throw new IllegalStateException("DuckDB reads " + n + " records, Chunkwise " + master.records
                        + ", in " + master.file);
            }
            InputVolume.declare(master.bytes, master.records);
        }

        /**
         * Disconnects.
         *
         * @throws SQLException when DuckDB fails
         */
        @TearDown(Level.Trial)
        public void close() throws SQLException {
            duck.close();
        }
    }

    /** The input, mapped once, for the newline scan. */
    @State(Scope.Benchmark)
    public static class Mapped {
        /** Threads sharing the scan. */
        @Param({"1", "2"})
        public int threads;

        MappedFile mapped;

        /**
         * Maps the file.
         *
         * @param master the input
         */
        @Setup(Level.Trial)
        public void map(SecMaster master) {
            mapped = MappedFile.open(master.file);
            InputVolume.declare(master.bytes, master.records);
        }

        /** Unmaps it. */
        @TearDown(Level.Trial)
        public void unmap() {
            mapped.close();
        }
    }

    /** The input for our parse alone: its volume, for MB/s. */
    @State(Scope.Benchmark)
    public static class Parsed {
        /**
         * Declares the input volume.
         *
         * @param master the input
         */
        @Setup(Level.Trial)
        public void declare(SecMaster master) {
            InputVolume.declare(master.bytes, master.records);
        }
    }

    /** The input for FastCSV, whose record count is checked once. */
    @State(Scope.Benchmark)
    public static class FastCsv {
        int[] keyFields = {0, 1, 2};

        /**
         * Checks FastCSV's record count.
         *
         * @param master the input
         * @throws IOException when the file cannot be read
         */
        @Setup(Level.Trial)
        public void check(SecMaster master) throws IOException {
            long n = FastCsvFields.extract(master.file, keyFields).records();
            if (n != master.records) {
                throw new IllegalStateException("FastCSV reads " + n + " records, Chunkwise " + master.records
                        + ", in " + master.file);
            }
            InputVolume.declare(master.bytes, master.records);
        }
    }

    /**
     * DuckDB: {@code SELECT count(*) FROM read_csv(…)}.
     *
     * @param db the connection
     * @return the count
     * @throws SQLException when DuckDB fails
     */
    @Benchmark
    public long duckDbCount(DuckDb db) throws SQLException {
        return db.duck.count();
    }

    /**
     * DuckDB: {@code CREATE TABLE keys AS SELECT cusip, isin, symbol FROM read_csv(…)} and an ART
     * index on each column.
     *
     * @param db the connection
     * @return the row count
     * @throws SQLException when DuckDB fails
     */
    @Benchmark
    public long duckDbBuild(DuckDb db) throws SQLException {
        return db.duck.buildKeyIndex();
    }

    /**
     * FastCSV: every record, the cusip, isin and symbol fields as strings.
     *
     * @param csv the field indexes
     * @param master the input
     * @return a hash of every extracted field
     * @throws IOException when the file cannot be read
     */
    @Benchmark
    public long fastCsvFields(FastCsv csv, SecMaster master) throws IOException {
        return FastCsvFields.extract(master.file, csv.keyFields).hash();
    }

    /**
     * Ours, the index build's first stage alone: the exact parallel parse (2 workers, the default
     * chunk size) reading the three key fields of every record and hashing them, every record's
     * fields counted, rejects counted; no index. What FastCSV's extraction does, and more.
     *
     * @param parsed declares the volume
     * @param master the input
     * @return records, rejects and the checksum, so nothing is dead
     */
    @Benchmark
    public long keyFields(Parsed parsed, SecMaster master) {
        ChecksumSink sink = new ChecksumSink(3);
        LoaderStrategy.PARALLEL.open(LoadOptions.defaults().withWorkers(THREADS)).load(master.file, sink);
        if (sink.records() != master.records) {
            throw new IllegalStateException("parsed " + sink.records() + " records, the build " + master.records
                    + ", in " + master.file);
        }
        return sink.records() + sink.rejects() + sink.checksum();
    }

    /**
     * The practical limit: count newline bytes of the mapped file, SWAR, 1 or 2 threads.
     *
     * @param m the mapped file
     * @return the count
     */
    @Benchmark
    public long newlineScan(Mapped m) {
        return NewlineScan.count(m.mapped.segment(), m.threads);
    }
}
