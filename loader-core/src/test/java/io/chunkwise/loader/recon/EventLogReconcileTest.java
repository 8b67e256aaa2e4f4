package io.chunkwise.loader.recon;

import static org.assertj.core.api.Assertions.assertThat;

import io.chunkwise.loader.fix.MalformedMessage;
import io.chunkwise.loader.fix.ScanOptions;
import io.chunkwise.loader.index.IndexOptions;
import io.chunkwise.loader.index.Indexer;
import io.chunkwise.loader.io.MappedFile;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A message QuickFIX/J's event log quotes ({@code time: Rejecting invalid message: …: 8=FIX…}) is a copy of
 * one its messages log holds: never reconciled, so its discrepancy is reported once; counted as
 * {@link ReconcileResult#quoted()}. A log of quotes alone holds no message ({@link ReconcileResult#holdsNoMessage()}).
 */
class EventLogReconcileTest {
    private static final String T = "20241121-10:15:02.123: ";
    private static final String UNKNOWN = ReconcilerTest.message("35=D|34=7|55=NOPE|");
    private static final String MISMATCH = ReconcilerTest.message("35=D|34=8|55=APPL|48=037833100|22=1|");

    @TempDir
    Path dir;

    private ReconcileResult reconcile(String text, List<Discrepancy> found) throws IOException {
        Path csv = Files.writeString(dir.resolve("m.csv"), "cusip,isin,symbol\n037833100,US0378331005,AAPL\n");
        Path logFile = Files.writeString(dir.resolve("s.log"), text, StandardCharsets.ISO_8859_1);
        try (var opened = Indexer.openOrBuild(csv, Indexer.defaultPath(csv), IndexOptions.defaults()).index();
                MappedFile log = MappedFile.open(logFile)) {
            return new Reconciler(new IndexedMaster(opened)).reconcile(log, new ScanOptions(2, 64, true, null),
                    new ReconcileListener() {
                        @Override
                        public void discrepancy(Discrepancy d) {
                            found.add(d);
                        }

                        @Override
                        public void malformed(MalformedMessage m, long line) {
                        }
                    });
        }
    }

    @Test
    void aQuotedMessageIsNotReconciledAgain() throws IOException {
        String log = T + UNKNOWN + "\n" + T + MISMATCH + "\n"
                + T + "Rejecting invalid message: quickfix.FieldException: Tag not defined for this message type, field=55: "
                + UNKNOWN + "\n"
                + T + "MsgSeqNum too high, expecting 7 but received 8: " + MISMATCH + "\n";
        List<Discrepancy> found = new ArrayList<>();
        ReconcileResult r = reconcile(log, found);
        assertThat(r.messages()).isEqualTo(2);
        assertThat(r.quoted()).isEqualTo(2);
        assertThat(r.totalDiscrepancies()).isEqualTo(2);
        assertThat(found).extracting(Discrepancy::type)
                .containsExactly(DiscrepancyType.UNKNOWN_SYMBOL, DiscrepancyType.SYMBOL_MISMATCH);
        assertThat(r.holdsNoMessage()).isFalse();
    }

    @Test
    void anEventLogAloneHoldsNoMessage() throws IOException {
        ReconcileResult r = reconcile(T + "Received logon\n" + T + "Enqueued at pos 7: " + UNKNOWN + "\n", new ArrayList<>());
        assertThat(r.holdsNoMessage()).isTrue();
        assertThat(r.quoted()).isEqualTo(1);
        assertThat(r.totalDiscrepancies()).isZero();
    }
}
