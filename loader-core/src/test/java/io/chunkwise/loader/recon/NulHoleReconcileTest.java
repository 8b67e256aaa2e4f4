package io.chunkwise.loader.recon;

import static org.assertj.core.api.Assertions.assertThat;

import io.chunkwise.loader.fix.ScanOptions;
import io.chunkwise.loader.index.IndexOptions;
import io.chunkwise.loader.index.Indexer;
import io.chunkwise.loader.io.MappedFile;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * QA (qa-fix): reconcile said nothing of NUL bytes between messages (a hole where messages may have
 * been lost), which fixscan counts, nor of the NULs that end a preallocated log: the result now
 * carries both, as the scan's summary does.
 */
class NulHoleReconcileTest {
    @TempDir
    Path dir;

    private static String message(int seq) {
        return ReconcilerTest.message("35=D|34=" + seq + "|55=AAPL|48=037833100|22=1|") + "\n";
    }

    @Test
    void aHoleAndAnUnwrittenTailAreInTheResultAtEveryChunking() throws IOException {
        Path csv = Files.writeString(dir.resolve("m.csv"), "cusip,isin,symbol\n037833100,US0378331005,AAPL\n");
        String head = message(1) + message(2);
        Path logFile = dir.resolve("crashed.log");
        Files.writeString(logFile, head + "\0".repeat(4096) + message(3) + "\0".repeat(100), StandardCharsets.ISO_8859_1);
        try (var index = Indexer.openOrBuild(csv, Indexer.defaultPath(csv), IndexOptions.defaults()).index();
                MappedFile log = MappedFile.open(logFile)) {
            Reconciler reconciler = new Reconciler(new IndexedMaster(index));
            ReconcileResult serial = reconciler.reconcile(log, new ScanOptions(1, 1 << 20, true, null), null);
            assertThat(serial.messages()).isEqualTo(3);
            assertThat(serial.nulBytes()).isEqualTo(4096);
            assertThat(serial.firstNulAt()).isEqualTo(head.length());
            assertThat(serial.firstNulLine()).isEqualTo(3);
            assertThat(serial.unwrittenBytes()).isEqualTo(100);
            assertThat(serial.bytes()).isEqualTo(log.size() - 100);
            for (int chunk = 64; chunk < log.size(); chunk += 97) {
                ReconcileResult parallel = reconciler.reconcile(log, new ScanOptions(3, chunk, true, null), null);
                assertThat(parallel.nulBytes()).as("chunk %d", chunk).isEqualTo(4096);
                assertThat(parallel.firstNulAt()).as("chunk %d", chunk).isEqualTo(head.length());
                assertThat(parallel.firstNulLine()).as("chunk %d", chunk).isEqualTo(3);
                assertThat(parallel.unwrittenBytes()).as("chunk %d", chunk).isEqualTo(100);
                assertThat(parallel.messages()).as("chunk %d", chunk).isEqualTo(3);
            }
        }
    }

    @Test
    void aCleanLogHasNone() throws IOException {
        Path csv = Files.writeString(dir.resolve("m.csv"), "cusip,isin,symbol\n037833100,US0378331005,AAPL\n");
        Path logFile = Files.writeString(dir.resolve("clean.log"), message(1) + message(2), StandardCharsets.ISO_8859_1);
        try (var index = Indexer.openOrBuild(csv, Indexer.defaultPath(csv), IndexOptions.defaults()).index();
                MappedFile log = MappedFile.open(logFile)) {
            ReconcileResult r = new Reconciler(new IndexedMaster(index)).reconcile(log, ScanOptions.serial());
            assertThat(r.nulBytes()).isZero();
            assertThat(r.firstNulAt()).isEqualTo(-1);
            assertThat(r.unwrittenBytes()).isZero();
        }
    }
}
