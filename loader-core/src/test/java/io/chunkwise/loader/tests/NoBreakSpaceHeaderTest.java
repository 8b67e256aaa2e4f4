package io.chunkwise.loader.tests;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.chunkwise.loader.csv.CsvHeader;
import io.chunkwise.loader.csv.CsvParseException;
import io.chunkwise.loader.index.IndexFile;
import io.chunkwise.loader.index.IndexOptions;
import io.chunkwise.loader.index.Indexer;
import io.chunkwise.loader.index.KeyKind;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A spreadsheet pads header names with no-break spaces ({@code "CUSIP\u00A0"}), which print as
 * spaces: names are compared without surrounding blanks, these among them.
 */
class NoBreakSpaceHeaderTest {
    @TempDir
    Path dir;

    @Test
    void keyColumnsPaddedWithNoBreakSpacesAreFound() throws Exception {
        Path file = dir.resolve("m.csv");
        Files.writeString(file, "Symbol\u00A0,\u202FCUSIP\u00A0\u2007\n AAPL ,037833100\n", StandardCharsets.UTF_8);
        try (IndexFile index = Indexer.openOrBuild(file, Indexer.defaultPath(file), IndexOptions.defaults()).index()) {
            assertThat(index.offsets(KeyKind.CUSIP, "037833100")).hasSize(1);
            assertThat(index.offsets(KeyKind.SYMBOL, "AAPL")).hasSize(1);
        }
    }

    @Test
    void namesThatDifferOnlyByNoBreakSpacesAreDuplicates() {
        CsvHeader header = new CsvHeader(List.of("cusip", "CUSIP\u00A0"), 1, 0, 13, 2);
        assertThat(header.find("cusip ")).contains(0);
        assertThatThrownBy(() -> header.requireUniqueNames("m.csv")).isInstanceOf(CsvParseException.class)
                .hasMessageContaining("duplicate header name: column 1 'cusip' and column 2");
    }

    @Test
    void aNameOfNoBreakSpacesOnlyIsUnnamedAndKeyedByNumber() {
        List<String> names = List.of("cusip", "\u00A0", "\u00A0 ");
        new CsvHeader(names, 1, 0, 13, 2).requireUniqueNames("m.csv");
        assertThat(CsvHeader.keysOf(names)).containsExactly("cusip", "_column2", "_column3");
        assertThat(CsvHeader.keyOf(names, 1)).isEqualTo("_column2");
    }

    @Test
    void namesPaddedWithCharactersThatPrintAsNothingAreFoundAndShown() throws Exception {
        // QA: a header pasted from a web page, "\u200Bcusip", said "has no cusip column [cusip, isin,
        // symbol]", the zero-width space invisible in the message too
        Path file = dir.resolve("zw.csv");
        Files.writeString(file, "\u200Bcusip,isin\u200E,symbol\n037833100,US0378331005,AAPL\n", StandardCharsets.UTF_8);
        try (IndexFile index = Indexer.openOrBuild(file, Indexer.defaultPath(file), IndexOptions.defaults()).index()) {
            assertThat(index.offsets(KeyKind.CUSIP, "037833100")).hasSize(1);
            assertThat(index.offsets(KeyKind.ISIN, "US0378331005")).hasSize(1);
        }
        CsvHeader header = new CsvHeader(List.of("\u200Bname", "\u00A0x"), 1, 0, 13, 2);
        assertThat(header.describe()).isEqualTo("[\\u200bname, \\u00a0x]");
        assertThatThrownBy(() -> new CsvHeader(List.of("cusip", "\u200BCUSIP"), 1, 0, 13, 2).requireUniqueNames("m.csv"))
                .isInstanceOf(CsvParseException.class).hasMessageContaining("duplicate header name");
    }
}
