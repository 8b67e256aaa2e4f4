package io.chunkwise.bench.fix;

import io.chunkwise.bench.memory.InputVolume;
import io.chunkwise.bench.peer.QuickFixParser;
import io.chunkwise.loader.fix.FixScanner;
import io.chunkwise.loader.fix.ScanOptions;
import io.chunkwise.loader.recon.IndexedMaster;
import io.chunkwise.loader.recon.ReconcileResult;
import io.chunkwise.loader.recon.Reconciler;
import java.io.IOException;
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
import quickfix.ConfigError;
import quickfix.InvalidMessage;

/**
 * The FIX log, page-cached: our scan with full validation (framing by BodyLength, CheckSum,
 * field order) serial and on 2 workers; reconciliation against the indexed master, serial and
 * parallel; and the peer, QuickFIX/J, parsing the same log without a dictionary and with the FIX
 * 4.4 dictionary and validation. {@code rate.records} is msgs/s.
 *
 * {@snippet lang="shell" :
 * ./chunkwise bench --suite fix
 * java -jar bench/target/benchmarks.jar FixBenchmark -p messages=2000000
 * }
 */
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Fork(value = 1, jvmArgsAppend = {"--add-opens=java.base/java.nio=ALL-UNNAMED",
        "--enable-native-access=ALL-UNNAMED", "--sun-misc-unsafe-memory-access=allow"})
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
public class FixBenchmark {
    /** How our scan runs: each constant makes its options (an enum of factories). */
    public enum Scan {
        /** One thread. */
        SERIAL {
            @Override
            ScanOptions options() {
                return ScanOptions.serial();
            }
        },
        /** Two workers over 16 MiB chunks (the machine's cores). */
        PARALLEL {
            @Override
            ScanOptions options() {
                return ScanOptions.parallel(2);
            }
        };

        abstract ScanOptions options();
    }

    /** The scan mode of our benchmarks. */
    @State(Scope.Benchmark)
    public static class Ours {
        /** Serial or parallel. */
        @Param
        public Scan scan;

        ScanOptions options;
        Reconciler reconciler;

        /**
         * Fixes the options and declares the input volume.
         *
         * @param log the input
         */
        @Setup(Level.Trial)
        public void prepare(FixLog log) {
            options = scan.options();
            reconciler = new Reconciler(new IndexedMaster(log.index));
            InputVolume.declare(log.bytes, log.messages, "msgs");
        }
    }

    /** The QuickFIX/J parsers. */
    @State(Scope.Benchmark)
    public static class Peer {
        QuickFixParser plain;
        QuickFixParser fix44;

        /**
         * Loads the dictionary, checks the message count and declares the input volume.
         *
         * @param log the input
         * @throws ConfigError when the FIX 4.4 dictionary cannot be loaded
         * @throws IOException when the log cannot be read
         * @throws InvalidMessage when QuickFIX/J rejects a message
         */
        @Setup(Level.Trial)
        public void prepare(FixLog log) throws ConfigError, IOException, InvalidMessage {
            plain = QuickFixParser.plain();
            fix44 = QuickFixParser.fix44();
            long n = fix44.parse(log.log).messages();
            if (n != log.messages) {
                throw new IllegalStateException("QuickFIX/J parses " + n + " messages, Chunkwise " + log.messages);
            }
            InputVolume.declare(log.bytes, log.messages, "msgs");
        }
    }

    /**
     * Frame and validate every message.
     *
     * @param log the input
     * @param ours the scan mode
     * @return messages plus the sum of their checksums
     */
    @Benchmark
    public long scan(FixLog log, Ours ours) {
        long[] acc = new long[2];
        FixScanner.scan(log.mapped.segment(), ours.options, FixLog.Counting::new, (h, chunk) -> {
            acc[0] += h.messages;
            acc[1] += h.checksums;
        });
        return acc[0] + acc[1];
    }

    /**
     * Reconcile every message's instrument against the indexed master.
     *
     * @param log the input
     * @param ours the scan mode
     * @return checked messages plus discrepancies found
     */
    @Benchmark
    public long reconcile(FixLog log, Ours ours) {
        ReconcileResult r = ours.reconciler.reconcile(log.mapped.segment(), ours.options);
        return r.checked() + r.totalDiscrepancies();
    }

    /**
     * QuickFIX/J, no dictionary, no validation.
     *
     * @param log the input
     * @param peer the parsers
     * @return messages plus a value from each
     * @throws IOException when the log cannot be read
     * @throws InvalidMessage when QuickFIX/J rejects a message
     */
    @Benchmark
    public long quickFixJ(FixLog log, Peer peer) throws IOException, InvalidMessage {
        QuickFixParser.Result r = peer.plain.parse(log.log);
        return r.messages() + r.sum();
    }

    /**
     * QuickFIX/J with the FIX 4.4 dictionary, validating BodyLength and CheckSum.
     *
     * @param log the input
     * @param peer the parsers
     * @return messages plus a value from each
     * @throws IOException when the log cannot be read
     * @throws InvalidMessage when QuickFIX/J rejects a message
     */
    @Benchmark
    public long quickFixJDictionary(FixLog log, Peer peer) throws IOException, InvalidMessage {
        QuickFixParser.Result r = peer.fix44.parse(log.log);
        return r.messages() + r.sum();
    }
}
