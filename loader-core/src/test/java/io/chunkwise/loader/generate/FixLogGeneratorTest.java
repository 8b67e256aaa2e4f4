package io.chunkwise.loader.generate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.chunkwise.loader.csv.CsvFormat;
import io.chunkwise.loader.csv.CsvParseException;
import io.chunkwise.loader.fix.ScanOptions;
import io.chunkwise.loader.index.IndexFile;
import io.chunkwise.loader.index.IndexOptions;
import io.chunkwise.loader.index.Indexer;
import io.chunkwise.loader.index.KeyKind;
import io.chunkwise.loader.io.MappedFile;
import io.chunkwise.loader.load.LoadOptions;
import io.chunkwise.loader.recon.DiscrepancyType;
import io.chunkwise.loader.recon.IndexedMaster;
import io.chunkwise.loader.recon.ReconcileResult;
import io.chunkwise.loader.recon.Reconciler;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import quickfix.FieldNotFound;
import quickfix.InvalidMessage;
import quickfix.Message;
import quickfix.MessageUtils;

class FixLogGeneratorTest {
    private static final char SOH = '\u0001';

    @TempDir
    Path dir;

    @Test
    void everyMessageHasCorrectFramingByOurCountAndByQuickFixJ() throws IOException, InvalidMessage, FieldNotFound {
        Path master = master(3_000, 0.01, 0.01);
        Path log = dir.resolve("log.fix");
        FixLogTruth truth = new FixLogGenerator(master, FixLogSpec.of(5_000).withDiscrepancyRate(0.1)).generate(log, d -> { });
        List<String> lines = Files.readAllLines(log, StandardCharsets.UTF_8);
        assertThat(lines).hasSize(5_000);
        assertThat(truth.messages()).isEqualTo(5_000);
        assertThat(truth.bytes()).isEqualTo(Files.size(log));
        Map<String, Integer> types = new HashMap<>();
        for (String line : lines) {
            assertThat(line).startsWith("8=FIX.4.4" + SOH + "9=").endsWith(String.valueOf(SOH));
            int bodyStart = line.indexOf(SOH, 10) + 1;
            int trailer = line.lastIndexOf(SOH + "10=") + 1;
            int declaredLength = Integer.parseInt(line.substring(line.indexOf("9=") + 2, bodyStart - 1));
            int checksum = Integer.parseInt(line.substring(trailer + 3, line.length() - 1));
            byte[] bytes = line.getBytes(StandardCharsets.UTF_8);
            assertThat(declaredLength).isEqualTo(line.substring(bodyStart, trailer).getBytes(StandardCharsets.UTF_8).length);
            int sum = 0;
            for (int i = 0; i < line.substring(0, trailer).getBytes(StandardCharsets.UTF_8).length; i++) {
                sum += bytes[i] & 0xFF;
            }
            assertThat(checksum).isEqualTo(sum % 256);
            assertThat(line.substring(trailer + 3, line.length() - 1)).hasSize(3);

            // QuickFIX/J as the independent oracle: validating parse, its body length and checksum
            Message m = new Message(line, true);
            assertThat(m.bodyLength()).as(line).isEqualTo(declaredLength);
            assertThat(MessageUtils.checksum(line)).as(line).isEqualTo(checksum);
            assertThat(m.getHeader().getString(35)).isIn("A", "0", "D", "8", "F");
            types.merge(m.getHeader().getString(35), 1, Integer::sum);
        }
        assertThat(types.keySet()).containsExactlyInAnyOrder("A", "0", "D", "8", "F");
        assertThat(lines.stream().filter(l -> l.contains(SOH + "22=1" + SOH))).isNotEmpty();
        assertThat(lines.stream().filter(l -> l.contains(SOH + "22=4" + SOH))).isNotEmpty();
        assertThat(lines.stream().filter(l -> l.contains(SOH + "55=") && !l.contains(SOH + "48="))).isNotEmpty();
    }

    @Test
    void truthMatchesTheReconcilerOnAGeneratedMasterWithDuplicatesAndBadCheckDigits() throws IOException {
        Path master = master(4_000, 0.05, 0.05);
        Path log = dir.resolve("recon.fix");
        FixLogTruth truth = new FixLogGenerator(master, FixLogSpec.of(20_000).withDiscrepancyRate(0.2).withSeed(3))
                .generate(log, d -> { });
        assertThat(truth.symbolMismatch()).isPositive();
        assertThat(truth.unknownSecurity()).isPositive();
        assertThat(truth.unknownSymbol()).isPositive();
        assertThat(truth.discrepancies()).isBetween(2_000L, 4_500L);
        assertMatchesReconciler(master, log, truth);
        assertMatchesExpectedJson(log, truth);
    }

    @Test
    void truthMatchesTheReconcilerOnAHostileHandWrittenMaster() throws IOException {
        // duplicate ids with different symbols (ambiguous: never referenced), shared symbols,
        // quoted values, an empty symbol, a record with a wrong field count, a bad check digit,
        // "ticker" as the symbol column, key columns out of order.
        Path master = dir.resolve("hostile.csv");
        Files.writeString(master, """
                name,ticker,isin,extra,cusip
                Apple,AAPL,US0378331005,x,037833100
                Apple dup,AAPL,US0378331005,x,037833100
                Alphabet A,GOOGL,US02079K3059,x,02079K305
                Alphabet clash,GOOG,US02079K3059,x,02079K305
                "Microsoft, Corp",MSFT,US5949181045,"a ""b\""",594918104
                Cisco,CSCO,US17275R1023,y,17275R102
                Cisco XLON,CSCO,GB0000000000,y,17275R110
                Nameless,,US4592001014,z,459200101
                bad row,IBM,US4592001014
                Bad check,BADC,US0378331006,q,037833109
                "Line
                Break",LB,US9999999999,q,999999999
                """);
        Path log = dir.resolve("hostile.fix");
        FixLogTruth truth = new FixLogGenerator(master, FixLogSpec.of(3_000).withDiscrepancyRate(0.3)).generate(log, d -> { });
        assertMatchesReconciler(master, log, truth);
        String text = Files.readString(log);
        assertThat(text).doesNotContain("48=02079K305").doesNotContain("48=US02079K3059")   // ambiguous
                .doesNotContain("48=459200101");                                         // empty symbol
        assertThat(text).contains("48=037833100" + SOH).contains("55=MSFT" + SOH);
    }

    @Test
    void anIdSpelledSeveralWaysIsOneIdWhoseSymbolsAreAllKnown() throws IOException {
        // one CUSIP and ISIN in three spellings (case, padding, Excel's ="…"), each with its own
        // symbol: reconcile reads them as one id of three symbols, so none may be planted as a mismatch
        Path master = dir.resolve("spellings.csv");
        Files.writeString(master, """
                symbol,cusip,isin
                GOOG,38259p508,us38259p5089
                SP, 38259P508 ,"  US38259P5089"
                XL,="38259p508",="US38259P5089"
                MSFT,594918104,US5949181045
                AAPL,037833100,US0378331005
                """);
        Path log = dir.resolve("spellings.fix");
        FixLogTruth truth = new FixLogGenerator(master, FixLogSpec.of(2_000).withDiscrepancyRate(0.4)).generate(log, d -> { });
        assertMatchesReconciler(master, log, truth);
        assertThat(Files.readString(log)).doesNotContain("38259");   // ambiguous in every spelling
    }

    @Test
    void aSymbolOfOnlyBlanksIsNoSymbolAndPaddedOnesAreOne() throws IOException {
        // reconcile reads `55=   ` as no symbol and ` AAPL`, `AAPL ` as AAPL: the truth must too
        Path master = dir.resolve("blanks.csv");
        Files.writeString(master, """
                symbol,cusip,isin
                   ,037833100,US0378331005
                 ="" ,02079K305,US02079K3059
                GOOG,38259P508,US38259P5089
                AAPL ,17275R102,US17275R1023
                 AAPL,459200101,US4592001014
                """);
        Path log = dir.resolve("blanks.fix");
        FixLogTruth truth = new FixLogGenerator(master, FixLogSpec.of(2_000).withDiscrepancyRate(0.4)).generate(log, d -> { });
        assertMatchesReconciler(master, log, truth);
    }

    @Test
    void sameSeedSameBytesWhateverTheWorkers() throws IOException {
        Path master = master(2_000, 0.02, 0);
        Path a = dir.resolve("a.fix");
        Path b = dir.resolve("b.fix");
        FixLogTruth ta = new FixLogGenerator(master, FixLogSpec.of(7_000).withWorkers(1)).generate(a, d -> { });
        FixLogTruth tb = new FixLogGenerator(master, FixLogSpec.of(7_000).withWorkers(3).withBlockMessages(17))
                .generate(b, d -> { });
        assertThat(Files.readAllBytes(a)).isEqualTo(Files.readAllBytes(b));
        assertThat(ta.checked()).isEqualTo(tb.checked());
        assertThat(ta.discrepancies()).isEqualTo(tb.discrepancies());
        Path c = dir.resolve("c.fix");
        new FixLogGenerator(master, FixLogSpec.of(7_000).withSeed(99)).generate(c, d -> { });
        assertThat(Files.readAllBytes(c)).isNotEqualTo(Files.readAllBytes(a));
    }

    @Test
    void aSizedLogHoldsWholeMessagesUpToItsSizeWhateverTheWorkers() throws IOException {
        Path master = master(2_000, 0.02, 0);
        Path a = dir.resolve("a.fix");
        Path b = dir.resolve("b.fix");
        FixLogTruth ta = new FixLogGenerator(master, FixLogSpec.ofSize(300_000).withWorkers(1)).generate(a, d -> { });
        FixLogTruth tb = new FixLogGenerator(master, FixLogSpec.ofSize(300_000).withWorkers(3).withBlockMessages(17))
                .generate(b, d -> { });
        assertThat(Files.readAllBytes(a)).isEqualTo(Files.readAllBytes(b));
        assertThat(Files.size(a)).isEqualTo(ta.bytes()).isLessThanOrEqualTo(300_000).isGreaterThan(300_000 - 400);
        assertThat(Files.readAllLines(a, StandardCharsets.ISO_8859_1)).hasSize((int) ta.messages());
        assertThat(ta.checked()).isEqualTo(tb.checked());
        assertThat(ta.discrepancies()).isEqualTo(tb.discrepancies());
        // the same messages as a count would write: the size only says where to stop
        Path c = dir.resolve("c.fix");
        new FixLogGenerator(master, FixLogSpec.of(ta.messages())).generate(c, d -> { });
        assertThat(Files.readAllBytes(c)).isEqualTo(Files.readAllBytes(a));
    }

    @Test
    void zeroRateMeansNoDiscrepancies() throws IOException {
        Path master = master(1_000, 0, 0);
        Path log = dir.resolve("clean.fix");
        FixLogTruth truth = new FixLogGenerator(master, FixLogSpec.of(2_000).withDiscrepancyRate(0)).generate(log, d -> { });
        assertThat(truth.discrepancies()).isZero();
        assertThat(truth.checked()).isBetween(1_500L, 1_950L);
        assertMatchesReconciler(master, log, truth);
    }

    @Test
    void aLogOrTruthFileAtTheMastersPathIsRefusedAndTheMasterKept() throws IOException {
        Path master = master(100, 0, 0);
        String before = Files.readString(master);
        assertThatThrownBy(() -> new FixLogGenerator(master, FixLogSpec.of(10)).generate(master, d -> { }))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("log " + master + " is the input file " + master + ": writing it would destroy the input; choose another path");
        // a log whose truth file (LOG.expected.json) would be the master
        Path truthNamed = Files.copy(master, dir.resolve("orders.fix" + FixLogGenerator.EXPECTED_SUFFIX));
        assertThatThrownBy(() -> new FixLogGenerator(truthNamed, FixLogSpec.of(10)).generate(dir.resolve("orders.fix"), d -> { }))
                .isInstanceOf(IllegalArgumentException.class).hasMessageStartingWith("truth file " + truthNamed + " is the input file");
        assertThat(master).hasContent(before);
        assertThat(truthNamed).hasContent(before);
        assertThat(dir.resolve("orders.fix")).doesNotExist();
    }

    @Test
    void mastersWithoutSymbolsOrRowsAreRefused() throws IOException {
        Path noSymbol = dir.resolve("nosymbol.csv");
        Files.writeString(noSymbol, "cusip,isin\n037833100,US0378331005\n");
        assertThatThrownBy(() -> new FixLogGenerator(noSymbol, FixLogSpec.of(10)).generate(dir.resolve("x.fix"), d -> { }))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("no symbol column");
        Path empty = dir.resolve("empty.csv");
        Files.writeString(empty, "cusip,isin,symbol\n");
        // a header alone: named at the line and byte where the records would start, as the loaders name it
        assertThatThrownBy(() -> new FixLogGenerator(empty, FixLogSpec.of(10)).generate(dir.resolve("y.fix"), d -> { }))
                .isInstanceOf(CsvParseException.class)
                .hasMessage(empty + ":2 (byte 18): no data records after the header row");
        Path blankSymbols = dir.resolve("blank.csv");
        Files.writeString(blankSymbols, "cusip,isin,symbol\n037833100,US0378331005,\n");
        assertThatThrownBy(() -> new FixLogGenerator(blankSymbols, FixLogSpec.of(10)).generate(dir.resolve("z.fix"), d -> { }))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("no record with a usable symbol (1 records)");
        assertThatThrownBy(() -> FixLogSpec.of(-1)).hasMessageContaining("negative");
        assertThatThrownBy(() -> FixLogSpec.of(1).withDiscrepancyRate(1.5)).hasMessageContaining("discrepancy rate");
    }

    @Test
    void anExchangeFileWithItsOwnColumnNamesAndTrailerGivesTheTruthReconcileFinds() throws IOException {
        // NASDAQ Trader's otherlisted.txt: '|', symbol in "ACT Symbol", a "File Creation Time" trailer row
        Path master = dir.resolve("otherlisted.txt");
        try (InputStream in = getClass().getResourceAsStream("/symbols/otherlisted.txt")) {
            Files.copy(in, master);
        }
        CsvFormat pipe = CsvFormat.RFC4180.withDelimiter('|');
        Map<KeyKind, String> columns = Map.of(KeyKind.SYMBOL, "ACT Symbol");
        Path log = dir.resolve("other.fix");
        FixLogTruth truth = new FixLogGenerator(master, pipe, columns, FixLogSpec.of(5_000).withDiscrepancyRate(0.1))
                .generate(log, d -> { });
        assertThat(truth.unknownSymbol()).isPositive();
        assertMatchesExpectedJson(log, truth);
        assertMatchesReconciler(master, log, truth, IndexOptions.defaults().withColumns(columns)
                .withLoad(LoadOptions.defaults().withFormat(pipe)));

        assertThatThrownBy(() -> new FixLogGenerator(master, pipe, FixLogSpec.of(10)).generate(dir.resolve("x.fix"), d -> { }))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("no symbol column")
                .hasMessageContaining("ACT Symbol").hasMessageEndingWith("name the symbol column explicitly");
        assertThatThrownBy(() -> new FixLogGenerator(master, pipe, Map.of(KeyKind.SYMBOL, "Ticker Symbol"), FixLogSpec.of(10))
                .generate(dir.resolve("x.fix"), d -> { }))
                .isInstanceOf(CsvParseException.class).hasMessageContaining("no column named 'Ticker Symbol' for symbol");
    }

    @Test
    void everyKeyColumnCanBeNamed() throws IOException {
        Path generated = master(2_000, 0.01, 0.0);
        Path master = dir.resolve("renamed.txt");
        List<String> rows = new ArrayList<>(List.of("CUSIP Number|ISIN Code|Ticker Symbol"));
        for (String line : Files.readAllLines(generated).subList(1, 2_001)) {
            String[] f = line.split(",", 4);
            rows.add(f[0] + "|" + f[1] + "|" + f[2]);
        }
        rows.add("File Creation Time: 0815201621:32|");
        Files.write(master, rows);
        CsvFormat pipe = CsvFormat.RFC4180.withDelimiter('|');
        Map<KeyKind, String> columns = Map.of(KeyKind.CUSIP, "cusip number", KeyKind.ISIN, "ISIN Code",
                KeyKind.SYMBOL, "Ticker Symbol");
        Path log = dir.resolve("renamed.fix");
        FixLogTruth truth = new FixLogGenerator(master, pipe, columns, FixLogSpec.of(8_000).withDiscrepancyRate(0.1))
                .generate(log, d -> { });
        assertThat(truth.symbolMismatch()).isPositive();
        assertThat(truth.unknownSecurity()).isPositive();
        assertMatchesReconciler(master, log, truth, IndexOptions.defaults().withColumns(columns)
                .withLoad(LoadOptions.defaults().withFormat(pipe)));
    }

    private Path master(int rows, double duplicates, double invalid) {
        Path file = dir.resolve("master-" + rows + "-" + duplicates + "-" + invalid + ".csv");
        new SecMasterGenerator(SecMasterSpec.ofRows(rows).withSeed(rows).withDuplicateRate(duplicates)
                .withInvalidCheckDigitRate(invalid).withSharedSymbolRate(0.2)).generate(file, d -> { });
        return file;
    }

    private void assertMatchesReconciler(Path master, Path log, FixLogTruth truth) {
        assertMatchesReconciler(master, log, truth, IndexOptions.defaults());
    }

    private void assertMatchesReconciler(Path master, Path log, FixLogTruth truth, IndexOptions indexOptions) {
        Path indexPath = dir.resolve(master.getFileName() + ".cwx");
        Indexer.Opened opened = Indexer.openOrBuild(master, indexPath, indexOptions);
        try (IndexFile index = opened.index(); MappedFile mapped = MappedFile.open(log)) {
            for (ScanOptions options : List.of(ScanOptions.serial(), ScanOptions.parallel(3).withChunkSize(4096))) {
                ReconcileResult r = new Reconciler(new IndexedMaster(index)).reconcile(mapped.segment(), options);
                assertThat(r.messages()).isEqualTo(truth.messages());
                assertThat(r.malformed()).isEqualTo(truth.malformed());
                assertThat(r.checked()).isEqualTo(truth.checked());
                assertThat(r.discrepancies()).isEqualTo(Map.of(
                        DiscrepancyType.SYMBOL_MISMATCH, truth.symbolMismatch(),
                        DiscrepancyType.UNKNOWN_SECURITY, truth.unknownSecurity(),
                        DiscrepancyType.UNKNOWN_SYMBOL, truth.unknownSymbol()));
            }
        }
    }

    private static void assertMatchesExpectedJson(Path log, FixLogTruth truth) throws IOException {
        String json = Files.readString(FixLogGenerator.expectedFile(log));
        assertThat(FixLogGenerator.expectedFile(log).getFileName().toString()).isEqualTo(log.getFileName() + ".expected.json");
        assertThat(number(json, "messages")).isEqualTo(truth.messages());
        assertThat(number(json, "checked")).isEqualTo(truth.checked());
        assertThat(number(json, "malformed")).isZero();
        assertThat(number(json, "SYMBOL_MISMATCH")).isEqualTo(truth.symbolMismatch());
        assertThat(number(json, "UNKNOWN_SECURITY")).isEqualTo(truth.unknownSecurity());
        assertThat(number(json, "UNKNOWN_SYMBOL")).isEqualTo(truth.unknownSymbol());
    }

    private static long number(String json, String key) {
        Matcher m = Pattern.compile("\"" + key + "\" : (\\d+)").matcher(json);
        assertThat(m.find()).as(key).isTrue();
        return Long.parseLong(m.group(1));
    }
}
