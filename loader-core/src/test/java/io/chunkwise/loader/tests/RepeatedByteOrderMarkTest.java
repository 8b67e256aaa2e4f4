package io.chunkwise.loader.tests;

import static org.assertj.core.api.Assertions.assertThat;

import io.chunkwise.loader.csv.CsvFormat;
import io.chunkwise.loader.csv.CsvReader;
import io.chunkwise.loader.index.IndexFile;
import io.chunkwise.loader.index.IndexOptions;
import io.chunkwise.loader.index.Indexer;
import io.chunkwise.loader.index.KeyKind;
import io.chunkwise.loader.load.LoadOptions;
import io.chunkwise.loader.load.LoaderStrategy;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * A header after two byte-order marks (text that had one, written by a tool that adds one) keeps its first column's name,
 * and Excel's {@code sep=} line after them is still the file's first line.
 */
class RepeatedByteOrderMarkTest {
    @TempDir
    Path dir;

    @ParameterizedTest
    @ValueSource(strings = {"\uFEFF\uFEFF", "\uFEFF\uFEFF\uFEFF", "sep=,\r\n\uFEFF\uFEFF", "\uFEFF\uFEFFsep=,\r\n"})
    void theFirstColumnIsFoundByItsNameForEveryStrategy(String start) throws Exception {
        Path file = dir.resolve("m.csv");
        Files.writeString(file, start + "cusip,isin,symbol\r\n037833100,US0378331005,AAPL\r\n", StandardCharsets.UTF_8);
        for (LoaderStrategy s : LoaderStrategy.values()) {
            for (long chunk : new long[] {1, 7, 1 << 20}) {
                Collect sink = new Collect();
                s.open(LoadOptions.defaults().withChunkSize(chunk).withWorkers(2)).load(file, sink);
                assertThat(sink.header.names()).as(s + " chunk=" + chunk).containsExactly("cusip", "isin", "symbol");
                assertThat(sink.rows).as(s + " chunk=" + chunk).hasSize(1);
                assertThat(sink.rejects).as(s + " chunk=" + chunk).isEmpty();
            }
        }
        try (CsvReader reader = CsvReader.open(file, CsvFormat.RFC4180)) {
            assertThat(reader.header().find("cusip")).contains(0);
        }
        try (IndexFile index = Indexer.openOrBuild(file, Indexer.defaultPath(file), IndexOptions.defaults()).index()) {
            long[] found = index.offsets(KeyKind.CUSIP, "037833100");
            assertThat(found).hasSize(1);
            assertThat(index.record(found[0])).isEqualTo(List.of("037833100", "US0378331005", "AAPL"));
        }
    }
}
