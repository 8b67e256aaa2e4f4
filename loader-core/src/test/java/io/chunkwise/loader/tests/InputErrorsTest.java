package io.chunkwise.loader.tests;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.chunkwise.loader.csv.CsvHeader;
import io.chunkwise.loader.csv.CsvParseException;
import io.chunkwise.loader.index.IndexFile;
import io.chunkwise.loader.index.IndexOptions;
import io.chunkwise.loader.index.IndexSummary;
import io.chunkwise.loader.index.Indexer;
import io.chunkwise.loader.index.KeyKind;
import io.chunkwise.loader.load.LoadOptions;
import io.chunkwise.loader.load.LoaderStrategy;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** Bad files get one clear error naming file, line and offset; never a half-built index. */
class InputErrorsTest {
    @TempDir
    Path dir;

    @ParameterizedTest
    @EnumSource(LoaderStrategy.class)
    void badFilesFailClearly(LoaderStrategy s) throws Exception {
        expect(s, "", "empty file");
        // line 1, where the header was expected, after a byte-order mark too (QA: "bad.csv (byte 0)" named no line)
        String blank = ": no header row: the file has only blank lines";
        assertThat(expectAt(s, "\n\r\n\n", "only blank lines").getMessage()).endsWith("bad.csv:1 (byte 0)" + blank);
        assertThat(expectAt(s, "\uFEFF", "only blank lines").getMessage()).endsWith("bad.csv:1 (byte 3)" + blank);
        assertThat(expectAt(s, "\uFEFF\n\r\n", "only blank lines").getMessage()).endsWith("bad.csv:1 (byte 3)" + blank);
        expect(s, "cusip,name\n", "no data records");
        expect(s, "cusip,name\n\n\n", "no data records");
        expect(s, "cusip,name,CUSIP\n1,2,3\n", "column 1 'cusip' and column 3 'CUSIP' (names are matched ignoring case");
        // the header's own line and offset, after blank lines
        CsvParseException late = expectAt(s, "\n\ncusip;isin\n1;2\n", "no key column");
        assertThat(late.getMessage()).contains("bad.csv:3 (byte 2)");
        assertThat(expectAt(s, "\r\n\r\nname,Name\n1,2\n", "duplicate header name").getMessage()).contains("bad.csv:3 (byte 4)");
        expect(s, "name,price\nA,1\n", "no key column");
        expect(s, "cusip,name\n037833100,\"Apple\n594918104,Microsoft\n", "never closed");
        CsvParseException e = expectAt(s, "cusip,name\n\"037833100,ok", "never closed");
        assertThat(e.getMessage()).as("in the first chunk").contains("bad.csv:2 (byte 11)");
        e = expectAt(s, "cusip,name\n037833100,ok\n037833100,\"open", "never closed");
        assertThat(e.line()).isEqualTo(3);
        assertThat(e.offset()).isEqualTo(34);
        assertThat(e.getMessage()).contains("bad.csv:3 (byte 34)");
        // after a record on two lines, with chunks far smaller than the records (the parallel loader
        // counts an index build's lines from each chunk's start, then moves them)
        String twoLines = "cusip,name\n037833100,\"two\nlines\"\n037833100,ok\n037833100,\"open";
        e = expectAt(s, twoLines, "never closed");
        assertThat(e.line()).isEqualTo(5);
        assertThat(e.offset()).isEqualTo(twoLines.indexOf("\"open"));
    }

    @Test
    void utf16IsNamedNotGarbled() throws Exception {
        Path withBom = dir.resolve("unicode.txt");
        Files.write(withBom, "cusip\tisin\r\n037833100\tUS0378331005\r\n".getBytes(java.nio.charset.StandardCharsets.UTF_16LE));
        byte[] body = Files.readAllBytes(withBom);
        byte[] bom = new byte[body.length + 2];
        bom[0] = (byte) 0xFF;
        bom[1] = (byte) 0xFE;
        System.arraycopy(body, 0, bom, 2, body.length);
        Files.write(withBom, bom);
        assertThatThrownBy(() -> Indexer.build(withBom, dir.resolve("u.cwx"), IndexOptions.defaults()))
                .isInstanceOf(CsvParseException.class).hasMessageContaining("unicode.txt:1 (byte 0)")
                .hasMessageContaining("UTF-16 text (byte-order mark FF FE)").hasMessageContaining("iconv");
        Path noBom = dir.resolve("nobom.txt");
        Files.write(noBom, body);
        assertThatThrownBy(() -> Indexer.build(noBom, dir.resolve("n.cwx"), IndexOptions.defaults()))
                .isInstanceOf(CsvParseException.class).hasMessageContaining("nobom.txt:1 (byte 0)")
                .hasMessageContaining("UTF-16LE text without a byte-order mark").hasMessageContaining("iconv -f UTF-16LE");
    }

    /** QA: UTF-32's mark FF FE 00 00 begins with UTF-16's, and was named as UTF-16, with an iconv that garbles it. */
    @Test
    void utf32IsNamedAsUtf32() throws Exception {
        java.nio.charset.Charset utf32 = java.nio.charset.Charset.forName("UTF-32LE");
        byte[] body = "cusip,isin\r\n037833100,US0378331005\r\n".getBytes(utf32);
        for (byte[] mark : new byte[][] {{(byte) 0xFF, (byte) 0xFE, 0, 0}, {0, 0, (byte) 0xFE, (byte) 0xFF}}) {
            Path file = dir.resolve("utf32.csv");
            byte[] bytes = new byte[mark.length + body.length];
            System.arraycopy(mark, 0, bytes, 0, mark.length);
            System.arraycopy(body, 0, bytes, mark.length, body.length);
            Files.write(file, bytes);
            assertThatThrownBy(() -> Indexer.build(file, dir.resolve("u32.cwx"), IndexOptions.defaults()))
                    .isInstanceOf(CsvParseException.class).hasMessageContaining("utf32.csv:1 (byte 0): UTF-32 text (byte-order mark ")
                    .hasMessageContaining("iconv -f UTF-32 -t UTF-8").hasMessageNotContaining("UTF-16");
        }
    }

    @Test
    void aSpreadsheetsWindows1252ExportReadsAsWritten() throws Exception {
        Path file = dir.resolve("fr.csv");
        byte[] latin = "Code ISIN;D\u00e9nomination;Symbole\r\nFR0000120271;TotalEnergies\u00a0SE \u20ac;TTE\r\n"
                .getBytes(java.nio.charset.Charset.forName("windows-1252"));
        Files.write(file, latin);
        Path idx = dir.resolve("fr.cwx");
        IndexOptions o = IndexOptions.defaults().withLoad(LoadOptions.defaults().withFormat(new io.chunkwise.loader.csv.CsvFormat((byte) ';', (byte) '"')))
                .withColumns(java.util.Map.of(KeyKind.ISIN, "code isin", KeyKind.SYMBOL, "symbole"));
        Indexer.build(file, idx, o);
        try (IndexFile f = IndexFile.open(idx, file)) {
            assertThat(f.headerNames()).containsExactly("Code ISIN", "D\u00e9nomination", "Symbole");
            assertThat(f.record(f.offsets(KeyKind.SYMBOL, "TTE")[0]))
                    .containsExactly("FR0000120271", "TotalEnergies\u00a0SE \u20ac", "TTE");
        }
        // UTF-8 stays UTF-8; a byte Windows-1252 leaves undefined stays a character
        Files.write(file, "Code ISIN;D\u00e9nomination;Symbole\nFR0000120271;\u00c4BC \u0081;TTE\n".getBytes(java.nio.charset.StandardCharsets.UTF_8));
        Indexer.build(file, idx, o);
        try (IndexFile f = IndexFile.open(idx, file)) {
            assertThat(f.record(f.offsets(KeyKind.SYMBOL, "TTE")[0]).get(1)).isEqualTo("\u00c4BC \u0081");
        }
        byte[] undefined = {'x', ';', 'y', ';', 'z', '\n', 'I', ';', (byte) 0x81, (byte) 0xE9, ';', 'S', '\n'};
        Files.write(file, undefined);
        Indexer.build(file, idx, IndexOptions.defaults().withLoad(o.load()).withColumns(java.util.Map.of(KeyKind.SYMBOL, "z")));
        try (IndexFile f = IndexFile.open(idx, file)) {
            assertThat(f.record(f.offsets(KeyKind.SYMBOL, "S")[0]).get(1)).isEqualTo("\u0081\u00e9");
        }
    }

    @ParameterizedTest
    @EnumSource(LoaderStrategy.class)
    void aFileWhoseEveryRecordIsRejectedIsAnInputErrorNotAnEmptyIndex(LoaderStrategy s) throws Exception {
        Path trail = dir.resolve("trail.csv");
        Files.writeString(trail, "cusip,isin,symbol\n037833100,US0378331005,AAPL,\n594918104,US5949181045,MSFT,\n");
        Path rejects = dir.resolve("trail.rejects.csv");
        IndexOptions o = IndexOptions.defaults().withStrategy(s).withRejects(rejects);
        assertThatThrownBy(() -> Indexer.build(trail, dir.resolve("trail.cwx"), o)).isInstanceOf(CsvParseException.class)
                .hasMessageContaining("trail.csv:2 (byte 18): every record was rejected (2), the first: expected 3 fields, found 4")
                .hasMessageContaining("no index was written");
        assertThat(dir.resolve("trail.cwx")).doesNotExist();
        assertThat(Files.readAllLines(rejects)).hasSize(3);
    }

    @ParameterizedTest
    @EnumSource(LoaderStrategy.class)
    void twoStrayQuotesThatJoinLinesAreARejectNotOneSilentField(LoaderStrategy s) throws Exception {
        strayQuoteRejects(s, "", "");
    }

    /** The joined lines' field count is wrong too: the reason keeps both, or the user hunts for extra fields on line 2 (QA). */
    @ParameterizedTest
    @EnumSource(LoaderStrategy.class)
    void aStrayQuoteIsNamedBesideTheJoinedLinesWrongFieldCount(LoaderStrategy s) throws Exception {
        strayQuoteRejects(s, ",x,y", "expected 4 fields, found 6: ");
    }

    /** Indexes a master whose line 2 opens a quote that line 53's {@code Micro"soft} + {@code tail} closes. */
    private void strayQuoteRejects(LoaderStrategy s, String tail, String countReason) throws Exception {
        StringBuilder b = new StringBuilder("cusip,isin,symbol,name\n037833100,US0378331005,AAPL,\"Apple\n");
        for (int k = 0; k < 50; k++) {
            b.append(String.format("%09d,US%010d,S%d,Company %d%n", k, k, k, k));
        }
        String csv = b.append("594918104,US5949181045,MSFT,Micro\"soft" + tail + "\n459200101,US4592001014,IBM,IBM\n").toString();
        Path file = dir.resolve("stray.csv");
        Files.writeString(file, csv);
        for (long chunk : new long[] {7, 100, 1 << 20}) {
            IndexOptions o = IndexOptions.defaults().withStrategy(s).withLoad(LoadOptions.defaults().withChunkSize(chunk).withWorkers(3))
                    .withRejects(dir.resolve("stray.rejects.csv"));
            IndexSummary summary = Indexer.build(file, dir.resolve("stray.cwx"), o);
            assertThat(summary.load().records()).as(s + " " + chunk).isEqualTo(1);
            assertThat(summary.load().rejected()).isEqualTo(1);
            assertThat(Files.readAllLines(dir.resolve("stray.rejects.csv")).get(1)).as(s + " " + chunk)
                    .isEqualTo("2,23,\"" + countReason + "a quoted field over several lines closes at byte "
                            + (csv.indexOf("Micro\"") + 5) + " with text after its quote: a stray quote joined these lines?\"");
        }
    }

    @Test
    void archivesAndIndexesGivenForTheirCsvAreNamed() throws Exception {
        Path csv = dir.resolve("st.csv");
        Files.writeString(csv, "cusip,isin,symbol\n037833100,US0378331005,AAPL\n");
        Path gz = dir.resolve("st.csv.gz");
        try (var out = new java.util.zip.GZIPOutputStream(Files.newOutputStream(gz))) {
            out.write(Files.readAllBytes(csv));
        }
        assertThatThrownBy(() -> Indexer.build(gz, dir.resolve("gz.cwx"), IndexOptions.defaults()))
                .isInstanceOf(CsvParseException.class).hasMessageContaining("st.csv.gz:1 (byte 0): gzip-compressed");
        Path index = dir.resolve("st.csv.cwx");
        Indexer.build(csv, index, IndexOptions.defaults());
        assertThatThrownBy(() -> Indexer.build(index, dir.resolve("x.cwx"), IndexOptions.defaults()))
                .isInstanceOf(CsvParseException.class).hasMessageContaining("a chunkwise index, not a text file");
    }

    @Test
    void zstdAndLz4CompressedMastersAreNamedNotCalledUtf16() throws Exception {
        // QA: a .csv.zst given by mistake was "a NUL byte in the first line: UTF-16 or UTF-32 text …
        // convert it, e.g. iconv -f UTF-16 -t UTF-8", advice that mangles it; the frames' magic names them
        byte[] zstd = {0x28, (byte) 0xB5, 0x2F, (byte) 0xFD, 0x24, 0x2D, 0x69, 0x01, 0x00, 'c', 'u', 's', 'i', 'p', '\n'};
        byte[] lz4 = {0x04, 0x22, 0x4D, 0x18, 0x64, 0x40, (byte) 0xA7, 0x2D, 0x00, 0x00, (byte) 0x80, 'c', 'u', 's', '\n'};
        for (Object[] c : new Object[][] {{"m.csv.zst", zstd, "zstd-compressed, not a text file; unzstd it first"},
                {"m.csv.lz4", lz4, "lz4-compressed, not a text file; unlz4 it first"}}) {
            Path file = dir.resolve((String) c[0]);
            Files.write(file, (byte[]) c[1]);
            assertThatThrownBy(() -> Indexer.build(file, dir.resolve("z.cwx"), IndexOptions.defaults()))
                    .isInstanceOf(CsvParseException.class).hasMessageContaining(c[0] + ":1 (byte 0): " + c[2])
                    .hasMessageNotContaining("UTF-16");
        }
    }

    @Test
    void aFileWithoutLineBreaksIsNotReadAsOneHeader() throws Exception {
        Path json = dir.resolve("wrong.json");
        StringBuilder b = new StringBuilder("[");
        for (int i = 0; b.length() < (3 << 20); i++) {
            b.append("{\"cusip\": \"").append(i).append("\", \"symbol\": \"S").append(i).append("\"}, ");
        }
        Files.writeString(json, b.append("{}]"));
        assertThatThrownBy(() -> Indexer.build(json, dir.resolve("j.cwx"), IndexOptions.defaults()))
                .isInstanceOf(CsvParseException.class).hasMessageContaining("wrong.json:1 (byte 0)")
                .hasMessageContaining("runs past 1 MiB without ending");
    }

    @Test
    void aBlankKeyColumnNameNamesNoColumnNotTheFirstUnnamedOne() throws Exception {
        // QA: --symbol-column "$COL" with COL unset named the first of a spreadsheet's unnamed
        // columns: the index was built with an empty symbol column and every symbol "not found"
        Path file = dir.resolve("excel.csv");
        Files.writeString(file, "cusip,isin,symbol,,\r\n037833100,US0378331005,AAPL,,\r\n");
        for (String blank : new String[] {"", "  ", "\u00A0"}) {
            assertThatThrownBy(() -> Indexer.build(file, dir.resolve("blank.cwx"),
                    IndexOptions.defaults().withColumns(Map.of(KeyKind.SYMBOL, blank))))
                    .as("'%s'", blank).isInstanceOf(CsvParseException.class)
                    .hasMessageContaining("excel.csv:1 (byte 0): no column named '" + blank + "' for symbol");
        }
        assertThat(Files.exists(dir.resolve("blank.cwx"))).isFalse();
        assertThat(new CsvHeader(List.of("cusip", "", " "), 1, 0, 10, 2).find("", " ", "cusip")).contains(0);
    }

    @Test
    void unnamedColumnsAreNotDuplicates() throws Exception {
        Path file = dir.resolve("excel.csv");
        Files.writeString(file, "cusip,isin,symbol,,\r\n037833100,US0378331005,AAPL,,\r\n");
        Path idx = dir.resolve("excel.cwx");
        assertThat(Indexer.build(file, idx, IndexOptions.defaults()).load().records()).isEqualTo(1);
        try (IndexFile f = IndexFile.open(idx, file)) {
            assertThat(f.offsets(KeyKind.SYMBOL, "AAPL")).hasSize(1);
            assertThat(CsvHeader.keyOf(f.headerNames(), 3)).isEqualTo("_column4");
            assertThat(CsvHeader.keyOf(f.headerNames(), 2)).isEqualTo("symbol");
        }
        // a real column named as an unnamed one's key would be: the generated key gives way
        List<String> names = List.of("cusip", "", "_column2", "", "__column4");
        assertThat(java.util.stream.IntStream.range(0, names.size()).mapToObj(i -> CsvHeader.keyOf(names, i)))
                .containsExactly("cusip", "__column2", "_column2", "_column4", "__column4")
                .doesNotHaveDuplicates();
        assertThat(CsvHeader.keysOf(names)).containsExactly("cusip", "__column2", "_column2", "_column4", "__column4");
        List<String> taken = List.of("", "_column1", "__column1");
        assertThat(CsvHeader.keyOf(taken, 0)).isEqualTo("___column1");
        assertThat(CsvHeader.keysOf(taken)).containsExactly("___column1", "_column1", "__column1");
    }

    private void expect(LoaderStrategy s, String content, String message) throws Exception {
        expectAt(s, content, message);
    }

    private CsvParseException expectAt(LoaderStrategy s, String content, String message) throws Exception {
        Path file = dir.resolve("bad.csv");
        Files.writeString(file, content);
        Path idx = dir.resolve("bad.cwx");
        IndexOptions o = IndexOptions.defaults().withStrategy(s).withLoad(LoadOptions.defaults().withChunkSize(7).withWorkers(3));
        Throwable t = org.assertj.core.api.Assertions.catchThrowable(() -> Indexer.build(file, idx, o));
        assertThat(t).isInstanceOf(CsvParseException.class).hasMessageContaining(message).hasMessageContaining("bad.csv");
        assertThat(idx).doesNotExist();
        try (var list = Files.list(dir)) {
            assertThat(list.count()).isEqualTo(1);
        }
        return (CsvParseException) t;
    }

    @ParameterizedTest
    @EnumSource(LoaderStrategy.class)
    void aNamedColumnThatIsMissingIsAnError(LoaderStrategy s) throws Exception {
        Path file = dir.resolve("x.csv");
        Files.writeString(file, "cusip,name\n037833100,Apple\n");
        assertThatThrownBy(() -> Indexer.build(file, dir.resolve("x.cwx"), IndexOptions.defaults().withStrategy(s)
                .withColumns(java.util.Map.of(io.chunkwise.loader.index.KeyKind.SYMBOL, "ACT Symbol"))))
                .isInstanceOf(CsvParseException.class).hasMessageContaining("no column named 'ACT Symbol'");
    }

    @Test
    void aMissingOrUnreadableFixLogIsSaidAsTheOtherReadersSayIt() {
        Path missing = dir.resolve("none.fix");
        assertThatThrownBy(() -> io.chunkwise.loader.fix.FixLogFormat.requireText(missing))
                .isInstanceOf(java.io.UncheckedIOException.class)
                .hasMessage("cannot read " + missing + ": no such file or directory");
        assertThatThrownBy(() -> io.chunkwise.loader.fix.FixLogFormat.requireText(dir))
                .isInstanceOf(java.io.UncheckedIOException.class)
                .hasMessage("cannot read " + dir + ": Is a directory");
    }

    /** What CsvReader.open's, Indexer's and Loader.load's javadoc say of a source that is not a regular file. */
    @Test
    void aMissingOrDirectorySourceIsAnIllegalArgumentNamingIt() {
        Path missing = dir.resolve("none.csv");
        assertThatThrownBy(() -> io.chunkwise.loader.csv.CsvReader.open(missing, io.chunkwise.loader.csv.CsvFormat.RFC4180))
                .isInstanceOf(IllegalArgumentException.class).hasMessage("no such file: " + missing);
        assertThatThrownBy(() -> io.chunkwise.loader.csv.CsvReader.open(dir, io.chunkwise.loader.csv.CsvFormat.RFC4180))
                .isInstanceOf(IllegalArgumentException.class).hasMessage(dir + ": is a directory, not a file");
        assertThatThrownBy(() -> Indexer.openOrBuild(missing, Indexer.defaultPath(missing), IndexOptions.defaults()))
                .isInstanceOf(IllegalArgumentException.class).hasMessage("no such file: " + missing);
        assertThatThrownBy(() -> Indexer.build(missing, Indexer.defaultPath(missing), IndexOptions.defaults()))
                .isInstanceOf(IllegalArgumentException.class).hasMessage("no such file: " + missing);
        for (LoaderStrategy s : LoaderStrategy.values()) {
            assertThatThrownBy(() -> s.open(LoadOptions.defaults()).load(missing, new Collect()))
                    .as("%s", s).isInstanceOf(IllegalArgumentException.class).hasMessage("no such file: " + missing);
            assertThatThrownBy(() -> s.open(LoadOptions.defaults()).load(dir, new Collect()))
                    .as("%s", s).isInstanceOf(IllegalArgumentException.class).hasMessage(dir + ": is a directory, not a file");
        }
    }

    /** IndexFile.open of a good index whose source is gone or a directory: said as openOrBuild says it, naming it. */
    @Test
    void anIndexOpenedForAMissingOrDirectorySourceNamesTheSource() throws Exception {
        Path file = dir.resolve("m.csv");
        Files.writeString(file, "cusip,isin,symbol\n037833100,US0378331005,AAPL\n");
        Path idx = dir.resolve("m.cwx");
        Indexer.build(file, idx, IndexOptions.defaults());
        Path missing = dir.resolve("none.csv");
        assertThatThrownBy(() -> IndexFile.open(idx, missing))
                .isInstanceOf(IllegalArgumentException.class).hasMessage("no such file: " + missing);
        assertThatThrownBy(() -> IndexFile.open(idx, dir))
                .isInstanceOf(IllegalArgumentException.class).hasMessage(dir + ": is a directory, not a file");
        try (IndexFile f = IndexFile.open(idx, file)) {
            assertThat(f.record(f.offsets(KeyKind.SYMBOL, "AAPL")[0])).containsExactly("037833100", "US0378331005", "AAPL");
        }
    }
}
