package io.chunkwise.loader.tests;

import static org.assertj.core.api.Assertions.assertThat;

import io.chunkwise.loader.csv.CsvFormat;
import io.chunkwise.loader.csv.CsvReader;
import io.chunkwise.loader.csv.Reject;
import io.chunkwise.loader.index.IndexOptions;
import io.chunkwise.loader.index.IndexSummary;
import io.chunkwise.loader.index.Indexer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code CsvReader}, the README's way to read every record, rejects the second header that
 * {@code cat a.csv b.csv} leaves, as the loaders do: it gave it as a record, a security whose
 * CUSIP is "cusip" (and {@code generate fixlog --master} could pick it).
 */
class ReaderHeaderRepeatTest {
    @TempDir
    Path dir;

    @Test
    void aRepeatedHeaderRowIsRejectedAsTheLoadersRejectIt() throws Exception {
        Path master = Files.writeString(dir.resolve("m.csv"), "cusip,isin,symbol\n037833100,US0378331005,AAPL\n"
                + "cusip,isin,symbol\r\n594918104,US5949181045,MSFT\n");
        List<String> cusips = new ArrayList<>();
        List<Reject> rejects = new ArrayList<>();
        try (CsvReader reader = CsvReader.open(master, CsvFormat.RFC4180)) {
            CsvReader.Counts counts = reader.forEach(r -> cusips.add(r.get(0)), rejects::add);
            assertThat(counts).isEqualTo(new CsvReader.Counts(2, 1));
        }
        assertThat(cusips).containsExactly("037833100", "594918104");
        assertThat(rejects).singleElement().satisfies(r -> {
            assertThat(r.line()).isEqualTo(3);
            assertThat(r.offset()).isEqualTo(46);
            assertThat(r.reason()).isEqualTo("repeats the header row (concatenated files?)");
        });
        IndexSummary built = Indexer.build(master, dir.resolve("m.cwx"), IndexOptions.defaults().withRejects(dir.resolve("r.csv")));
        assertThat(built.load().records()).isEqualTo(2);
        assertThat(built.load().rejected()).isEqualTo(1);
    }
}
