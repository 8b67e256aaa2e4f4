package io.chunkwise.loader.tests;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.chunkwise.loader.fix.FixHandler;
import io.chunkwise.loader.fix.FixMessage;
import io.chunkwise.loader.fix.FixScanner;
import io.chunkwise.loader.fix.MalformedMessage;
import io.chunkwise.loader.fix.ScanOptions;
import io.chunkwise.loader.index.IndexFile;
import io.chunkwise.loader.index.IndexOptions;
import io.chunkwise.loader.index.Indexer;
import io.chunkwise.loader.io.MappedFile;
import io.chunkwise.loader.io.SourceChangedException;
import io.chunkwise.loader.recon.IndexedMaster;
import io.chunkwise.loader.recon.Reconciler;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A FIX log truncated after it was mapped (rotated, rewritten) is named by a
 * {@link SourceChangedException} from the scan and reconcile calls that take the mapping, as the
 * README promises, never the JVM's {@link InternalError} for the faulting read.
 */
class TruncatedLogTest {

    @TempDir
    Path dir;

    private Path master;
    private Path log;

    private static String message(int seq) {
        return FixFrames.frame("35=D|34=" + seq + "|55=AAPL|48=037833100|22=1|58=" + "x".repeat(100) + "|") + "\n";
    }

    @BeforeEach
    void files() throws Exception {
        master = Files.writeString(dir.resolve("master.csv"), "cusip,symbol\n037833100,AAPL\n");
        StringBuilder sb = new StringBuilder();
        for (int i = 1; i <= 20_000; i++) {
            sb.append(message(i));
        }
        log = Files.writeString(dir.resolve("orders.fix"), sb, StandardCharsets.ISO_8859_1);
    }

    private void truncate() throws Exception {
        try (FileChannel ch = FileChannel.open(log, StandardOpenOption.WRITE)) {
            ch.truncate(4096);
        }
    }

    private static FixHandler ignoring() {
        return new FixHandler() {
            @Override
            public void message(FixMessage m) {
            }

            @Override
            public void malformed(MalformedMessage m) {
            }
        };
    }

    @Test
    void aSerialScanNamesTheTruncatedLog() throws Exception {
        try (MappedFile mapped = MappedFile.open(log)) {
            truncate();
            assertThatThrownBy(() -> FixScanner.scan(mapped, ignoring()))
                    .isInstanceOf(SourceChangedException.class)
                    .hasMessageStartingWith(log + ": changed while being read (size was ");
        }
    }

    @Test
    void aParallelScanNamesTheTruncatedLog() throws Exception {
        try (MappedFile mapped = MappedFile.open(log)) {
            truncate();
            assertThatThrownBy(() -> FixScanner.scan(mapped, ScanOptions.parallel(2).withChunkSize(64 << 10),
                    TruncatedLogTest::ignoring, (h, chunk) -> { }))
                    .isInstanceOf(SourceChangedException.class)
                    .hasMessageStartingWith(log + ": changed while being read (size was ");
        }
    }

    @Test
    void aReconcileNamesTheTruncatedLog() throws Exception {
        try (IndexFile index = Indexer.openOrBuild(master, Indexer.defaultPath(master), IndexOptions.defaults()).index();
                MappedFile mapped = MappedFile.open(log)) {
            Reconciler reconciler = new Reconciler(new IndexedMaster(index));
            assertThat(reconciler.reconcile(mapped, ScanOptions.parallel(2)).messages()).isEqualTo(20_000);
            truncate();
            for (ScanOptions options : new ScanOptions[] {ScanOptions.serial(), ScanOptions.parallel(2).withChunkSize(64 << 10)}) {
                assertThatThrownBy(() -> reconciler.reconcile(mapped, options))
                        .isInstanceOf(SourceChangedException.class)
                        .hasMessageStartingWith(log + ": changed while being read (size was ");
            }
        }
    }

    private static FixHandler closing(MappedFile mapped) {
        return new FixHandler() {
            @Override
            public void message(FixMessage m) {
                mapped.close(); // as another thread's close() would
            }

            @Override
            public void malformed(MalformedMessage m) {
            }
        };
    }

    @Test
    void aLogClosedDuringTheScanIsNamed() {
        String closed = "mapping of " + log + " is closed: used after close()";
        MappedFile serial = MappedFile.open(log);
        assertThatThrownBy(() -> FixScanner.scan(serial, closing(serial))).isInstanceOf(IllegalStateException.class).hasMessage(closed);
        MappedFile parallel = MappedFile.open(log);
        assertThatThrownBy(() -> FixScanner.scan(parallel, ScanOptions.parallel(2).withChunkSize(64 << 10), () -> closing(parallel),
                (h, chunk) -> { })).isInstanceOf(IllegalStateException.class).hasMessage(closed);
    }
}
