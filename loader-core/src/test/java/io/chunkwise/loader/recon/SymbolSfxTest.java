package io.chunkwise.loader.recon;

import static org.assertj.core.api.Assertions.assertThat;

import io.chunkwise.loader.fix.ScanOptions;
import io.chunkwise.loader.index.IndexFile;
import io.chunkwise.loader.index.IndexOptions;
import io.chunkwise.loader.index.Indexer;
import io.chunkwise.loader.io.MappedFile;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A share class in SymbolSfx (65): {@code 55=BRK|65=B} is the security a master writes {@code
 * BRK.B}, {@code BRK B} or {@code BRKB}; it was an UNKNOWN_SYMBOL (a SYMBOL_MISMATCH with a
 * SecurityID) on every class-B share. A suffix that is no share class ({@code WI}) falls back to
 * 55 alone. Rows name what the message named ({@code BRK|65=A}) and its session (49, 56).
 */
class SymbolSfxTest {
    private static final String[] LOG = {
        "35=D|34=1|55=BRK|65=B|",                                   // ok: the master's BRK.B in its form
        "35=D|34=2|55=BRK|65=B|48=084670702|22=1|",                 // ok by CUSIP, the same
        "35=D|34=3|55=XYZ|65=WI|",                                  // ok: XYZ when issued, by 55 alone
        "35=D|34=4|55=XYZ|65=WI|48=983919101|22=1|",                // ok by CUSIP, by 55 alone
        "35=D|34=5|55=QQQQ|65=WI|",                                 // UNKNOWN_SYMBOL either way
        "35=D|49=BUYSIDE|56=SELLSIDE|34=6|55=BRK|65=A|48=084670702|22=1|", // SYMBOL_MISMATCH: class A is not B
        "35=D|49=OTHER|56=SELLSIDE|34=6|55=BRK|65=A|",              // UNKNOWN_SYMBOL; the same 34, another session
        "35=D|34=8|55=BRK|",                                        // UNKNOWN_SYMBOL: BRK alone is not in the master
    };

    @TempDir
    Path dir;

    private Path log() throws IOException {
        StringBuilder text = new StringBuilder();
        for (String body : LOG) {
            text.append(ReconcilerTest.message(body)).append('\n');
        }
        return Files.writeString(dir.resolve("sfx.log"), text, StandardCharsets.ISO_8859_1);
    }

    private Path master(String brkB) throws IOException {
        return Files.writeString(dir.resolve("m.csv"), "cusip,isin,symbol\n084670702,US0846707026," + brkB
                + "\n983919101,US9839191015,XYZ\n");
    }

    @ParameterizedTest
    @ValueSource(strings = {"BRK.B", "BRK B", "BRKB", "BRK/B", "BRK-B", "BRK_B"})
    void aSuffixJoinedToTheSymbolInAnyFormIsTheMastersSymbol(String brkB) throws IOException {
        Path csv = master(brkB);
        Path out = dir.resolve("out.csv");
        try (IndexFile index = Indexer.openOrBuild(csv, Indexer.defaultPath(csv), IndexOptions.defaults()).index();
                MappedFile log = MappedFile.open(log());
                ReconcileCsv rows = new ReconcileCsv(out, null)) {
            Reconciler reconciler = new Reconciler(new IndexedMaster(index));
            ReconcileResult serial = reconciler.reconcile(log.segment(), ScanOptions.serial(), rows);
            rows.publish();
            assertThat(serial.discrepancies()).isEqualTo(Map.of(DiscrepancyType.SYMBOL_MISMATCH, 1L,
                    DiscrepancyType.UNKNOWN_SECURITY, 0L, DiscrepancyType.UNKNOWN_SYMBOL, 3L));
            for (int chunk = 1; chunk < log.size(); chunk += 23) {
                ReconcileResult parallel = reconciler.reconcile(log.segment(), new ScanOptions(3, chunk, true, null));
                assertThat(parallel.discrepancies()).as("chunk %d", chunk).isEqualTo(serial.discrepancies());
            }
        }
        List<String> lines = Files.readAllLines(out);
        assertThat(lines.getFirst()).isEqualTo(ReconcileCsv.DISCREPANCY_HEADER)
                .endsWith(",type,sender_comp_id,target_comp_id");
        // from line on: the offsets are not the point here
        assertThat(lines.subList(1, lines.size()).stream().map(l -> l.split(",", 2)[1]).toList()).containsExactly(
                "5,5,D,,,QQQQ|65=WI,,UNKNOWN_SYMBOL,,",
                "6,6,D,1,084670702,BRK|65=A," + brkB + ",SYMBOL_MISMATCH,BUYSIDE,SELLSIDE",
                "7,6,D,,,BRK|65=A,,UNKNOWN_SYMBOL,OTHER,SELLSIDE",
                "8,8,D,,,BRK,,UNKNOWN_SYMBOL,,");
    }

    @Test
    void aSymbolTheMasterHoldsAloneStaysMatchedWhateverItsSuffix() throws IOException {
        // the master has BRK (say class A) and BRK.B: 55=BRK|65=B is matched, as 55=BRK is
        Path csv = Files.writeString(dir.resolve("both.csv"), "cusip,isin,symbol\n084670108,US0846701086,BRK\n"
                + "084670702,US0846707026,BRK.B\n");
        Path logFile = Files.writeString(dir.resolve("both.log"), ReconcilerTest.message("35=D|34=1|55=BRK|65=B|") + "\n"
                + ReconcilerTest.message("35=D|34=2|55=BRK|65=B|48=084670108|22=1|") + "\n"
                + ReconcilerTest.message("35=D|34=3|55=BRK|65=WI|48=084670702|22=1|") + "\n", StandardCharsets.ISO_8859_1);
        try (IndexFile index = Indexer.openOrBuild(csv, Indexer.defaultPath(csv), IndexOptions.defaults()).index();
                MappedFile log = MappedFile.open(logFile)) {
            ReconcileResult r = new Reconciler(new IndexedMaster(index)).reconcile(log.segment(), ScanOptions.serial());
            assertThat(r.checked()).isEqualTo(3);
            // 1: BRK is in the master; 2: 084670108 is BRK; 3: 084670702 is BRK.B, not BRK nor BRK.WI
            assertThat(r.discrepancies().get(DiscrepancyType.UNKNOWN_SYMBOL)).isZero();
            assertThat(r.discrepancies().get(DiscrepancyType.SYMBOL_MISMATCH)).isEqualTo(1);
        }
    }

    @Test
    void aSuffixWrittenAfterTheSecurityIdAndItsSourceIsRead() throws IOException {
        // 65 after 48 and 22 was not read: every class-B share so written was a SYMBOL_MISMATCH
        Path csv = master("BRK.B");
        Path logFile = Files.writeString(dir.resolve("late.log"),
                ReconcilerTest.message("35=D|34=1|55=BRK|48=084670702|22=1|65=B|") + "\n"
                + ReconcilerTest.message("35=D|34=2|48=084670702|22=1|55=BRK|65=B|") + "\n"
                + ReconcilerTest.message("35=D|34=3|22=1|48=084670702|65=B|55=BRK|") + "\n", StandardCharsets.ISO_8859_1);
        try (IndexFile index = Indexer.openOrBuild(csv, Indexer.defaultPath(csv), IndexOptions.defaults()).index();
                MappedFile log = MappedFile.open(logFile)) {
            ReconcileResult r = new Reconciler(new IndexedMaster(index)).reconcile(log.segment(), ScanOptions.serial());
            assertThat(r.checked()).isEqualTo(3);
            assertThat(r.totalDiscrepancies()).isZero();
        }
    }
}
