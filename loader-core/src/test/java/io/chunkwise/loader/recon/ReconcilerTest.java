package io.chunkwise.loader.recon;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.chunkwise.loader.fix.MalformedMessage;
import io.chunkwise.loader.fix.ScanOptions;
import io.chunkwise.loader.index.IndexFile;
import io.chunkwise.loader.index.IndexOptions;
import io.chunkwise.loader.index.IndexSummary;
import io.chunkwise.loader.index.Indexer;
import io.chunkwise.loader.index.KeyKind;
import io.chunkwise.loader.io.MappedFile;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Reconciliation rules against the real persisted index of a real CSV master. */
class ReconcilerTest {
    private static final char SOH = '\u0001';

    @TempDir
    Path dir;

    static String message(String body) {
        String b = body.replace('|', SOH);
        String upTo = "8=FIX.4.4" + SOH + "9=" + b.length() + SOH + b;
        int sum = 0;
        for (int i = 0; i < upTo.length(); i++) {
            sum += upTo.charAt(i);
        }
        return upTo + "10=" + String.format("%03d", sum & 0xFF) + SOH;
    }

    private Path master() throws IOException {
        Path csv = dir.resolve("master.csv");
        Files.writeString(csv, """
                cusip,isin,symbol,name
                037833100,US0378331005,AAPL,Apple Inc
                594918104,US5949181045,MSFT,"Microsoft, Corp"
                459200101,US4592001014,IBM,IBM
                459200101,US4592001014,IBM.N,IBM on NYSE
                """, StandardCharsets.UTF_8);
        return csv;
    }

    private static final String[] LOG = {
        message("35=D|34=1|55=AAPL|48=037833100|22=1|"),            // ok by CUSIP
        message("35=D|34=2|55=APPL|48=037833100|22=1|"),            // SYMBOL_MISMATCH
        message("35=D|34=3|55=ZZZ|48=000000000|22=1|"),             // UNKNOWN_SECURITY
        message("35=D|34=4|55=MSFT|48=US5949181045|22=4|"),         // ok by ISIN
        message("35=D|34=5|48=US0000000000|22=4|"),                 // UNKNOWN_SECURITY
        message("35=D|34=6|55=NOPE|"),                              // UNKNOWN_SYMBOL
        message("35=D|34=7|55=IBM|"),                               // ok by symbol
        message("35=D|34=8|55=GONE|48=B0YBKJ7|22=2|"),              // SEDOL: by symbol, UNKNOWN_SYMBOL
        message("35=0|34=9|"),                                      // not checked
        message("35=V|34=10|262=1|146=1|55=NOPE|48=X|22=1|"),       // group only: not checked
        "8=FIX.4.4" + SOH + "9=5" + SOH + "35=D" + SOH + "10=000" + SOH, // malformed
        message("35=D|34=12|55=IBM.N|48=459200101|22=1|"),          // duplicate CUSIP, second symbol: ok
        message("35=D|34=13|48=459200101|22=1|"),                   // found, no 55: ok
        message("35=8|34=14|453=1|448=P|447=D|452=1|55=MSFT|48=594918104|22=1|"), // ok after parties
        message("35=D|34=15|55=AAPL|48=594918104|22=1|"),           // SYMBOL_MISMATCH (master MSFT)
    };

    private Path log() throws IOException {
        Path log = dir.resolve("orders.log");
        StringBuilder sb = new StringBuilder();
        for (String m : LOG) {
            sb.append("20240102-09:30:00.000 -> ").append(m).append('\n');
        }
        Files.writeString(log, sb.toString(), StandardCharsets.ISO_8859_1);
        return log;
    }

    @Test
    void appliesTheRulesWithTheRealIndex() throws IOException {
        Path csv = master();
        Path logFile = log();
        try (var opened = Indexer.openOrBuild(csv, Indexer.defaultPath(csv), IndexOptions.defaults()).index();
                MappedFile log = MappedFile.open(logFile)) {
            Reconciler reconciler = new Reconciler(new IndexedMaster(opened));
            List<String> rows = new ArrayList<>();
            ReconcileListener listener = new ReconcileListener() {
                @Override
                public void discrepancy(Discrepancy d) {
                    rows.add(d.line() + " " + d.msgSeqNum() + " " + d.type() + " " + d.fixSymbol() + "/" + d.masterSymbol());
                }

                @Override
                public void malformed(MalformedMessage m, long line) {
                    rows.add(line + " malformed " + m.reason());
                }
            };
            ReconcileResult result = reconciler.reconcile(log.segment(), ScanOptions.serial(), listener);
            assertThat(result.messages()).isEqualTo(14);
            assertThat(result.malformed()).isEqualTo(1);
            assertThat(result.checked()).isEqualTo(12);
            // the MarketDataRequest names its instrument in a NoRelatedSym entry only: not checked, and counted as such
            assertThat(result.inGroupsOnly()).isEqualTo(1);
            assertThat(result.firstInGroupsOnly().msgType()).isEqualTo("V");
            assertThat(result.firstInGroupsOnly().line()).isEqualTo(10);
            assertThat(result.firstInGroupsOnly().offset()).isEqualTo(indexOfLine(logFile, 10) + "20240102-09:30:00.000 -> ".length());
            // the heartbeat names no instrument; the SEDOL's order is checked by its 55 alone: both counted
            assertThat(result.noInstrument()).isEqualTo(1);
            assertThat(result.otherIds()).isEqualTo(1);
            assertThat(result.otherIdsUnchecked()).isZero();
            assertThat(result.firstOtherId()).isEqualTo(new OtherIdMessage(indexOfLine(logFile, 8)
                    + "20240102-09:30:00.000 -> ".length(), 8, "D", "2"));
            assertThat(result.checked() + result.notChecked()).isEqualTo(result.messages());
            assertThat(result.discrepancies()).isEqualTo(Map.of(DiscrepancyType.SYMBOL_MISMATCH, 2L,
                    DiscrepancyType.UNKNOWN_SECURITY, 2L, DiscrepancyType.UNKNOWN_SYMBOL, 2L));
            assertThat(rows).containsExactly(
                    "2 2 SYMBOL_MISMATCH APPL/AAPL",
                    "3 3 UNKNOWN_SECURITY ZZZ/null",
                    "5 5 UNKNOWN_SECURITY null/null",
                    "6 6 UNKNOWN_SYMBOL NOPE/null",
                    "8 8 UNKNOWN_SYMBOL GONE/null",
                    "11 malformed CHECKSUM_MISMATCH",
                    "15 15 SYMBOL_MISMATCH AAPL/MSFT");

            // every chunking and worker count gives the same rows and counts
            for (int chunk = 1; chunk < log.size(); chunk += 13) {
                List<String> again = new ArrayList<>(rows);
                rows.clear();
                ReconcileResult parallel = reconciler.reconcile(log.segment(), new ScanOptions(2, chunk, true, null), listener);
                assertThat(rows).as("chunk %d", chunk).isEqualTo(again);
                assertThat(parallel.discrepancies()).isEqualTo(result.discrepancies());
                assertThat(parallel.checked()).isEqualTo(result.checked());
                assertThat(parallel.inGroupsOnly()).isEqualTo(1);
                assertThat(parallel.firstInGroupsOnly()).as("chunk %d", chunk).isEqualTo(result.firstInGroupsOnly());
                assertThat(parallel.notChecked()).isEqualTo(result.notChecked());
                assertThat(parallel.firstOtherId()).as("chunk %d", chunk).isEqualTo(result.firstOtherId());
            }
            assertThat(result.cacheHits() + result.cacheMisses()).isEqualTo(12);
        }
    }

    /** @return the offset of a line's first byte (lines from 1) */
    private static int indexOfLine(Path file, int line) throws IOException {
        String text = Files.readString(file, StandardCharsets.ISO_8859_1);
        int at = 0;
        for (int i = 1; i < line; i++) {
            at = text.indexOf('\n', at) + 1;
        }
        return at;
    }

    @Test
    void judgesLongAndManySymbolsTheSameFromTheMasterAndFromTheCache() throws IOException {
        Path csv = dir.resolve("long.csv");
        Files.writeString(csv, """
                cusip,isin,symbol
                037833100,US0378331005,AAPL-EXCHANGE-LISTED
                459200101,US4592001014,IBM
                459200101,US4592001014,IBM.N
                594918104,US5949181045,ÄBCDEFGHIJKLMNO
                """, StandardCharsets.UTF_8);
        String[] bodies = {
            "35=D|55=AAPL-EXCHANGE-LISTED|48=037833100|22=1|",   // 20 bytes: kept as an array
            "35=D|55=AAPL-EXCHANGE-LISTEX|48=037833100|22=1|",   // SYMBOL_MISMATCH on the last byte
            "35=D|55=IBM.N|48=US4592001014|22=4|",               // two symbols
            "35=D|55=IBM.X|48=US4592001014|22=4|",               // SYMBOL_MISMATCH
            "35=D|55=ÄBCDEFGHIJKLMNO|48=594918104|22=1|",        // 16 bytes of UTF-8: kept in words
            "35=D|55=ÄBCDEFGHIJKLMNP|48=594918104|22=1|",        // SYMBOL_MISMATCH in the second word
        };
        StringBuilder sb = new StringBuilder();
        // the first batch asks the master, the later ones find every key in the cache
        int rounds = 3 * MessageChecker.BATCH / bodies.length + 1;
        for (int round = 0; round < rounds; round++) {
            for (String b : bodies) {
                sb.append(message(latin1(b))); // lengths and checksums over the UTF-8 bytes
            }
        }
        Path logFile = dir.resolve("long.log");
        Files.writeString(logFile, sb, StandardCharsets.ISO_8859_1); // no newline: the last symbol ends near the end
        try (var opened = Indexer.openOrBuild(csv, Indexer.defaultPath(csv), IndexOptions.defaults()).index();
                MappedFile log = MappedFile.open(logFile)) {
            List<String> rows = new ArrayList<>();
            ReconcileResult r = new Reconciler(new IndexedMaster(opened)).reconcile(log.segment(), ScanOptions.serial(),
                    new ReconcileListener() {
                        @Override
                        public void discrepancy(Discrepancy d) {
                            rows.add(d.type() + " " + d.fixSymbol() + "/" + d.masterSymbol());
                        }

                        @Override
                        public void malformed(MalformedMessage m, long line) {
                            rows.add("malformed " + m.reason());
                        }
                    });
            int messages = rounds * bodies.length;
            assertThat(r.messages()).isEqualTo(messages);
            assertThat(r.discrepancies()).containsEntry(DiscrepancyType.SYMBOL_MISMATCH, 3L * rounds);
            assertThat(r.cacheHits()).isEqualTo(messages - MessageChecker.BATCH);
            List<String> round = List.of(
                    "SYMBOL_MISMATCH AAPL-EXCHANGE-LISTEX/AAPL-EXCHANGE-LISTED",
                    "SYMBOL_MISMATCH IBM.X/IBM|IBM.N", // every symbol of the duplicated id
                    "SYMBOL_MISMATCH ÄBCDEFGHIJKLMNP/ÄBCDEFGHIJKLMNO"); // the log's UTF-8 read as UTF-8, as the master's
            List<String> expected = new ArrayList<>();
            for (int i = 0; i < rounds; i++) {
                expected.addAll(round);
            }
            assertThat(rows).isEqualTo(expected);
        }
    }

    /** The UTF-8 bytes of a text, one char each: how {@code message} counts lengths and checksums. */
    private static String latin1(String utf8) {
        return new String(utf8.getBytes(StandardCharsets.UTF_8), StandardCharsets.ISO_8859_1);
    }

    /** Rows without their positions: what must not change when messages move or wrap. */
    private static List<String> verdicts(Path csv, Path logFile, ScanOptions options) throws IOException {
        List<String> rows = new ArrayList<>();
        try (var opened = Indexer.openOrBuild(csv, Indexer.defaultPath(csv), IndexOptions.defaults()).index();
                MappedFile log = MappedFile.open(logFile)) {
            ReconcileResult r = new Reconciler(new IndexedMaster(opened)).reconcile(log.segment(), options,
                    new ReconcileListener() {
                        @Override
                        public void discrepancy(Discrepancy d) {
                            rows.add(d.msgSeqNum() + " " + d.msgType() + " " + d.type() + " " + d.securityIdSource() + " "
                                    + d.securityId() + " " + d.fixSymbol() + "/" + d.masterSymbol());
                        }

                        @Override
                        public void malformed(MalformedMessage m, long line) {
                            rows.add("malformed " + m.reason());
                        }
                    });
            rows.add("checked " + r.checked() + " of " + r.messages());
        }
        return rows;
    }

    @Test
    void batchedVerdictsMatchWhetherMessagesAreWrappedOrNot() throws IOException {
        Path csv = master();
        StringBuilder plain = new StringBuilder();
        StringBuilder wrapped = new StringBuilder();
        int count = 5 * MessageChecker.BATCH + 7;
        for (int i = 0; i < count; i++) {
            String body = LOG[i % LOG.length].substring(LOG[i % LOG.length].indexOf("35="));
            String m = message(body.substring(0, body.indexOf("10=")).replace("34=", "34=" + i + "0").replace(SOH, '|'));
            plain.append(m).append('\n');
            // every third message wrapped over two lines inside its body, as some log writers do
            wrapped.append(i % 3 == 0 ? m.substring(0, 20) + "\n" + m.substring(20) : m).append('\n');
        }
        Path a = dir.resolve("plain.log");
        Path b = dir.resolve("wrapped.log");
        Files.writeString(a, plain, StandardCharsets.ISO_8859_1);
        Files.writeString(b, wrapped, StandardCharsets.ISO_8859_1);
        List<String> expected = verdicts(csv, a, ScanOptions.serial());
        assertThat(expected).last().asString().startsWith("checked ").endsWith(" of " + count);
        assertThat(String.join("\n", expected)).contains("SYMBOL_MISMATCH", "UNKNOWN_SECURITY", "UNKNOWN_SYMBOL");
        assertThat(expected).hasSizeGreaterThan(count / 3);
        assertThat(verdicts(csv, b, ScanOptions.serial())).isEqualTo(expected);
        assertThat(verdicts(csv, b, new ScanOptions(2, 512, true, null))).isEqualTo(expected);
    }

    @Test
    void writesTheDiscrepancyAndRejectFiles() throws IOException {
        Path csv = master();
        Path logFile = log();
        Path out = dir.resolve("out.csv");
        Path rejects = dir.resolve("rejects.csv");
        try (var opened = Indexer.openOrBuild(csv, Indexer.defaultPath(csv), IndexOptions.defaults()).index();
                MappedFile log = MappedFile.open(logFile);
                ReconcileCsv writer = new ReconcileCsv(out, rejects)) {
            new Reconciler(new IndexedMaster(opened)).reconcile(log.segment(), ScanOptions.parallel(2).withChunkSize(100), writer);
            assertThat(out).as("not before it is published").doesNotExist();
            writer.publish();
        }
        List<String> lines = Files.readAllLines(out);
        assertThat(lines.get(0)).isEqualTo(ReconcileCsv.DISCREPANCY_HEADER);
        long offset = ("20240102-09:30:00.000 -> " + LOG[0] + "\n").length() + "20240102-09:30:00.000 -> ".length();
        // no 49 nor 56 in these messages: the session columns are empty
        assertThat(lines.get(1)).isEqualTo(offset + ",2,2,D,1,037833100,APPL,AAPL,SYMBOL_MISMATCH,,");
        assertThat(lines).hasSize(7);
        List<String> bad = Files.readAllLines(rejects);
        assertThat(bad).hasSize(2);
        assertThat(bad.get(0)).isEqualTo(ReconcileCsv.REJECT_HEADER);
        assertThat(bad.get(1)).startsWith("11,");

        // a run that fails leaves the files of the last one that succeeded, not a part of its own
        try (ReconcileCsv failing = new ReconcileCsv(out, rejects)) {
            failing.discrepancy(new Discrepancy(1, 1, "1", "D", "1", "037833100", "X", "AAPL", DiscrepancyType.SYMBOL_MISMATCH, null, null));
        }
        assertThat(Files.readAllLines(out)).isEqualTo(lines);
        assertThat(Files.readAllLines(rejects)).isEqualTo(bad);
        try (var files = Files.list(dir)) {
            assertThat(files.map(p -> p.getFileName().toString())).noneMatch(n -> n.endsWith(".tmp"));
        }
    }

    @Test
    void rowsThatWouldBePublishedOverTheLogOrTheMasterAreRefusedBeforeTheScan() throws IOException {
        Path csv = master();
        Path logFile = log();
        byte[] logBytes = Files.readAllBytes(logFile);
        byte[] masterBytes = Files.readAllBytes(csv);
        try (var opened = Indexer.openOrBuild(csv, Indexer.defaultPath(csv), IndexOptions.defaults()).index();
                MappedFile log = MappedFile.open(logFile)) {
            Reconciler reconciler = new Reconciler(new IndexedMaster(opened));
            for (ReconcileCsv writer : List.of(new ReconcileCsv(logFile, null), new ReconcileCsv(null, dir.resolve(".").resolve(logFile.getFileName())),
                    new ReconcileCsv(csv, dir.resolve("rejects.csv")))) {
                try (writer) {
                    assertThatThrownBy(() -> reconciler.reconcile(log, ScanOptions.serial(), writer))
                            .isInstanceOf(IllegalArgumentException.class)
                            .hasMessageContaining("is the input file")
                            .hasMessageContaining("writing it would destroy the input");
                }
            }
        }
        assertThat(Files.readAllBytes(logFile)).isEqualTo(logBytes);
        assertThat(Files.readAllBytes(csv)).isEqualTo(masterBytes);
    }

    @Test
    void discrepanciesWrittenThroughALinkReachItsTargetAndADeviceIsWrittenInPlace() throws IOException {
        Path target = Files.createDirectories(dir.resolve("store")).resolve("found.csv");
        Path link = Files.createSymbolicLink(dir.resolve("found-link.csv"), Path.of("store", "found.csv"));
        try (ReconcileCsv writer = new ReconcileCsv(link, Path.of("/dev/null"))) {
            writer.discrepancy(new Discrepancy(1, 1, "1", "D", "1", "037833100", "X", "AAPL", DiscrepancyType.SYMBOL_MISMATCH, null, null));
            writer.publish();
        }
        assertThat(Files.isSymbolicLink(link)).isTrue();
        assertThat(Files.readAllLines(target)).hasSize(2);
        assertThat(Path.of("/dev/null")).satisfies(p -> assertThat(Files.isRegularFile(p)).isFalse());
    }

    @Test
    void oneFileForBothOutputsIsRefusedAndAMissingDirectoryIsNamed() throws IOException {
        Path same = dir.resolve("same.csv");
        assertThatThrownBy(() -> new ReconcileCsv(same, dir.resolve(".").resolve("same.csv")))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("are the same file: one would overwrite the other");
        assertThat(same).doesNotExist();
        try (ReconcileCsv both = new ReconcileCsv(Path.of("/dev/null"), Path.of("/dev/null"))) {
            both.publish(); // a device is written in place: both outputs may go to /dev/null
        }
        Path missing = dir.resolve("nodir").resolve("x.csv");
        assertThatThrownBy(() -> new ReconcileCsv(missing, null)).isInstanceOf(UncheckedIOException.class)
                .hasMessage("cannot write discrepancies file " + missing + ": no such file or directory");
    }

    @Test
    void countsComeInTheTypesOrder() throws IOException {
        Path csv = master();
        try (var opened = Indexer.openOrBuild(csv, Indexer.defaultPath(csv), IndexOptions.defaults()).index();
                MappedFile log = MappedFile.open(log())) {
            ReconcileResult r = new Reconciler(new IndexedMaster(opened)).reconcile(log.segment(), ScanOptions.serial());
            assertThat(r.discrepancies().keySet()).containsExactly(DiscrepancyType.values());
        }
    }

    @Test
    void paddedKeysOfAFixedWidthExportAreTheKeysWithoutTheirBlanks() throws IOException {
        Path csv = dir.resolve("padded.csv");
        Files.writeString(csv, "cusip,isin,symbol,name\n 037833100 ,US0378331005 ,\" AAPL\t\",Apple\n", StandardCharsets.UTF_8);
        IndexSummary built = Indexer.build(csv, Indexer.defaultPath(csv), IndexOptions.defaults());
        assertThat(built.invalidCusips()).as("the check digit is tested without the padding").isZero();
        assertThat(built.invalidIsins()).isZero();
        try (IndexFile opened = IndexFile.open(Indexer.defaultPath(csv), csv)) {
            assertThat(opened.offsets(KeyKind.CUSIP, "037833100")).containsExactly(23L);
            assertThat(opened.offsets(KeyKind.CUSIP, " 037833100")).containsExactly(23L);
            assertThat(opened.offsets(KeyKind.SYMBOL, "AAPL")).containsExactly(23L);
            assertThat(opened.offsets(KeyKind.ISIN, "US0378331005")).containsExactly(23L);
        }
        ReconcileResult r = reconcileAaplByEachKey(csv);
        assertThat(r.checked()).isEqualTo(3);
        assertThat(r.discrepancies().values()).containsOnly(0L);
    }

    @Test
    void keysQuotedAfterASpaceAreTheKeysWithoutTheirQuotes() throws IOException {
        // QA-17 Q17-1: a space after each comma made every message of this master a false discrepancy
        Path csv = dir.resolve("spaced.csv");
        Files.writeString(csv, "cusip, isin, symbol\n\"037833100\", \"US0378331005\", \"AAPL\"\n", StandardCharsets.UTF_8);
        IndexSummary built = Indexer.build(csv, Indexer.defaultPath(csv), IndexOptions.defaults());
        assertThat(built.invalidIsins()).as("the check digit is tested without the quotes").isZero();
        ReconcileResult r = reconcileAaplByEachKey(csv);
        assertThat(r.checked()).isEqualTo(3);
        assertThat(r.discrepancies().values()).containsOnly(0L);
    }

    /** Reconciles, against an indexed master, AAPL's messages by CUSIP, by ISIN and by symbol alone. */
    private ReconcileResult reconcileAaplByEachKey(Path csv) throws IOException {
        Path log = dir.resolve(csv.getFileName() + ".log");
        Files.writeString(log, message("35=D|34=1|55=AAPL|48=037833100|22=1|") + message("35=D|34=2|55=AAPL|48=US0378331005|22=4|")
                + message("35=D|34=3|55=AAPL|"), StandardCharsets.ISO_8859_1);
        try (IndexFile opened = IndexFile.open(Indexer.defaultPath(csv), csv); MappedFile mapped = MappedFile.open(log)) {
            return new Reconciler(new IndexedMaster(opened)).reconcile(mapped.segment(), ScanOptions.serial());
        }
    }

    /** The 55 a symbol look-up finds, blanks and all, is not a mismatch next to a 48/22 either. */
    @Test
    void aPaddedFixSymbolIsComparedInTheKeysNormalForm() throws IOException {
        Path csv = dir.resolve("plain.csv");
        Files.writeString(csv, "cusip,isin,symbol,name\n037833100,US0378331005,AAPL,Apple\n", StandardCharsets.UTF_8);
        Indexer.build(csv, Indexer.defaultPath(csv), IndexOptions.defaults());
        Path padded = dir.resolve("padded55.log");
        Files.writeString(padded, message("35=D|34=1|55=AAPL |") + message("35=D|34=2|55=AAPL |48=037833100|22=1|")
                + message("35=D|34=3|55=\tAAPL|48=US0378331005|22=4|") + message("35=D|34=4|55= AAPLX |48=037833100|22=1|"),
                StandardCharsets.ISO_8859_1);
        try (IndexFile opened = IndexFile.open(Indexer.defaultPath(csv), csv); MappedFile log = MappedFile.open(padded)) {
            ReconcileResult r = new Reconciler(new IndexedMaster(opened)).reconcile(log.segment(), ScanOptions.serial());
            assertThat(r.checked()).isEqualTo(4);
            assertThat(r.discrepancies()).containsEntry(DiscrepancyType.SYMBOL_MISMATCH, 1L)
                    .containsEntry(DiscrepancyType.UNKNOWN_SECURITY, 0L).containsEntry(DiscrepancyType.UNKNOWN_SYMBOL, 0L);
        }
    }
    /** Rows of a reconcile of {@code messages} against a one-row master (AAPL), as the --out file writes them. */
    private List<String> outRows(String name, String... messages) throws IOException {
        Path csv = dir.resolve(name + ".csv");
        Files.writeString(csv, "cusip,isin,symbol,name\n037833100,US0378331005,AAPL,Apple\n", StandardCharsets.UTF_8);
        Indexer.build(csv, Indexer.defaultPath(csv), IndexOptions.defaults());
        Path logFile = dir.resolve(name + ".log");
        Files.writeString(logFile, String.join("\n", messages) + "\n", StandardCharsets.ISO_8859_1);
        Path out = dir.resolve(name + ".out.csv");
        try (IndexFile opened = IndexFile.open(Indexer.defaultPath(csv), csv); MappedFile log = MappedFile.open(logFile);
                ReconcileCsv rows = new ReconcileCsv(out, null)) {
            Reconciler reconciler = new Reconciler(new IndexedMaster(opened));
            ReconcileResult serial = reconciler.reconcile(log.segment(), ScanOptions.serial(), rows);
            rows.publish();
            for (int chunk = 1; chunk < log.size(); chunk += 29) {
                ReconcileResult parallel = reconciler.reconcile(log.segment(), new ScanOptions(2, chunk, true, null));
                assertThat(parallel.discrepancies()).as("chunk %d", chunk).isEqualTo(serial.discrepancies());
                assertThat(parallel.checked()).isEqualTo(serial.checked());
            }
        }
        List<String> lines = Files.readAllLines(out, StandardCharsets.UTF_8);
        assertThat(lines.getFirst()).isEqualTo(ReconcileCsv.DISCREPANCY_HEADER);
        // from msg_seq_num to type: offset and line do not matter here, and no message has a session (49, 56)
        List<String> rows = lines.subList(1, lines.size());
        assertThat(rows).allSatisfy(l -> assertThat(l).endsWith(",,"));
        return rows.stream().map(l -> l.split(",", 3)[2]).map(l -> l.substring(0, l.length() - 2)).toList();
    }

    /** QA-7 Q7-2: {@code 22= 1} is CUSIP, as {@code 48= 037833100 } is that CUSIP: an unknown 48 behind it is found. */
    @Test
    void aPaddedSecurityIdSourceIsReadInTheKeysNormalForm() throws IOException {
        List<String> rows = outRows("padded22",
                message("35=D|34=1|55=AAPL|48=999999991|22=1|"),
                message("35=D|34=2|55=AAPL|48=999999991|22= 1|"),
                message("35=D|34=3|55=AAPL|48=999999991|22=  1|"),
                message("35=D|34=4|55=AAPL|48=999999991|22=\t1|"),
                message("35=D|34=5|55=AAPL|48=999999991|22=1 |"),
                message("35=D|34=6|55=AAPL|48=999999991|22= 1 |"),
                message("35=D|34=7|55=MSFT|48=US0378331005|22=4\t|"),  // ISIN, padded: found, 55 differs
                message("35=D|34=8|55=AAPL|48=999999991|22=1 2|"),     // not CUSIP: blanks inside are kept
                message("35=D|34=9|55=AAPL|48=999999991|22= |"));      // no source at all: checked by 55
        assertThat(rows).containsExactly(
                "1,D,1,999999991,AAPL,,UNKNOWN_SECURITY",
                "2,D, 1,999999991,AAPL,,UNKNOWN_SECURITY",
                "3,D,  1,999999991,AAPL,,UNKNOWN_SECURITY",
                "4,D,\t1,999999991,AAPL,,UNKNOWN_SECURITY",
                "5,D,1 ,999999991,AAPL,,UNKNOWN_SECURITY",
                "6,D, 1 ,999999991,AAPL,,UNKNOWN_SECURITY",
                "7,D,4\t,US0378331005,MSFT,AAPL,SYMBOL_MISMATCH");
    }

    /** QA-7 Q7-3: a 55 or 48 of blanks is as absent as an empty one, in the look-up and in the rows. */
    @Test
    void aBlankSymbolOrSecurityIdCountsAsAbsent() throws IOException {
        List<String> rows = outRows("blank55",
                message("35=D|34=1|55=|"),
                message("35=D|34=2|55= |"),
                message("35=D|34=3|55=  |"),
                message("35=D|34=4|55=\t|"),
                message("35=D|34=11|55=|48=037833100|22=1|"),
                message("35=D|34=12|55= |48=037833100|22=1|"),
                message("35=D|34=13|55=\t \t|48=037833100|22=1|"),
                message("35=D|34=21|55= |48=999999991|22=8|"),         // no 55: its exchange symbol (22=8) is checked as one
                message("35=D|34=31|55=AAPL|48= |22=1|"),
                message("35=D|34=32|55=AAPL|48=\t|22=1|"),
                message("35=D|34=33|55=NOPE|48= |22=1|"),               // by symbol, since 48 is absent
                message("35=D|34=34|55= |48=999999991|22=1|"));         // unknown, and no symbol to show
        assertThat(rows).containsExactly(
                "21,D,8,999999991,,,UNKNOWN_SYMBOL",
                "33,D,1,,NOPE,,UNKNOWN_SYMBOL",
                "34,D,1,999999991,,,UNKNOWN_SECURITY");
    }

    /** A Windows-1252 master symbol is shown as lookup shows it, never as U+FFFD. */
    @Test
    void aWindows1252MasterSymbolIsReportedAsText() throws IOException {
        Path csv = dir.resolve("cp1252.csv");
        Files.write(csv, "cusip,isin,symbol,name\n037833100,US0378331005,D\u00e9F,Soci\u00e9t\u00e9\n"
                .getBytes(java.nio.charset.Charset.forName("windows-1252")));
        Indexer.build(csv, Indexer.defaultPath(csv), IndexOptions.defaults());
        Path logFile = dir.resolve("cp.log");
        Files.writeString(logFile, message("35=D|34=1|55=XYZ|48=037833100|22=1|"), StandardCharsets.ISO_8859_1);
        try (IndexFile opened = IndexFile.open(Indexer.defaultPath(csv), csv); MappedFile log = MappedFile.open(logFile)) {
            List<String> masters = new ArrayList<>();
            new Reconciler(new IndexedMaster(opened)).reconcile(log.segment(), ScanOptions.serial(), new ReconcileListener() {
                @Override
                public void discrepancy(Discrepancy d) {
                    masters.add(d.masterSymbol());
                }

                @Override
                public void malformed(MalformedMessage m, long line) {
                    masters.add("malformed");
                }
            });
            assertThat(masters).containsExactly("D\u00e9F");
            // and a look-up of the text finds it: its UTF-8 bytes match nothing, its Windows-1252 bytes do
            assertThat(opened.offsets(KeyKind.SYMBOL, "D\u00e9F")).hasSize(1);
            assertThat(opened.offsets(KeyKind.SYMBOL, "D\u00e8F")).isEmpty();
        }
    }

    /** A master joining a UTF-8 export and a Windows-1252 one holds a symbol in both: a look-up of the text finds both. */
    @Test
    void aLookUpOfTextFindsItsUtf8AndItsWindows1252Records() throws IOException {
        Path csv = dir.resolve("mixed.csv");
        java.io.ByteArrayOutputStream bytes = new java.io.ByteArrayOutputStream();
        bytes.writeBytes("symbol,name\nD\u00e9F,first\nXYZ,other\n".getBytes(StandardCharsets.UTF_8));
        bytes.writeBytes("D\u00e9F,second\n".getBytes(java.nio.charset.Charset.forName("windows-1252")));
        bytes.writeBytes("D\u00e9F,third\n".getBytes(StandardCharsets.UTF_8));
        Files.write(csv, bytes.toByteArray());
        Indexer.build(csv, Indexer.defaultPath(csv), IndexOptions.defaults());
        try (IndexFile opened = IndexFile.open(Indexer.defaultPath(csv), csv)) {
            long[] found = opened.offsets(KeyKind.SYMBOL, "D\u00e9F");
            assertThat(found).hasSize(3).isSorted();
            assertThat(java.util.Arrays.stream(found).mapToObj(o -> opened.record(o).get(1)))
                    .as("every listing, in file order").containsExactly("first", "second", "third");
            assertThat(opened.offsets(KeyKind.SYMBOL, "XYZ")).hasSize(1);
        }
    }

    /**
     * A byte Windows-1252 leaves undefined (0x81, 0x8D, 0x8F, 0x90, 0x9D) reads as the control
     * character of its code: a look-up of the text lookup printed finds the record again.
     */
    @Test
    void aLookUpOfTextFindsBytesWindows1252LeavesUndefined() throws IOException {
        Path csv = dir.resolve("undefined.csv");
        java.io.ByteArrayOutputStream bytes = new java.io.ByteArrayOutputStream();
        bytes.writeBytes("symbol,name\n".getBytes(StandardCharsets.US_ASCII));
        bytes.writeBytes(new byte[] {'A', (byte) 0x81, 'B', ',', 'x', '\n', (byte) 0xE9, (byte) 0x9D, ',', 'y', '\n'});
        Files.write(csv, bytes.toByteArray());
        Indexer.build(csv, Indexer.defaultPath(csv), IndexOptions.defaults());
        try (IndexFile opened = IndexFile.open(Indexer.defaultPath(csv), csv)) {
            long[] first = opened.offsets(KeyKind.SYMBOL, "A\u0081B");
            assertThat(first).hasSize(1);
            assertThat(opened.record(first[0])).containsExactly("A\u0081B", "x");
            long[] second = opened.offsets(KeyKind.SYMBOL, "\u00e9\u009d");
            assertThat(second).hasSize(1);
            assertThat(opened.record(second[0])).containsExactly("\u00e9\u009d", "y");
        }
    }
}
