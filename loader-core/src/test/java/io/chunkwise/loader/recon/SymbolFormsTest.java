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
 * QA (qa-fix): a master and a log that write symbols in different forms ({@code aapl} and
 * {@code AAPL}, {@code BRK.B} and {@code BRK B}) gave a discrepancy per message and nothing that
 * said why; the result now counts the SYMBOL_MISMATCHes that differ only in form and names the
 * first, and the first UNKNOWN_SYMBOL the master holds in another form. The verdicts stay byte for byte.
 */
class SymbolFormsTest {
    /** A listener that keeps nothing: rows are asked for, so lines are counted. */
    static final ReconcileListener IGNORED = new ReconcileListener() {
        @Override
        public void discrepancy(Discrepancy discrepancy) {
        }

        @Override
        public void malformed(MalformedMessage malformed, long line) {
        }
    };

    @TempDir
    Path dir;

    private static byte[] b(String s) {
        return s.getBytes(StandardCharsets.UTF_8);
    }

    @Test
    void formsDifferOnlyInCaseOrShareClassSeparator() {
        assertThat(SymbolForms.alike(b("BRK B"), b("BRK.B"))).isTrue();
        assertThat(SymbolForms.alike(b("brk/b"), b("BRK.B"))).isTrue();
        assertThat(SymbolForms.alike(b("aapl"), b("AAPL"))).isTrue();
        assertThat(SymbolForms.alike(b("AAPL"), b("AAPL"))).as("the same symbol is no other form").isFalse();
        assertThat(SymbolForms.alike(b("BRKB"), b("BRK.B"))).isFalse();
        assertThat(SymbolForms.alike(b("MSFT"), b("AAPL"))).isFalse();
        assertThat(SymbolForms.variants(b("BRK B"))).extracting(String::new)
                .contains("BRK.B", "BRK/B", "BRK-B", "BRK_B", "brk b", "brk.b").doesNotContain("BRK B").doesNotHaveDuplicates();
        assertThat(SymbolForms.variants(b("AAPL"))).extracting(String::new).containsExactly("aapl");
    }

    @Test
    void aRunCountsTheMismatchesOfFormAndNamesTheFirstAtEveryChunking() throws IOException {
        Path csv = Files.writeString(dir.resolve("m.csv"), """
                cusip,isin,symbol
                084670702,US0846707026,BRK.B
                037833100,US0378331005,aapl
                594918104,US5949181045,MSFT
                """);
        String[] bodies = {
            "35=D|34=1|55=MSFT|48=594918104|22=1|",   // ok
            "35=D|34=2|55=ZZZ|",                      // UNKNOWN_SYMBOL, in no form
            "35=D|34=3|55=BRK B|48=084670702|22=1|",  // SYMBOL_MISMATCH, of form
            "35=D|34=4|55=BRK/B|",                    // UNKNOWN_SYMBOL, in the master as BRK.B
            "35=D|34=5|55=AAPL|48=037833100|22=1|",   // SYMBOL_MISMATCH, of form
            "35=D|34=6|55=IBM|48=594918104|22=1|",    // SYMBOL_MISMATCH, not of form
        };
        StringBuilder text = new StringBuilder();
        List<Long> offsets = new ArrayList<>();
        for (String body : bodies) {
            offsets.add((long) text.length());
            text.append(ReconcilerTest.message(body)).append('\n');
        }
        Path logFile = Files.writeString(dir.resolve("forms.log"), text, StandardCharsets.ISO_8859_1);
        try (var index = Indexer.openOrBuild(csv, Indexer.defaultPath(csv), IndexOptions.defaults()).index();
                MappedFile log = MappedFile.open(logFile)) {
            Reconciler reconciler = new Reconciler(new IndexedMaster(index));
            for (int chunk = 1; chunk <= log.size(); chunk += 17) {
                for (int workers : new int[] {1, 3}) {
                    ReconcileResult r = reconciler.reconcile(log, new ScanOptions(workers, chunk, true, null), IGNORED);
                    String at = "chunk " + chunk + ", workers " + workers;
                    assertThat(r.discrepancies().get(DiscrepancyType.SYMBOL_MISMATCH)).as(at).isEqualTo(3);
                    assertThat(r.symbolForms()).as(at).isEqualTo(2);
                    assertThat(r.firstSymbolForm().fixSymbol()).as(at).isEqualTo("BRK B");
                    assertThat(r.firstSymbolForm().masterSymbol()).as(at).isEqualTo("BRK.B");
                    assertThat(r.firstSymbolForm().offset()).as(at).isEqualTo(offsets.get(2));
                    assertThat(r.firstSymbolForm().line()).as(at).isEqualTo(3);
                    assertThat(r.firstUnknownForm().fixSymbol()).as(at).isEqualTo("BRK/B");
                    assertThat(r.firstUnknownForm().masterSymbol()).as(at).isEqualTo("BRK.B");
                    assertThat(r.firstUnknownForm().line()).as(at).isEqualTo(4);
                }
            }
            ReconcileResult counts = reconciler.reconcile(log, ScanOptions.serial());
            assertThat(counts.symbolForms()).isEqualTo(2);
            // lines not counted as the log was read: the first's is counted once at the end
            assertThat(counts.firstSymbolForm().line()).isEqualTo(3);
        }
    }

    @Test
    void aSymbolJoinedToItsSuffixIsLookedForInItsOtherFormsToo() throws IOException {
        // 55=brk|65=b against a master's BRK.B: neither 55 alone nor 55 and 65 joined as written match,
        // but joined and upper-cased they do; the notices named nothing while only 55 was read
        assertThat(SymbolForms.joined(b("brk"), b("b"))).extracting(String::new).containsExactly("brk.b", "brkb");
        Path csv = Files.writeString(dir.resolve("sfx.csv"), """
                cusip,isin,symbol
                084670702,US0846707026,BRK.B
                594918104,US5949181045,MSFTW
                """);
        String[] bodies = {
            "35=D|34=1|55=brk|65=b|48=084670702|22=1|", // SYMBOL_MISMATCH, of form: brk.b is BRK.B
            "35=D|34=2|55=brk|65=b|",                   // UNKNOWN_SYMBOL, in the master as BRK.B
            "35=D|34=3|55=msft|65=w|48=594918104|22=1|", // SYMBOL_MISMATCH, of form: msftw is MSFTW
            "35=D|34=4|55=brk|65=zz|",                  // UNKNOWN_SYMBOL, in no form
        };
        StringBuilder text = new StringBuilder();
        for (String body : bodies) {
            text.append(ReconcilerTest.message(body)).append('\n');
        }
        Path logFile = Files.writeString(dir.resolve("sfx.log"), text, StandardCharsets.ISO_8859_1);
        try (var index = Indexer.openOrBuild(csv, Indexer.defaultPath(csv), IndexOptions.defaults()).index();
                MappedFile log = MappedFile.open(logFile)) {
            Reconciler reconciler = new Reconciler(new IndexedMaster(index));
            for (int chunk = 1; chunk <= log.size(); chunk += 29) {
                ReconcileResult r = reconciler.reconcile(log, new ScanOptions(2, chunk, true, null), IGNORED);
                String at = "chunk " + chunk;
                assertThat(r.discrepancies().get(DiscrepancyType.SYMBOL_MISMATCH)).as(at).isEqualTo(2);
                assertThat(r.discrepancies().get(DiscrepancyType.UNKNOWN_SYMBOL)).as(at).isEqualTo(2);
                assertThat(r.symbolForms()).as(at).isEqualTo(2);
                assertThat(r.firstSymbolForm().fixSymbol()).as(at).isEqualTo("brk|65=b");
                assertThat(r.firstSymbolForm().masterSymbol()).as(at).isEqualTo("BRK.B");
                assertThat(r.firstUnknownForm().fixSymbol()).as(at).isEqualTo("brk|65=b");
                assertThat(r.firstUnknownForm().masterSymbol()).as(at).isEqualTo("BRK.B");
                assertThat(r.firstUnknownForm().line()).as(at).isEqualTo(2);
            }
        }
    }
}
