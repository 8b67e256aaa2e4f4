package io.chunkwise.loader.tests;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.chunkwise.loader.csv.CsvFormat;
import io.chunkwise.loader.csv.CsvReader;
import io.chunkwise.loader.csv.Reject;
import io.chunkwise.loader.fix.FixHandler;
import io.chunkwise.loader.fix.FixLogFormat;
import io.chunkwise.loader.fix.FixMessage;
import io.chunkwise.loader.fix.FixScanner;
import io.chunkwise.loader.fix.LogInspection;
import io.chunkwise.loader.fix.MalformedMessage;
import io.chunkwise.loader.fix.ScanOptions;
import io.chunkwise.loader.fix.ScanSummary;
import io.chunkwise.loader.index.IndexFile;
import io.chunkwise.loader.index.IndexOptions;
import io.chunkwise.loader.index.Indexer;
import io.chunkwise.loader.index.KeyKind;
import io.chunkwise.loader.io.MappedFile;
import io.chunkwise.loader.recon.DiscrepancyType;
import io.chunkwise.loader.recon.IndexedMaster;
import io.chunkwise.loader.recon.ReconcileResult;
import io.chunkwise.loader.recon.Reconciler;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The README's loader-core examples ("Using loader-core as a library"), as written there: they
 * compile and do what the README says.
 */
class ReadmeExamplesTest {

    @TempDir
    Path dir;

    private Path master() throws Exception {
        return Files.writeString(dir.resolve("master.csv"), "cusip,isin,symbol,name\n"
                + "037833100,US0378331005,AAPL,Apple Inc.\n594918104,US5949181045,MSFT,Microsoft\nragged\n");
    }

    @Test
    void indexAndLookUp() throws Exception {
        Path master = master();
        List<List<String>> found = new ArrayList<>();
        // README: Index and look up
        try (IndexFile index = Indexer.openOrBuild(master, Indexer.defaultPath(master), IndexOptions.defaults()).index()) {
            for (long offset : index.offsets(KeyKind.CUSIP, "037833100")) {
                List<String> fields = index.record(offset);   // parsed on demand from the mapped file
                found.add(fields);
            }
        }
        assertThat(found).containsExactly(List.of("037833100", "US0378331005", "AAPL", "Apple Inc."));
    }

    @Test
    void readEveryRecord() throws Exception {
        Path master = master();
        List<Reject> rejects = new ArrayList<>();
        List<String> symbols = new ArrayList<>();
        // README: Read every record
        try (CsvReader reader = CsvReader.open(master, CsvFormat.RFC4180)) {
            reader.delimiterHint().ifPresent(System.err::println);   // one column: the file looks '|'-delimited…
            int symbol = reader.header().find("symbol").orElseThrow();
            CsvReader.Counts counts = reader.forEach(r -> symbols.add(r.get(symbol)), rejects::add);
            assertThat(counts.records()).isEqualTo(2);
        }
        assertThat(symbols).containsExactly("AAPL", "MSFT");
        assertThat(rejects).singleElement().satisfies(r -> assertThat(r.line()).isEqualTo(4));
    }

    @Test
    void scanAndReconcileAFixLog() throws Exception {
        String text = FixFrames.frame("35=D|34=1|55=AAPL|48=037833100|22=1|") + "\n"
                + FixFrames.frame("35=D|34=2|55=IBM|48=594918104|22=1|") + "\n" + "8=FIX.4.4" + FixFrames.SOH + "9=5" + FixFrames.SOH + "\n";
        // as written to the log, and with '^' printed for SOH (the example takes the delimiter the log uses)
        for (String written : List.of(text, text.replace(FixFrames.SOH, '^'))) {
            Path log = Files.writeString(dir.resolve("orders.fix"), written, StandardCharsets.ISO_8859_1);
            scanAndReconcile(master(), log);
        }
    }

    private static void scanAndReconcile(Path master, Path log) {
        long[] orders = {0};
        // README: Scan a FIX log
        LogInspection format = FixLogFormat.inspect(log);
        format.notices().forEach(System.err::println);
        try (MappedFile mapped = MappedFile.open(log)) {
            ScanSummary summary = FixScanner.scan(mapped, format.delimiter(), new FixHandler() {
                @Override
                public void message(FixMessage m) {
                    if (m.isMsgType("D")) {
                        orders[0]++;
                    }
                }

                @Override
                public void malformed(MalformedMessage m) {
                    System.err.println(m.offset() + ": " + m.reason());
                }
            });
            assertThat(summary.messages()).as(log.toString()).isEqualTo(2);
            assertThat(summary.malformed()).isEqualTo(1);
        }
        assertThat(orders[0]).isEqualTo(2);

        // README: Reconcile against the master
        ReconcileResult result;
        try (IndexFile index = Indexer.openOrBuild(master, Indexer.defaultPath(master), IndexOptions.defaults()).index();
             MappedFile mapped = MappedFile.open(log)) {
            result = new Reconciler(new IndexedMaster(index)).reconcile(mapped,
                    ScanOptions.parallel(2).withDelimiter(format.delimiter()));
        }
        assertThat(result.discrepancies().get(DiscrepancyType.SYMBOL_MISMATCH)).isEqualTo(1);
        assertThat(result.malformed()).isEqualTo(1);
    }

    @Test
    void aClosedIndexOrMappingIsNamedWhenUsed() throws Exception {
        Path master = master();
        IndexFile index = Indexer.openOrBuild(master, Indexer.defaultPath(master), IndexOptions.defaults()).index();
        index.close();
        assertThatThrownBy(() -> index.offsets(KeyKind.CUSIP, "037833100"))
                .isInstanceOf(IllegalStateException.class)
                .hasMessage("index " + master + ".cwx is closed: used after close()");
        // the counts read from the mapped header too: named alike, not the mapping's own "Already closed"
        for (org.assertj.core.api.ThrowableAssert.ThrowingCallable use : List.<org.assertj.core.api.ThrowableAssert.ThrowingCallable>of(
                index::records, index::rejected, () -> index.entries(KeyKind.CUSIP), () -> index.duplicates(KeyKind.SYMBOL))) {
            assertThatThrownBy(use).isInstanceOf(IllegalStateException.class)
                    .hasMessage("index " + master + ".cwx is closed: used after close()");
        }
        MappedFile mapped = MappedFile.open(master);
        mapped.close();
        assertThatThrownBy(mapped::segment)
                .hasMessage("mapping of " + master + " is closed: used after close()");
        assertThatThrownBy(() -> MappedFile.open(dir))
                .hasMessage(dir + ": is a directory, not a file");
        assertThatThrownBy(() -> MappedFile.open(dir.resolve("none.fix")))
                .hasMessage(dir.resolve("none.fix") + ": no such file or directory");
    }
}
