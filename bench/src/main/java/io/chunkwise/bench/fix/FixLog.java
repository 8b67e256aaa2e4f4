package io.chunkwise.bench.fix;

import io.chunkwise.bench.input.InputCache;
import io.chunkwise.bench.input.InputKey;
import io.chunkwise.bench.input.Sizes;
import io.chunkwise.bench.loader.SecMasterFiles;
import io.chunkwise.loader.fix.FixScanner;
import io.chunkwise.loader.fix.FixHandler;
import io.chunkwise.loader.fix.FixMessage;
import io.chunkwise.loader.fix.MalformedMessage;
import io.chunkwise.loader.fix.ScanSummary;
import io.chunkwise.loader.generate.FixLogSpec;
import io.chunkwise.loader.index.IndexFile;
import io.chunkwise.loader.io.MappedFile;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;

/**
 * A generated FIX 4.4 log (SOH-delimited, one message per line, 2% planted discrepancies) over a
 * generated 64 MiB security master, both from the input cache (generated in a child JVM); the log
 * mapped and the master's index open for the trial. Checked once: every message frames and validates.
 */
@State(Scope.Benchmark)
public class FixLog {
    static final int GENERATOR_VERSION = 1;
    static final long SEED = FixLogSpec.DEFAULT_SEED;
    static final String MASTER_SIZE = "64MiB";

    /** Messages in the log. */
    @Param({"200000", "2000000"})
    public long messages;

    Path master;
    Path log;
    long bytes;
    MappedFile mapped;
    IndexFile index;

    /** Finds or generates master and log, maps the log, opens (or builds) the master's index. */
    @Setup(Level.Trial)
    public void prepare() {
        InputCache cache = InputCache.fromEnvironment();
        master = SecMasterFiles.of(Sizes.parse(MASTER_SIZE));
        log = cache.get(InputKey.of("fixlog", GENERATOR_VERSION, "log",
                        Map.of("master", master.getFileName(), "messages", messages, "seed", SEED)),
                FixLogRecipe.class, master.toString(), Long.toString(messages), Long.toString(SEED));
        try {
            bytes = Files.size(log);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        mapped = MappedFile.open(log);
        ScanSummary check = FixScanner.scan(mapped.segment(), new Counting());
        if (check.messages() != messages || check.malformed() != 0) {
            throw new IllegalStateException(log + ": expected " + messages + " valid messages, scanned "
                    + check.messages() + " and " + check.malformed() + " malformed");
        }
        index = SecMasterFiles.openIndex(master);
    }

    /** Unmaps the log and closes the index. */
    @TearDown(Level.Trial)
    public void close() {
        index.close();
        mapped.close();
    }

    /** Counts messages and sums their checksums: the least a consumer of a scan does. */
    static final class Counting implements FixHandler {
        long messages;
        long checksums;

        @Override
        public void message(FixMessage message) {
            messages++;
            checksums += message.checksum();
        }

        @Override
        public void malformed(MalformedMessage malformed) {
            throw new IllegalStateException("malformed message in a generated log: " + malformed);
        }
    }
}
