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
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Messages identified by a SecurityID the master's index cannot look up (22=2 SEDOL, 22=5 RIC,
 * 22=8 exchange symbol, a 48 without 22) were checked by their 55 when they had one and passed
 * over without a count when they had none: a SEDOL-only order read as nothing at all. Each is now
 * counted, and every message is in one bucket, checked or not checked for one reason.
 */
class OtherIdSourcesTest {
    @TempDir
    Path dir;

    private static final String[] LOG = {
        ReconcilerTest.message("35=D|34=1|55=BP|48=GB0007980591|22=4|"),  // ISIN of the LSE row: ok
        ReconcilerTest.message("35=D|34=2|55=BP|48=0798059|22=2|"),       // SEDOL with 55: checked by 55, ok
        ReconcilerTest.message("35=D|34=3|55=XXX|48=0798059|22=2|"),      // SEDOL with 55: UNKNOWN_SYMBOL
        ReconcilerTest.message("35=D|34=4|48=0798059|22=2|"),             // SEDOL alone: not checked
        ReconcilerTest.message("35=D|34=5|48=BP.L|22=5|"),                // RIC alone: not checked
        ReconcilerTest.message("35=D|34=6|48=BP|22=8|"),                  // exchange symbol alone: checked as a 55, ok
        ReconcilerTest.message("35=D|34=7|48=055622104|"),                // 48 without 22: not checked
        ReconcilerTest.message("35=0|34=8|"),                             // heartbeat: no instrument
        ReconcilerTest.message("35=D|34=9|48=037833100|22=1|"),           // CUSIP, no column, no 55: not checked
    };

    @Test
    void everyMessageIsCheckedOrCountedUnderOneReason() throws IOException {
        // the same symbol on two exchanges, and no CUSIP column
        Path csv = Files.writeString(dir.resolve("m.csv"), """
                isin,symbol,exchange,SEDOL,RIC
                US0556221044,BP,NYSE,,BP.N
                GB0007980591,BP,LSE,0798059,BP.L
                """, StandardCharsets.UTF_8);
        StringBuilder text = new StringBuilder();
        for (String m : LOG) {
            text.append(m).append('\n');
        }
        Path logFile = Files.writeString(dir.resolve("o.log"), text, StandardCharsets.ISO_8859_1);
        try (var index = Indexer.openOrBuild(csv, Indexer.defaultPath(csv), IndexOptions.defaults()).index();
                MappedFile log = MappedFile.open(logFile)) {
            Reconciler reconciler = new Reconciler(new IndexedMaster(index));
            ReconcileResult r = reconciler.reconcile(log.segment(), ScanOptions.serial(), new ReconcileListener() {
                @Override
                public void discrepancy(Discrepancy d) {
                    // rows are asked for only so that lines are counted
                }

                @Override
                public void malformed(MalformedMessage m, long line) {
                    // none in this log
                }
            });
            assertThat(r.messages()).isEqualTo(9);
            assertThat(r.checked()).isEqualTo(4);
            assertThat(r.discrepancies()).isEqualTo(Map.of(DiscrepancyType.SYMBOL_MISMATCH, 0L,
                    DiscrepancyType.UNKNOWN_SECURITY, 0L, DiscrepancyType.UNKNOWN_SYMBOL, 1L));
            assertThat(r.otherIds()).isEqualTo(6);
            assertThat(r.otherIdsUnchecked()).isEqualTo(3);
            assertThat(r.exchangeSymbols()).isEqualTo(1);
            assertThat(r.idsWithoutColumn()).isEqualTo(1);
            assertThat(r.idsWithoutColumnUnchecked()).isEqualTo(1);
            assertThat(r.noInstrument()).isEqualTo(1);
            assertThat(r.inGroupsOnly()).isZero();
            assertThat(r.checked() + r.notChecked()).isEqualTo(r.messages());
            int secondLine = LOG[0].length() + 1;
            assertThat(r.firstOtherId()).isEqualTo(new OtherIdMessage(secondLine, 2, "D", "2"));

            // every chunking and worker count counts alike (without rows, the first's line is counted at the end)
            for (int chunk = 1; chunk < log.size(); chunk += 17) {
                ReconcileResult p = reconciler.reconcile(log.segment(), new ScanOptions(2, chunk, false, null));
                assertThat(p.otherIds()).as("chunk %d", chunk).isEqualTo(6);
                assertThat(p.otherIdsUnchecked()).as("chunk %d", chunk).isEqualTo(3);
                assertThat(p.exchangeSymbols()).as("chunk %d", chunk).isEqualTo(1);
                assertThat(p.notChecked()).as("chunk %d", chunk).isEqualTo(r.notChecked());
                assertThat(p.firstOtherId()).as("chunk %d", chunk).isEqualTo(new OtherIdMessage(secondLine, 2, "D", "2"));
            }
        }
    }

    @Test
    void anExchangeSymbolTheSameAsItsMessages55IsCheckedInFullNotCountedAsAnotherId() throws IOException {
        // 55=BP|48=BP|22=8 says the symbol twice: checking the 55 checks the 48, so the notice had nothing to say of it
        Path csv = Files.writeString(dir.resolve("m.csv"), "isin,symbol\nGB0007980591,BP\n", StandardCharsets.UTF_8);
        String text = ReconcilerTest.message("35=D|34=1|55=BP|48=BP|22=8|") + "\n"
                + ReconcilerTest.message("35=D|34=2|55=ZZZ|48=ZZZ|22=8|") + "\n"
                + ReconcilerTest.message("35=D|34=3|55=BP|48=BP.L|22=8|") + "\n";
        Path logFile = Files.writeString(dir.resolve("x.log"), text, StandardCharsets.ISO_8859_1);
        try (var index = Indexer.openOrBuild(csv, Indexer.defaultPath(csv), IndexOptions.defaults()).index();
                MappedFile log = MappedFile.open(logFile)) {
            ReconcileResult r = new Reconciler(new IndexedMaster(index)).reconcile(log.segment(), ScanOptions.serial(),
                    new ReconcileListener() {
                        @Override
                        public void discrepancy(Discrepancy d) {
                            // counted in the result
                        }

                        @Override
                        public void malformed(MalformedMessage m, long line) {
                            // none in this log
                        }
                    });
            assertThat(r.checked()).isEqualTo(3);
            assertThat(r.discrepancies().get(DiscrepancyType.UNKNOWN_SYMBOL)).isEqualTo(1);
            // only the exchange symbol that differs from its 55 is one the check by 55 leaves unread
            assertThat(r.otherIds()).isEqualTo(1);
            assertThat(r.exchangeSymbols()).isZero();
        }
    }

    @Test
    void anExchangeSymbolWithoutA55IsCheckedAsA55() throws IOException {
        // 22=8 is the symbol a 55 would hold: unknown, it is an UNKNOWN_SYMBOL, as 55=ZZZ would be; a 55 beside it is what is checked
        Path csv = Files.writeString(dir.resolve("m.csv"), "isin,symbol\nGB0007980591,BP\n", StandardCharsets.UTF_8);
        String text = ReconcilerTest.message("35=D|34=1|48=ZZZ|22=8|") + "\n"
                + ReconcilerTest.message("35=D|34=2|55=BP|48=ZZZ|22=8|") + "\n"
                + ReconcilerTest.message("35=D|34=3|48= BP |22=8|") + "\n";
        Path logFile = Files.writeString(dir.resolve("x.log"), text, StandardCharsets.ISO_8859_1);
        try (var index = Indexer.openOrBuild(csv, Indexer.defaultPath(csv), IndexOptions.defaults()).index();
                MappedFile log = MappedFile.open(logFile)) {
            List<Discrepancy> found = new ArrayList<>();
            ReconcileResult r = new Reconciler(new IndexedMaster(index)).reconcile(log.segment(), ScanOptions.serial(),
                    new ReconcileListener() {
                        @Override
                        public void discrepancy(Discrepancy d) {
                            found.add(d);
                        }

                        @Override
                        public void malformed(MalformedMessage m, long line) {
                            // none in this log
                        }
                    });
            assertThat(r.checked()).isEqualTo(3);
            assertThat(r.exchangeSymbols()).isEqualTo(2);
            assertThat(r.otherIdsUnchecked()).isZero();
            assertThat(r.discrepancies().get(DiscrepancyType.UNKNOWN_SYMBOL)).isEqualTo(1);
            assertThat(found).singleElement().satisfies(d -> {
                assertThat(d.securityId()).isEqualTo("ZZZ");
                assertThat(d.fixSymbol()).isNull();
            });
        }
    }

    @Test
    void aCusipOrIsinInTheSecurityAltIdGroupIsLookedUpInsteadOfASedol() throws IOException {
        // a SEDOL-identified order that names its ISIN in 454: it was checked by its 55 alone, or not at all
        Path csv = Files.writeString(dir.resolve("m.csv"), "isin,symbol\nGB0007980591,BP\n", StandardCharsets.UTF_8);
        String text = ReconcilerTest.message("35=D|34=1|55=BP|48=0798059|22=2|454=1|455=GB0007980591|456=4|") + "\n"
                + ReconcilerTest.message("35=D|34=2|48=0798059|22=2|454=1|455=GB0007980591|456=4|") + "\n"
                + ReconcilerTest.message("35=D|34=3|55=SHEL|48=0798059|22=2|454=1|455=GB0007980591|456=4|") + "\n"
                + ReconcilerTest.message("35=D|34=4|48=0798059|22=2|454=1|455=GB00B03MLX29|456=4|") + "\n"
                + ReconcilerTest.message("35=D|34=5|48=0798059|22=2|454=1|455=037833100|456=1|") + "\n";
        Path logFile = Files.writeString(dir.resolve("alt.log"), text, StandardCharsets.ISO_8859_1);
        try (var index = Indexer.openOrBuild(csv, Indexer.defaultPath(csv), IndexOptions.defaults()).index();
                MappedFile log = MappedFile.open(logFile)) {
            List<Discrepancy> found = new ArrayList<>();
            Reconciler reconciler = new Reconciler(new IndexedMaster(index));
            ReconcileResult r = reconciler.reconcile(log.segment(), ScanOptions.serial(), new ReconcileListener() {
                @Override
                public void discrepancy(Discrepancy d) {
                    found.add(d);
                }

                @Override
                public void malformed(MalformedMessage m, long line) {
                    // none in this log
                }
            });
            // 1, 2 matched by the ISIN; 3 a SYMBOL_MISMATCH; 4 an UNKNOWN_SECURITY; 5 a CUSIP the master has no column for
            assertThat(r.checked()).isEqualTo(4);
            assertThat(r.otherIds()).isEqualTo(5);
            assertThat(r.altIds()).isEqualTo(4);
            assertThat(r.otherIdsUnchecked()).isEqualTo(1);
            assertThat(r.checked() + r.notChecked()).isEqualTo(r.messages());
            assertThat(r.discrepancies()).isEqualTo(Map.of(DiscrepancyType.SYMBOL_MISMATCH, 1L,
                    DiscrepancyType.UNKNOWN_SECURITY, 1L, DiscrepancyType.UNKNOWN_SYMBOL, 0L));
            // a row shows the id looked up, and its source
            assertThat(found).extracting(d -> d.securityIdSource() + " " + d.securityId() + " " + d.type())
                    .containsExactly("4 GB0007980591 SYMBOL_MISMATCH", "4 GB00B03MLX29 UNKNOWN_SECURITY");
            for (int chunk = 1; chunk < log.size(); chunk += 19) {
                ReconcileResult p = reconciler.reconcile(log.segment(), new ScanOptions(2, chunk, false, null));
                assertThat(p.altIds()).as("chunk %d", chunk).isEqualTo(4);
                assertThat(p.discrepancies()).as("chunk %d", chunk).isEqualTo(r.discrepancies());
            }
        }
    }
}
