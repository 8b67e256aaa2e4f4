package io.chunkwise.loader.tests;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.chunkwise.loader.csv.CsvFormat;
import io.chunkwise.loader.csv.CsvParseException;
import io.chunkwise.loader.csv.CsvReader;
import io.chunkwise.loader.csv.HeaderReader;
import io.chunkwise.loader.index.IndexFile;
import io.chunkwise.loader.index.IndexOptions;
import io.chunkwise.loader.index.Indexer;
import io.chunkwise.loader.index.KeyKind;
import io.chunkwise.loader.load.LoadOptions;
import io.chunkwise.loader.load.LoadSummary;
import io.chunkwise.loader.load.LoaderStrategy;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Excel's {@code sep=X} first line declares the delimiter; the header is the next line, for every strategy. */
class SepLineTest {
    @TempDir
    Path dir;

    @ParameterizedTest
    @ValueSource(strings = {"sep=;\r\n", "\uFEFFsep=;\n", "SEP=;\r\n", "\"sep=;\"\r\n", "\uFEFF\"sep=;\"\n",
        "sep=;\r\r\n", "sep=;\n\uFEFF", "sep=;\r\n\uFEFF",
        // two marks before the line (an export written again by a tool that adds one): still the first line (fuzz)
        "\uFEFF\uFEFFsep=;\r\n", "\uFEFF\uFEFF\"sep=;\"\n\uFEFF"})
    void everyStrategyReadsTheDeclaredDelimiterFromTheNextLine(String sepLine) throws Exception {
        Path file = dir.resolve("sep.csv");
        Files.writeString(file, sepLine + "id;name\r\n1;\"a;b\"\r\n2;\"x\r\ny\"\r\n3;z\r\n", StandardCharsets.UTF_8);
        int first = sepLine.getBytes(StandardCharsets.UTF_8).length;
        List<SimpleReader.Row> expected = List.of(
                new SimpleReader.Row(first + 9, 3, List.of("1", "a;b")),
                new SimpleReader.Row(first + 18, 4, List.of("2", "x\r\ny")),
                new SimpleReader.Row(first + 28, 6, List.of("3", "z")));
        for (LoaderStrategy s : LoaderStrategy.values()) {
            for (long chunk : new long[] {1, 3, 16, 1 << 20}) {
                for (int workers = 1; workers <= (s == LoaderStrategy.PARALLEL ? 3 : 1); workers++) {
                    Collect sink = new Collect();
                    LoadSummary summary = s.open(LoadOptions.defaults().withChunkSize(chunk).withWorkers(workers)).load(file, sink);
                    String what = s + " chunk=" + chunk + " workers=" + workers;
                    assertThat(sink.header.names()).as(what).containsExactly("id", "name");
                    assertThat(sink.header.line()).as(what).isEqualTo(2);
                    assertThat(sink.rows).as(what).isEqualTo(expected);
                    assertThat(sink.rejects).as(what).isEmpty();
                    assertThat(summary.records()).isEqualTo(3);
                }
            }
        }
        try (CsvReader reader = CsvReader.open(file, CsvFormat.RFC4180)) {
            assertThat(reader.header().names()).containsExactly("id", "name");
        }
    }

    /** The data are not in the delimiter the sep= line declares: the hint is to correct that line (a --delimiter would be refused). */
    @Test
    void aHeaderInAnotherDelimiterThanTheSepLinesPointsAtTheLine() throws Exception {
        Path file = dir.resolve("dead.csv");
        Files.writeString(file, "sep=,\ncusip;isin;symbol\n037833100;US0378331005;AAPL\n", StandardCharsets.UTF_8);
        assertThatThrownBy(() -> Indexer.build(file, dir.resolve("dead.cwx"), IndexOptions.defaults()))
                .isInstanceOf(CsvParseException.class)
                .hasMessageContaining("the header looks ';'-delimited, but the file's first line (Excel's sep= line) declares"
                        + " another delimiter: correct that line to sep=;, or remove it");
        Files.writeString(file, "cusip;isin;symbol\n037833100;US0378331005;AAPL\n", StandardCharsets.UTF_8);
        assertThatThrownBy(() -> Indexer.build(file, dir.resolve("dead.cwx"), IndexOptions.defaults()))
                .as("without the line, the delimiter is the user's to set")
                .hasMessageContaining("the header looks ';'-delimited: set the delimiter to ';'");
    }

    /** Excel's line twice (prepended to a file that had it): the second is named, not read as the header. */
    @ParameterizedTest
    @ValueSource(strings = {"sep=;\nsep=;\n", "sep=;\r\n\uFEFFSEP=|\r\n", "\"sep=;\"\nsep=;\n"})
    void aSecondSepLineIsRefused(String lines) throws Exception {
        Path file = dir.resolve("twice.csv");
        Files.writeString(file, lines + "cusip;symbol\n037833100;AAPL\n", StandardCharsets.UTF_8);
        assertThatThrownBy(() -> HeaderReader.read(file, CsvFormat.RFC4180)).isInstanceOf(CsvParseException.class)
                .hasMessageContaining("twice.csv:2")
                .hasMessageContaining("a second Excel delimiter line 'sep=")
                .hasMessageContaining("on line 2, where the header belongs: remove one of the two");
    }

    /**
     * Excel's line after blank lines (QA: read as the header, advised to add --delimiter ';', which
     * left a header of one column "sep=" and another error): named where it is, with the remedy.
     */
    @ParameterizedTest
    @ValueSource(strings = {"\nsep=;\n", "\r\n\r\nsep=;\r\n", "\uFEFF\n\"sep=;\"\n"})
    void aSepLineAfterBlankLinesIsNamedWithTheRemedy(String lines) throws Exception {
        Path file = dir.resolve("late.csv");
        Files.writeString(file, lines + "cusip;symbol\n037833100;AAPL\n", StandardCharsets.UTF_8);
        long line = lines.chars().filter(c -> c == '\n').count();
        int at = lines.substring(0, lines.lastIndexOf('\n', lines.length() - 2) + 1).getBytes(StandardCharsets.UTF_8).length;
        for (CsvFormat format : List.of(CsvFormat.RFC4180, CsvFormat.RFC4180.withDelimiter(';'))) {
            assertThatThrownBy(() -> HeaderReader.read(file, format)).isInstanceOf(CsvParseException.class)
                    .hasMessageContaining("late.csv:" + line + " (byte " + at + ")")
                    .hasMessageContaining("Excel's delimiter line 'sep=;' on line " + line + ", after blank lines, declares"
                            + " the delimiter only as the first line: remove the blank lines before it");
        }
    }

    /** Excel's line and nothing after it: no header, said as such (not "only blank lines"). */
    @ParameterizedTest
    @ValueSource(strings = {"sep=;\n", "sep=;", "sep=;\r\n\r\n"})
    void aSepLineAloneHasNoHeaderAfterIt(String content) throws Exception {
        Path file = dir.resolve("alone.csv");
        Files.writeString(file, content, StandardCharsets.UTF_8);
        assertThatThrownBy(() -> HeaderReader.read(file, CsvFormat.RFC4180)).isInstanceOf(CsvParseException.class)
                .hasMessageContaining("alone.csv:2")
                .hasMessageContaining("no header row after Excel's delimiter line 'sep=;' (line 1)");
    }

    @Test
    void anIndexRecordsTheDeclaredDelimiterAndLooksUpByIt() throws Exception {
        Path file = dir.resolve("m.csv");
        Files.writeString(file, "sep=|\r\ncusip|isin|symbol\r\n037833100|US0378331005|AAPL\r\n");
        Indexer.build(file, Indexer.defaultPath(file), IndexOptions.defaults());
        Indexer.Opened o = Indexer.openOrBuild(file, Indexer.defaultPath(file), IndexOptions.defaults());
        try (IndexFile f = o.index()) {
            assertThat(o.rebuiltBecause()).as("the default comma gives way to sep=, so the index fits").isNull();
            assertThat(f.format().delimiter()).isEqualTo((byte) '|');
            assertThat(f.record(f.offsets(KeyKind.SYMBOL, "AAPL")[0])).containsExactly("037833100", "US0378331005", "AAPL");
        }
    }

    @Test
    void aDelimiterThatContradictsTheLineIsRefused() throws Exception {
        Path file = dir.resolve("m.csv");
        Files.writeString(file, "sep=;\ncusip;symbol\n037833100;AAPL\n");
        assertThat(HeaderReader.format(file, CsvFormat.RFC4180).delimiter()).isEqualTo((byte) ';');
        assertThat(HeaderReader.format(file, CsvFormat.RFC4180.withDelimiter(';'), true).delimiter()).isEqualTo((byte) ';');
        assertThatThrownBy(() -> HeaderReader.format(file, CsvFormat.RFC4180, true))
                .isInstanceOf(CsvParseException.class)
                .hasMessageContaining("m.csv:1 (byte 0): the first line 'sep=;' (Excel's delimiter line) declares the delimiter"
                        + " ';', but the delimiter given is ',': leave the delimiter unset, or set the delimiter to ';'");
        assertThatThrownBy(() -> LoaderStrategy.MMAP.open(LoadOptions.defaults().withFormat(CsvFormat.RFC4180.withDelimiter('|')))
                .load(file, new Collect())).isInstanceOf(CsvParseException.class).hasMessageContaining("given is '|'");
    }

    @Test
    void aFirstLineThatOnlyStartsLikeOneIsAHeader() throws Exception {
        Path file = dir.resolve("m.csv");
        Files.writeString(file, "sep=;x,symbol\n1,AAPL\n");
        Collect sink = new Collect();
        LoaderStrategy.FULL.open(LoadOptions.defaults()).load(file, sink);
        assertThat(sink.header.names()).containsExactly("sep=;x", "symbol");
        // a quoted first field that only starts like one, or a quote left open, is a header too
        Files.writeString(file, "\"sep=;\",symbol\n1,AAPL\n");
        Collect quoted = new Collect();
        LoaderStrategy.FULL.open(LoadOptions.defaults()).load(file, quoted);
        assertThat(quoted.header.names()).containsExactly("sep=;", "symbol");
    }

    @ParameterizedTest
    @ValueSource(strings = {"sep=\u00e9\n|0|'sep=\u00e9' (Excel's delimiter line) declares '\u00e9', not one ASCII character",
            "sep=\n|0|'sep=' (Excel's delimiter line) declares no delimiter",
            "SEP=ab\r\n|0|'SEP=ab' (Excel's delimiter line) declares 'ab', not one ASCII character",
            "sep=; \n|0|'sep=; ' (Excel's delimiter line) declares '; ', not one ASCII character",
            "\"sep=ab\"\n|0|'\"sep=ab\"' (Excel's delimiter line) declares 'ab', not one ASCII character",
            "\"sep=\"\n|0|'\"sep=\"' (Excel's delimiter line) declares no delimiter",
            "\"sep=;\n|0|'\"sep=;' (Excel's delimiter line) has no closing quote",
            "\uFEFFsep=\u20ac\r\n|3|'sep=\u20ac' (Excel's delimiter line) declares '\u20ac', not one ASCII character",
            "sep=\u0001\u0002\n|0|'sep=\\x01\\x02' (Excel's delimiter line) declares '\\x01\\x02', not one ASCII character"})
    void aFirstLineThatStartsWithSepButDeclaresNoOneByteDelimiterIsRefused(String testCase) throws Exception {
        String[] parts = testCase.split("\\|", -1);
        Path file = dir.resolve("m.csv");
        Files.writeString(file, parts[0] + "cusip;symbol\n037833100;AAPL\n", StandardCharsets.UTF_8);
        String expected = "m.csv:1 (byte " + parts[1] + "): the first line " + parts[2];
        String advice = ": write one character after sep= (e.g. sep=;) or remove"
                + " the line (a header row starting with sep= holds the delimiter ',')";
        assertThatThrownBy(() -> HeaderReader.format(file, CsvFormat.RFC4180)).isInstanceOf(CsvParseException.class)
                .hasMessageEndingWith(expected + advice);
        assertThatThrownBy(() -> HeaderReader.read(file, CsvFormat.RFC4180)).isInstanceOf(CsvParseException.class)
                .hasMessageEndingWith(expected + advice);
        for (LoaderStrategy s : LoaderStrategy.values()) {
            assertThatThrownBy(() -> s.open(LoadOptions.defaults().withChunkSize(3)).load(file, new Collect())).as(s.name())
                    .isInstanceOf(CsvParseException.class).hasMessageEndingWith(expected + advice);
        }
        assertThatThrownBy(() -> Indexer.build(file, Indexer.defaultPath(file), IndexOptions.defaults()))
                .isInstanceOf(CsvParseException.class).hasMessageEndingWith(expected + advice);
        assertThatThrownBy(() -> CsvReader.open(file, CsvFormat.RFC4180)).isInstanceOf(CsvParseException.class)
                .hasMessageEndingWith(expected + advice);
    }

    @Test
    void aBareSepAndOneEndingInABareCrAreNamed() throws Exception {
        Path file = dir.resolve("m.csv");
        Files.writeString(file, "sep=");
        assertThatThrownBy(() -> HeaderReader.format(file, CsvFormat.RFC4180)).isInstanceOf(CsvParseException.class)
                .hasMessageContaining("m.csv:1 (byte 0): the first line 'sep=' (Excel's delimiter line) declares no delimiter");
        Files.writeString(file, "sep=;\rcusip;symbol\r037833100;AAPL\r");
        assertThatThrownBy(() -> HeaderReader.read(file, CsvFormat.RFC4180)).isInstanceOf(CsvParseException.class)
                .hasMessageEndingWith("m.csv:1 (byte 0): the first line 'sep=;' (Excel's delimiter line) ends in a bare CR"
                        + " (a classic Mac OS line break): convert the line breaks to LF or CRLF");
    }

    @Test
    void aHeaderStartingWithSepHoldsTheDelimiterItIsReadWith() throws Exception {
        Path file = dir.resolve("m.csv");
        Files.writeString(file, "sep=\u00e9;symbol\n1;AAPL\n", StandardCharsets.UTF_8);
        Collect sink = new Collect();
        LoaderStrategy.PARALLEL.open(LoadOptions.defaults().withFormat(CsvFormat.RFC4180.withDelimiter(';'))).load(file, sink);
        assertThat(sink.header.names()).containsExactly("sep=\u00e9", "symbol");
        assertThat(sink.rows).hasSize(1);
        // read with a comma, the same line holds no delimiter: a one-column header would be wrong, so it is refused
        assertThatThrownBy(() -> HeaderReader.read(file, CsvFormat.RFC4180)).isInstanceOf(CsvParseException.class)
                .hasMessageContaining("declares '\u00e9;symbol', not one ASCII character");
    }

    @Test
    void anIndexWhoseFileLosesItsSepLineToABadOneIsRefusedNotRebuiltWrong() throws Exception {
        Path file = dir.resolve("m.csv");
        Files.writeString(file, "sep=|\r\ncusip|isin|symbol\r\n037833100|US0378331005|AAPL\r\n");
        Indexer.build(file, Indexer.defaultPath(file), IndexOptions.defaults());
        Files.writeString(file, "sep=||\r\ncusip|isin|symbol\r\n037833100|US0378331005|AAPL\r\n594918104|US5949181045|MSFT\r\n");
        assertThatThrownBy(() -> Indexer.openOrBuild(file, Indexer.defaultPath(file), IndexOptions.defaults()))
                .isInstanceOf(CsvParseException.class)
                .hasMessageContaining("m.csv:1 (byte 0): the first line 'sep=||' (Excel's delimiter line) declares '||'");
        Files.writeString(file, "sep=;\r\ncusip;isin;symbol\r\n037833100;US0378331005;AAPL\r\n594918104;US5949181045;MSFT\r\n");
        Indexer.Opened o = Indexer.openOrBuild(file, Indexer.defaultPath(file), IndexOptions.defaults());
        try (IndexFile f = o.index()) {
            assertThat(o.rebuiltBecause()).isNotNull();
            assertThat(f.format().delimiter()).isEqualTo((byte) ';');
            assertThat(f.record(f.offsets(KeyKind.SYMBOL, "MSFT")[0])).containsExactly("594918104", "US5949181045", "MSFT");
        }
    }
}
