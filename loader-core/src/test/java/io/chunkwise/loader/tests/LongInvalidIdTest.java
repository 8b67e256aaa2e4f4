package io.chunkwise.loader.tests;

import static org.assertj.core.api.Assertions.assertThat;

import io.chunkwise.loader.index.IndexOptions;
import io.chunkwise.loader.index.IndexSummary;
import io.chunkwise.loader.index.Indexer;
import io.chunkwise.loader.index.KeyKind;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The first invalid id of a key column that holds another column's text (a description named as
 * the CUSIP column) is shown cut, with its length, in one line: before, its 5,000 characters were
 * the line.
 */
class LongInvalidIdTest {
    @TempDir
    Path dir;

    @Test
    void aLongValueIsCutAndNamedAsAnotherColumnsText() throws Exception {
        Path file = dir.resolve("m.csv");
        String description = "Common Stock of Apple Inc ".repeat(200);
        Files.writeString(file, "cusip,description\n037833100," + description + "\n");
        IndexSummary s = Indexer.build(file, dir.resolve("m.cwx"),
                IndexOptions.defaults().withColumns(Map.of(KeyKind.CUSIP, "description")));
        assertThat(s.firstInvalidId().value()).hasSize(description.strip().length()); // kept whole, for --json
        assertThat(s.firstInvalidId().describe()).isEqualTo("first: CUSIP COMMON STOCK OF APPLE INC COMMON STOCK O…"
                + " in the record at byte 18 (5,199 characters: is this the CUSIP column?)");
    }

    @Test
    void aShortValueIsShownWhole() throws Exception {
        Path file = dir.resolve("short.csv");
        Files.writeString(file, "cusip\n37833100\n");
        IndexSummary s = Indexer.build(file, dir.resolve("short.cwx"), IndexOptions.defaults());
        assertThat(s.firstInvalidId().describe())
                .isEqualTo("first: CUSIP 37833100 in the record at byte 6 (8 digits: a leading zero lost in a spreadsheet?)");
    }
}
