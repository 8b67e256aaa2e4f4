package io.chunkwise.loader.tests;

import static org.assertj.core.api.Assertions.assertThat;

import io.chunkwise.loader.csv.CsvFormat;
import io.chunkwise.loader.csv.Footer;
import io.chunkwise.loader.csv.Reject;
import io.chunkwise.loader.index.IndexOptions;
import io.chunkwise.loader.index.IndexSummary;
import io.chunkwise.loader.index.Indexer;
import io.chunkwise.loader.load.LoadOptions;
import io.chunkwise.loader.load.LoaderStrategy;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * QA: NASDAQ Trader's listings end with {@code File Creation Time: …|||||||}, rejected as
 * {@code expected 8 fields, found 7} with no hint that it is the file's footer. It stays a reject,
 * and is named as the footer.
 */
class FooterTest {
    private static final CsvFormat PIPE = CsvFormat.RFC4180.withDelimiter('|');

    @TempDir
    Path dir;

    private Path copy(String name) throws Exception {
        return ExchangeFiles.copy(dir, name);
    }

    @ParameterizedTest
    @EnumSource(LoaderStrategy.class)
    void anExchangeFilesFooterIsTheBuildsLastRejectAndNamedAsTheFooter(LoaderStrategy s) throws Exception {
        for (String name : new String[] {"otherlisted.txt", "nasdaqlisted.txt"}) {
            Path file = copy(name);
            long lines = Files.readAllLines(file).size();
            IndexOptions o = IndexOptions.defaults().withStrategy(s).withColumns(java.util.Map.of(
                    io.chunkwise.loader.index.KeyKind.SYMBOL, name.startsWith("other") ? "ACT Symbol" : "Symbol"))
                    .withLoad(LoadOptions.defaults().withFormat(PIPE).withChunkSize(4096));
            IndexSummary summary = Indexer.build(file, dir.resolve(name + ".cwx"), o);
            assertThat(summary.load().rejected()).as(name).isEqualTo(1);
            Reject last = summary.lastReject();
            assertThat(last.line()).as(name).isEqualTo(lines);
            Footer footer = Footer.of(file, PIPE, last, summary.load().rejected()).orElseThrow();
            assertThat(footer.describe()).as(name).isEqualTo("the last line is the file's footer (File Creation Time:"
                    + " 0815201621:32), not a record: rejected as such");
            assertThat(footer.offset()).isEqualTo(last.offset());
        }
    }

    @Test
    void aFooterIsTheLastLineStartingWithAFooterPhraseOrTheOnlyReject() throws Exception {
        String head = "cusip,isin,symbol\n037833100,US0378331005,AAPL\n";
        // named by its phrase, however many other rejects there are; blank lines after it are no record
        Path named = Files.writeString(dir.resolve("n.csv"), head + "bad\nTotal records: 2,,\r\n\r\n");
        Reject totals = new Reject(4, head.length() + 4, "expected 3 fields, found 2", 3, 2);
        assertThat(Footer.of(named, CsvFormat.RFC4180, totals, 2).map(Footer::describe))
                .contains("the last line is the file's footer (Total records: 2), not a record: rejected as such");
        // without a phrase: only as the only reject
        Path only = Files.writeString(dir.resolve("o.csv"), head + "END 1\n");
        Reject end = new Reject(3, head.length(), "expected 3 fields, found 1", 3, 1);
        assertThat(Footer.of(only, CsvFormat.RFC4180, end, 1).map(Footer::describe)).contains("the last line, the only"
                + " reject, looks like the file's footer (END 1), not a record: rejected as such");
        assertThat(Footer.of(only, CsvFormat.RFC4180, end, 2)).isEmpty();
        // review: a last row with more fields than the header is a record with a stray delimiter or CR, no trailer
        Path more = Files.writeString(dir.resolve("m.csv"), head + "037833100,AAPL,a\rb,c\n");
        Reject extra = new Reject(3, head.length(), "expected 3 fields, found 4", 3, 4);
        assertThat(Footer.of(more, CsvFormat.RFC4180, extra, 1)).isEmpty();
        // no line break after it: a footer, or a copy cut short
        Path cut = Files.writeString(dir.resolve("c.csv"), head + "594918104,US59");
        Reject cutShort = new Reject(3, head.length(), "expected 3 fields, found 2", 3, 2);
        assertThat(Footer.of(cut, CsvFormat.RFC4180, cutShort, 1).map(Footer::describe)).contains("the last line, the only"
                + " reject, has no line break after it: the file's footer (594918104,US59), or a last record cut short (a"
                + " copy that stopped early?)");
    }

    @Test
    void aRejectBeforeTheLastLineOrForAnotherReasonIsNoFooter() throws Exception {
        String head = "cusip,isin,symbol\n";
        Path file = Files.writeString(dir.resolve("m.csv"), head + "File Creation Time: x\n037833100,US0378331005,AAPL\n");
        assertThat(Footer.of(file, CsvFormat.RFC4180, new Reject(2, head.length(), "expected 3 fields, found 1", 3, 1), 1)).isEmpty();
        Path nul = Files.writeString(dir.resolve("z.csv"), head + "037833100,US0378331005,AAPL\u0000\n");
        assertThat(Footer.of(nul, CsvFormat.RFC4180, new Reject(2, head.length(), "holds 1 NUL byte"), 1)).isEmpty();
        assertThat(Footer.of(nul, CsvFormat.RFC4180, null, 0)).isEqualTo(Optional.empty());
    }

    @ParameterizedTest
    @EnumSource(LoaderStrategy.class)
    void aFooterWithTheHeadersFieldCountIsARecordAndNamedAsTheFooter(LoaderStrategy s) throws Exception {
        // QA: NASDAQ's newer listings end "File Creation Time: 1120202617:00|||||||" under 8 columns: no reject,
        // and the footer was indexed as a symbol
        String head = "ACT Symbol|Security Name|Exchange|CQS Symbol|ETF|Round Lot Size|Test Issue|NASDAQ Symbol\r\n"
                + "A|Agilent Technologies, Inc. Common Stock|N|A|N|100|N|A\r\n";
        Path file = Files.writeString(dir.resolve("otherlisted.txt"), head + "File Creation Time: 1120202617:00|||||||\r\n");
        IndexOptions o = IndexOptions.defaults().withStrategy(s).withColumns(java.util.Map.of(
                io.chunkwise.loader.index.KeyKind.SYMBOL, "ACT Symbol"))
                .withLoad(LoadOptions.defaults().withFormat(PIPE).withChunkSize(4096));
        IndexSummary summary = Indexer.build(file, dir.resolve("o.cwx"), o);
        assertThat(summary.load().records()).isEqualTo(2);
        assertThat(summary.lastReject()).isNull();
        Footer footer = Footer.find(file, PIPE, summary.load().header().dataStart(), null, 0).orElseThrow();
        assertThat(footer.rejected()).isFalse();
        assertThat(footer.describe()).isEqualTo("the last line (byte " + head.length() + ") looks like the file's footer"
                + " (File Creation Time: 1120202617:00) but has the header's field count: it is read as a record; remove it,"
                + " e.g. with sed '$d'");
        // a last record of data is none, nor is a header-only file's header
        Path data = Files.writeString(dir.resolve("d.txt"), head);
        assertThat(Footer.find(data, PIPE, 0, null, 0)).isEmpty();
        Path headerOnly = Files.writeString(dir.resolve("h.txt"), "File Creation Time|x\n");
        assertThat(Footer.accepted(headerOnly, PIPE, Files.size(headerOnly), null)).isEmpty();
    }
}
