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
 * Review: a master saved from a spreadsheet that read its CUSIPs as numbers holds {@code 37833100}
 * for {@code 037833100}, and every message naming a CUSIP that starts with 0 was an
 * UNKNOWN_SECURITY with nothing to say why. The result now names the first such message; the
 * verdicts stay as they were.
 */
class CusipWithoutZerosTest {
    @TempDir
    Path dir;

    @Test
    void anUnknownCusipTheMasterHoldsWithoutItsLeadingZerosIsNamed() throws IOException {
        Path csv = Files.writeString(dir.resolve("m.csv"), """
                cusip,isin,symbol
                37833100,US0378331005,AAPL
                594918104,US5949181045,MSFT
                4670702,US0846707026,BRKB
                """);
        String[] bodies = {
            "35=D|34=1|55=MSFT|48=594918104|22=1|",   // ok
            "35=D|34=2|55=ZZZ|48=012345678|22=1|",    // UNKNOWN_SECURITY, in no form
            "35=D|34=3|55=AAPL|48=037833100|22=1|",   // UNKNOWN_SECURITY, in the master as 37833100
            "35=D|34=4|55=BRKB|48=004670702|22=1|",   // UNKNOWN_SECURITY, in the master as 4670702
            "35=D|34=5|55=AAPL|48=US0378331005|22=4|", // ok: an ISIN keeps its letters
        };
        StringBuilder text = new StringBuilder();
        for (String body : bodies) {
            text.append(ReconcilerTest.message(body)).append('\n');
        }
        Path logFile = Files.writeString(dir.resolve("ids.log"), text, StandardCharsets.ISO_8859_1);
        try (var index = Indexer.openOrBuild(csv, Indexer.defaultPath(csv), IndexOptions.defaults()).index();
                MappedFile log = MappedFile.open(logFile)) {
            Reconciler reconciler = new Reconciler(new IndexedMaster(index));
            for (int chunk = 1; chunk <= log.size(); chunk += 23) {
                for (int workers : new int[] {1, 2}) {
                    ReconcileResult r = reconciler.reconcile(log, new ScanOptions(workers, chunk, true, null),
                            SymbolFormsTest.IGNORED);
                    String at = "chunk " + chunk + ", workers " + workers;
                    assertThat(r.discrepancies().get(DiscrepancyType.UNKNOWN_SECURITY)).as(at).isEqualTo(3);
                    assertThat(r.firstUnknownIdForm().securityId()).as(at).isEqualTo("037833100");
                    assertThat(r.firstUnknownIdForm().line()).as(at).isEqualTo(3);
                    assertThat(r.firstUnknownIdForm().type()).as(at).isEqualTo(DiscrepancyType.UNKNOWN_SECURITY);
                }
            }
        }
    }

    @Test
    void aMasterWithItsZerosGivesNoSuchExample() throws IOException {
        Path csv = Files.writeString(dir.resolve("m.csv"), "cusip,isin,symbol\n037833100,US0378331005,AAPL\n");
        Path logFile = Files.writeString(dir.resolve("ids.log"), ReconcilerTest.message("35=D|34=1|55=X|48=012345678|22=1|")
                + "\n", StandardCharsets.ISO_8859_1);
        try (var index = Indexer.openOrBuild(csv, Indexer.defaultPath(csv), IndexOptions.defaults()).index();
                MappedFile log = MappedFile.open(logFile)) {
            ReconcileResult r = new Reconciler(new IndexedMaster(index)).reconcile(log, ScanOptions.serial());
            assertThat(r.discrepancies().get(DiscrepancyType.UNKNOWN_SECURITY)).isEqualTo(1);
            assertThat(r.firstUnknownIdForm()).isNull();
        }
    }
}
