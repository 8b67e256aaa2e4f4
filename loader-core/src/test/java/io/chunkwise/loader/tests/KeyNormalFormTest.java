package io.chunkwise.loader.tests;

import static org.assertj.core.api.Assertions.assertThat;

import io.chunkwise.loader.csv.KeyHash;
import io.chunkwise.loader.csv.KeyTrim;
import io.chunkwise.loader.id.Cusip;
import io.chunkwise.loader.index.IndexFile;
import io.chunkwise.loader.index.IndexOptions;
import io.chunkwise.loader.index.IndexSummary;
import io.chunkwise.loader.index.Indexer;
import io.chunkwise.loader.index.KeyKind;
import io.chunkwise.loader.load.LoadOptions;
import io.chunkwise.loader.load.LoaderStrategy;
import java.lang.foreign.MemorySegment;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A key's normal form, indexed and looked up alike: no trailing CR ({@code \r\r\n}, a lone CR at
 * the end), no Excel {@code ="…"}, CUSIPs and ISINs in any case; symbols keep their case.
 */
class KeyNormalFormTest {
    @TempDir
    Path dir;

    @Test
    void upperCaseOfAWordIsEachBytesAsciiUpperCase() {
        for (int b = 0; b < 256; b++) {
            for (int at = 0; at < 8; at++) {
                long word = 0x3132_3334_3536_3738L ^ ((long) (b ^ (0x31 + 7 - at)) << (8 * at)); // other bytes: digits
                long expected = 0;
                for (int i = 0; i < 8; i++) {
                    expected |= (KeyHash.upperCase((byte) (word >>> (8 * i))) & 0xFFL) << (8 * i);
                }
                assertThat(KeyHash.upperCase(word)).as("byte %02x at %d", b, at).isEqualTo(expected);
            }
        }
        assertThat(KeyHash.upperCase((byte) 'a')).isEqualTo((byte) 'A');
        assertThat(KeyHash.upperCase((byte) '{')).isEqualTo((byte) '{');
        assertThat(KeyHash.upperCase((byte) 0xE1)).isEqualTo((byte) 0xE1);
    }

    @Test
    void theUpperCaseHashIsTheHashOfTheUpperCase() {
        for (String key : new String[] {"", "a", "38259p508", "us0378331005", "a-long-key-of-lower-case-letters", "MiXeD 12 çase"}) {
            byte[] bytes = key.getBytes(StandardCharsets.UTF_8);
            byte[] upper = key.toUpperCase(Locale.ROOT).getBytes(StandardCharsets.UTF_8);
            if (upper.length == bytes.length && key.chars().allMatch(c -> c < 128)) {
                assertThat(KeyHash.of(MemorySegment.ofArray(bytes), 0, bytes.length, true)).as(key).isEqualTo(KeyHash.of(upper));
            }
        }
    }

    @Test
    void excelTextBlanksAndATrailingCrAreNotPartOfAKey() {
        for (String[] c : new String[][] {{"=\"037833100\"", "037833100"}, {" =\"0700\" ", "0700"}, {"AAPL\r", "AAPL"},
                {"AAPL \r", "AAPL"}, {"=\"\"", ""}, {"=\"x", "=\"x"}, {"a=\"b\"", "a=\"b\""}, {"\rX", "\rX"}}) {
            byte[] v = c[0].getBytes(StandardCharsets.UTF_8);
            assertThat(new String(KeyTrim.of(v), StandardCharsets.UTF_8)).as(c[0]).isEqualTo(c[1]);
        }
    }

    @Test
    void aLeadingByteOrderMarkIsNotPartOfAKeyAndOnePassFindsBothEnds() {
        String[][] cases = {{"\uFEFF037833100", "037833100"}, {"\uFEFF =\"0700\" ", "0700"}, {"\uFEFF", ""},
                {"\uFEFF\uFEFFX", "\uFEFFX"}, {"\uFEFF\"037833100\"", "037833100"}, {"\uFEFF \" =\"0700\" \" ", "0700"},
                {"\uFEFF\"\"", ""}, {"\uFEFF\"", "\""}, {"\"037833100\"", "\"037833100\""}, {"\uFEFF\"\uFEFF\"X\"\"", "\uFEFF\"X\""}, {"A\uFEFF", "A\uFEFF"}, {" \uFEFFX", "\uFEFFX"}, {"=\"037833100\"", "037833100"},
                {" =\"0700\" ", "0700"}, {"AAPL \r", "AAPL"}, {"=\"\"", ""}, {"=\"x", "=\"x"}, {"\rX", "\rX"}, {"", ""}, {"  ", ""}};
        assertTrimsInOnePassAsTheRuleDoes(cases);
        byte[] cut = {(byte) 0xEF, (byte) 0xBB};
        assertThat(KeyTrim.of(cut)).as("two bytes of a mark are not one").isEqualTo(cut);
    }

    @Test
    void theQuotesABlankKeptFromBeingReadAreNotPartOfAKey() {
        // QA-17 Q17-1: `AAPL, "037833100"` (a space after each delimiter) is the value ` "037833100"`
        String[][] cases = {{" \"037833100\"", "037833100"}, {"\t\"AAPL\" \r", "AAPL"}, {" \" =\"0700\" \"", "0700"},
                {" \"\"", ""}, {" \"", "\""}, {" \"x", "\"x"}, {"\"037833100\"", "\"037833100\""}, {" a\"b\"", "a\"b\""},
                {" \"\"X\"\"", "\"X\""}};
        assertTrimsInOnePassAsTheRuleDoes(cases);
        assertThat(KeyKind.CUSIP.normalForm(" \"037833100\"")).isEqualTo("037833100");
    }

    @Test
    void aKeyQuotedAfterABlankIsIndexedAndFoundByEveryStrategy() throws Exception {
        Path file = dir.resolve("spaced.csv");
        String header = "symbol, cusip\n";
        String aapl = "AAPL, \"037833100\"\n";
        Files.writeString(file, header + aapl + " \"MSFT\" , \"594918104\" \n");
        for (LoaderStrategy s : LoaderStrategy.values()) {
            Path idx = dir.resolve("spaced-" + s + ".cwx");
            IndexSummary summary = Indexer.build(file, idx, IndexOptions.defaults().withStrategy(s)
                    .withLoad(LoadOptions.defaults().withChunkSize(5).withWorkers(2)));
            assertThat(summary.invalidCusips()).as(s + ": the check digits of the keys without their quotes").isZero();
            try (IndexFile index = IndexFile.open(idx, file)) {
                assertThat(index.offsets(KeyKind.CUSIP, "037833100")).as(s.toString()).containsExactly((long) header.length());
                assertThat(index.offsets(KeyKind.SYMBOL, "MSFT")).as(s.toString())
                        .containsExactly((long) (header.length() + aapl.length()));
                assertThat(index.offsets(KeyKind.CUSIP, "594918104")).as(s.toString()).hasSize(1);
            }
        }
    }

    @Test
    void noBreakSpacesAroundAKeyAreNotPartOfIt() {
        // QA: a spreadsheet's "037833100\u00A0" was indexed with its no-break space: an invalid CUSIP
        // that no look-up found, named as "CUSIP 037833100 " with the space invisible
        String[][] cases = {{"037833100\u00A0", "037833100"}, {"\u00A0\u00A0AAPL \u00A0", "AAPL"},
                {"\u00A0\"037833100\"", "037833100"}, {"\u00A0=\"0700\"\u00A0", "0700"}, {"\u00A0", ""},
                {"A\u00A0B", "A\u00A0B"}, {"voil\u00E0", "voil\u00E0"}, {"\u20A0", "\u20A0"}, {"\u00E0\u00A0", "\u00E0"}};
        assertTrimsInOnePassAsTheRuleDoes(cases);
        // Windows-1252: the byte A0 alone is a no-break space; ending a UTF-8 character (C3 A0, à) it is not
        byte[] latin = {(byte) 0xA0, 'T', 'T', 'E', (byte) 0xA0};
        assertThat(KeyTrim.of(latin)).isEqualTo(new byte[] {'T', 'T', 'E'});
        byte[] cut = {'X', (byte) 0xE2, (byte) 0xA0};
        assertThat(KeyTrim.of(cut)).as("an A0 that ends no whole UTF-8 character").isEqualTo(new byte[] {'X', (byte) 0xE2});
        assertThat(KeyKind.ISIN.normalForm("\u00A0us0378331005\u00A0")).isEqualTo("US0378331005");
    }

    @Test
    void aKeyPaddedWithNoBreakSpacesIsIndexedCheckedAndFoundByEveryStrategy() throws Exception {
        Path file = dir.resolve("padded.csv");
        String header = "cusip,isin,symbol\n";
        byte[] utf8 = "037833100\u00A0,\u00A0US0378331005,AAPL\u00A0\n".getBytes(StandardCharsets.UTF_8);
        byte[] latin = {'5', '9', '4', '9', '1', '8', '1', '0', '4', (byte) 0xA0, ',', 'U', 'S', '5', '9', '4', '9', '1',
            '8', '1', '0', '4', '5', ',', (byte) 0xA0, 'M', 'S', 'F', 'T', '\n'};
        Files.write(file, concat(header.getBytes(StandardCharsets.US_ASCII), utf8, latin));
        for (LoaderStrategy s : LoaderStrategy.values()) {
            Path idx = dir.resolve("padded-" + s + ".cwx");
            IndexSummary summary = Indexer.build(file, idx, IndexOptions.defaults().withStrategy(s)
                    .withLoad(LoadOptions.defaults().withChunkSize(7).withWorkers(2)));
            assertThat(summary.invalidCusips() + summary.invalidIsins()).as(s + ": check digits of the keys without the spaces")
                    .isZero();
            try (IndexFile index = IndexFile.open(idx, file)) {
                assertThat(index.offsets(KeyKind.CUSIP, "037833100")).as(s.toString()).containsExactly((long) header.length());
                assertThat(index.offsets(KeyKind.ISIN, "US0378331005")).as(s.toString()).containsExactly((long) header.length());
                assertThat(index.offsets(KeyKind.SYMBOL, "AAPL")).as(s.toString()).containsExactly((long) header.length());
                long msft = header.length() + utf8.length;
                assertThat(index.offsets(KeyKind.CUSIP, "594918104")).as(s.toString()).containsExactly(msft);
                assertThat(index.offsets(KeyKind.SYMBOL, "MSFT")).as(s.toString()).containsExactly(msft);
            }
        }
    }

    private static byte[] concat(byte[]... parts) {
        java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
        for (byte[] p : parts) {
            out.writeBytes(p);
        }
        return out.toByteArray();
    }

    /** Each case's value trims to its key, and {@link KeyTrim.Span} finds the ends the rule finds. */
    private static void assertTrimsInOnePassAsTheRuleDoes(String[][] cases) {
        KeyTrim.Span span = new KeyTrim.Span();
        for (String[] c : cases) {
            byte[] v = c[0].getBytes(StandardCharsets.UTF_8);
            assertThat(new String(KeyTrim.of(v), StandardCharsets.UTF_8)).as(c[0]).isEqualTo(c[1]);
            MemorySegment s = MemorySegment.ofArray(v);
            span.of(s, 0, v.length);
            assertThat(span.start()).as(c[0]).isEqualTo(KeyTrim.start(s, 0, v.length));
            assertThat(span.end()).as(c[0]).isEqualTo(KeyTrim.end(s, 0, v.length));
        }
    }

    @Test
    void aKindsNormalFormIsTheTrimmedKeyInTheCaseItIsComparedIn() {
        assertThat(KeyKind.ISIN.normalForm(" fr0000120271\t")).isEqualTo("FR0000120271");
        assertThat(KeyKind.CUSIP.normalForm("=\"38259p508\"")).isEqualTo("38259P508");
        assertThat(KeyKind.CUSIP.normalForm("\uFEFF037833100\r")).isEqualTo("037833100");
        assertThat(KeyKind.SYMBOL.normalForm(" aapl ")).as("symbols keep their case").isEqualTo("aapl");
        // only ASCII letters change case: that is how a CUSIP or ISIN is compared (\u00e9 and \u00df stay)
        assertThat(KeyKind.ISIN.normalForm("x\u00e9\u00df y")).isEqualTo("X\u00e9\u00df Y");
        assertThat(KeyKind.SYMBOL.normalForm("D\u00e9F")).isEqualTo("D\u00e9F");
    }

    @Test
    void aKeyAfterAByteOrderMarkIsIndexedWithoutItAndTheRowCounted() throws Exception {
        Path file = dir.resolve("cat.csv");
        String a = "cusip,symbol\n037833100,AAPL\n";
        String b = "\uFEFF594918104,MSFT\n";
        Files.writeString(file, a + b + "\uFEFF\"38259P508\",GOOG\n");
        for (LoaderStrategy s : LoaderStrategy.values()) {
            Path idx = dir.resolve(s + ".cwx");
            IndexSummary summary = Indexer.build(file, idx, IndexOptions.defaults().withStrategy(s)
                    .withLoad(LoadOptions.defaults().withChunkSize(7).withWorkers(2)));
            assertThat(summary.invalidCusips()).as(s + ": the check digits of the key without the mark").isZero();
            assertThat(summary.load().byteOrderMarks()).as(s.toString())
                    .isEqualTo(new io.chunkwise.loader.load.ByteOrderMarks(2, 3, a.length()));
            try (IndexFile index = IndexFile.open(idx, file)) {
                assertThat(index.offsets(KeyKind.CUSIP, "594918104")).as(s.toString()).containsExactly((long) a.length());
                assertThat(index.offsets(KeyKind.CUSIP, "\uFEFF594918104")).as("the same normal form when looked up").hasSize(1);
                assertThat(index.offsets(KeyKind.CUSIP, "38259P508")).as(s + ": the quotes the mark kept from being read")
                        .containsExactly((long) (a.length() + b.getBytes(StandardCharsets.UTF_8).length));
            }
        }
    }

    @Test
    void everyStrategyIndexesTheNormalFormAndFindsItByAnyCase() throws Exception {
        assertThat(Cusip.isValid("38259P508")).isTrue();
        Path file = dir.resolve("m.csv");
        Files.writeString(file, "cusip,isin,symbol\r\n"
                + "38259p508,us38259p5089,GOOG\r\r\n"
                + "=\"037833100\",=\"US0378331005\",=\"AAPL\"\r\n"
                + "594918104,US5949181045,MSFT\r");
        byte[] reference = null;
        for (LoaderStrategy s : LoaderStrategy.values()) {
            for (long chunk : new long[] {3, 1 << 20}) {
                Path idx = dir.resolve(s + "-" + chunk + ".cwx");
                IndexSummary summary = Indexer.build(file, idx, IndexOptions.defaults().withStrategy(s)
                        .withLoad(LoadOptions.defaults().withChunkSize(chunk).withWorkers(2)));
                assertThat(summary.invalidCusips()).as("check digits of the normal form").isZero();
                assertThat(summary.invalidIsins()).isZero();
                byte[] bytes = Files.readAllBytes(idx);
                if (reference == null) {
                    reference = bytes;
                }
                assertThat(bytes).as(s + " " + chunk).isEqualTo(reference);
            }
        }
        try (IndexFile index = IndexFile.open(dir.resolve("FULL-3.cwx"), file)) {
            long goog = index.offsets(KeyKind.SYMBOL, "GOOG")[0];
            long aapl = index.offsets(KeyKind.SYMBOL, "AAPL")[0];
            long msft = index.offsets(KeyKind.SYMBOL, "MSFT")[0];
            assertThat(index.offsets(KeyKind.CUSIP, "38259P508")).containsExactly(goog);
            assertThat(index.offsets(KeyKind.CUSIP, "38259p508")).containsExactly(goog);
            assertThat(index.offsets(KeyKind.ISIN, "US38259P5089")).containsExactly(goog);
            assertThat(index.contains(KeyKind.ISIN, "Us38259p5089".getBytes(StandardCharsets.US_ASCII))).isTrue();
            assertThat(index.offsets(KeyKind.CUSIP, "037833100")).containsExactly(aapl);
            assertThat(index.offsets(KeyKind.CUSIP, "=\"037833100\"")).containsExactly(aapl);
            assertThat(index.offsets(KeyKind.ISIN, "us0378331005")).containsExactly(aapl);
            assertThat(index.offsets(KeyKind.CUSIP, "594918104")).containsExactly(msft);
            assertThat(index.offsets(KeyKind.SYMBOL, "goog")).as("symbols keep their case").isEmpty();
            // the batch path agrees
            byte[] keys = "38259p508AAPL\rmsft".getBytes(StandardCharsets.US_ASCII);
            long[][] found = new long[3][];
            index.forEachMatch(new KeyKind[] {KeyKind.CUSIP, KeyKind.SYMBOL, KeyKind.SYMBOL}, MemorySegment.ofArray(keys),
                    new long[] {0, 9, 14}, new long[] {9, 14, 18}, 3, 0, (q, offset, record) -> {
                        found[q] = found[q] == null ? new long[] {offset} : Arrays.copyOf(found[q], found[q].length + 1);
                        return true;
                    });
            assertThat(found[0]).containsExactly(goog);
            assertThat(found[1]).containsExactly(aapl);
            assertThat(found[2]).isNull();
        }
    }
}
