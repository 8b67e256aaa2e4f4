package io.chunkwise.loader.tests;

import static org.assertj.core.api.Assertions.assertThat;

import io.chunkwise.loader.csv.CsvFormat;
import io.chunkwise.loader.csv.CsvReader;
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

/** NASDAQ Trader's '|'-delimited listings: the "File Creation Time" trailer is counted as a reject, never data. */
class ExchangeFilesTest {
    @TempDir
    Path dir;

    private Path copy(String name) throws Exception {
        return ExchangeFiles.copy(dir, name);
    }

    @ParameterizedTest
    @EnumSource(LoaderStrategy.class)
    void nasdaqListedTrailerIsARejectAndSymbolsAreIndexed(LoaderStrategy s) throws Exception {
        Path file = copy("nasdaqlisted.txt");
        long lines = Files.readAllLines(file).size();
        Path rejects = dir.resolve("rejects.csv");
        IndexOptions o = IndexOptions.defaults().withStrategy(s).withRejects(rejects)
                .withLoad(LoadOptions.defaults().withFormat(CsvFormat.RFC4180.withDelimiter('|')).withChunkSize(4096));
        IndexSummary summary = Indexer.build(file, dir.resolve("n.cwx"), o);
        assertThat(summary.load().records()).isEqualTo(lines - 2);
        assertThat(summary.load().rejected()).isEqualTo(1);
        List<String> rejected = Files.readAllLines(rejects);
        assertThat(rejected).hasSize(2);
        assertThat(rejected.get(1)).startsWith(lines + ",").contains("expected 8 fields, found 6");
        try (IndexFile idx = IndexFile.open(summary.index(), file)) {
            long[] aal = idx.offsets(KeyKind.SYMBOL, "AAL");
            assertThat(aal).hasSize(1);
            assertThat(idx.record(aal[0]).get(1)).isEqualTo("American Airlines Group, Inc. - Common Stock");
            assertThat(idx.offsets(KeyKind.SYMBOL, "File Creation Time: 0815201621:32")).isEmpty();
        }
    }

    /** Read with the default comma, a listing is one column: the reader names the delimiter it looks delimited by (QA). */
    @Test
    void readWithACommaTheReaderSaysWhichDelimiterTheFileLooksDelimitedBy() throws Exception {
        Path file = copy("nasdaqlisted.txt");
        try (CsvReader reader = CsvReader.open(file, CsvFormat.RFC4180)) {
            assertThat(reader.header().size()).isEqualTo(1);
            assertThat(reader.delimiterHint()).contains("the header looks '|'-delimited: set the delimiter to '|'");
        }
        try (CsvReader reader = CsvReader.open(file, CsvFormat.RFC4180.withDelimiter('|'))) {
            assertThat(reader.delimiterHint()).isEmpty();
        }
        Path tabs = Files.writeString(dir.resolve("tabs.txt"), "cusip\tisin\tsymbol\n037833100\tUS0378331005\tAAPL\n");
        try (CsvReader reader = CsvReader.open(tabs, CsvFormat.RFC4180)) {
            assertThat(reader.delimiterHint()).contains("the header looks tab-delimited: set the delimiter to '\\t'");
        }
    }

    @ParameterizedTest
    @EnumSource(LoaderStrategy.class)
    void otherListedNeedsItsSymbolColumnNamed(LoaderStrategy s) throws Exception {
        Path file = copy("otherlisted.txt");
        IndexOptions o = IndexOptions.defaults().withStrategy(s).withColumns(Map.of(KeyKind.SYMBOL, "act symbol"))
                .withLoad(LoadOptions.defaults().withFormat(CsvFormat.RFC4180.withDelimiter('|')).withChunkSize(1000));
        IndexSummary summary = Indexer.build(file, dir.resolve("o.cwx"), o);
        assertThat(summary.load().rejected()).isEqualTo(1);
        try (IndexFile idx = IndexFile.open(summary.index(), file)) {
            assertThat(idx.record(idx.offsets(KeyKind.SYMBOL, "AA$B")[0]).get(3)).isEqualTo("AApB");
        }
    }
}
