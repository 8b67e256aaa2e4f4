package io.chunkwise.loader.tests;

import static org.assertj.core.api.Assertions.assertThat;

import io.chunkwise.loader.csv.CsvFormat;
import io.chunkwise.loader.csv.CsvHeader;
import io.chunkwise.loader.csv.HeaderReader;
import io.chunkwise.loader.index.KeyColumns;
import io.chunkwise.loader.index.SecondHeader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** QA: an export's row of labels under its header was read as a record without a word; the first record is looked at. */
class SecondHeaderTest {
    @TempDir
    Path dir;

    private Optional<String> of(String content) throws Exception {
        Path file = Files.writeString(dir.resolve("m" + content.hashCode() + ".csv"), content);
        CsvHeader header = HeaderReader.read(file, CsvFormat.RFC4180);
        return SecondHeader.of(file, CsvFormat.RFC4180, header, KeyColumns.resolve(file.toString(), header, Map.of()))
                .map(SecondHeader::describe);
    }

    @Test
    void aFirstRecordWhoseKeyIsAColumnsNameOrLabelIsNamed() throws Exception {
        assertThat(of("symbol,name\nTicker,Security Name\nAAPL,Apple\n")).contains("line 2 looks like a second header row"
                + " (its symbol 'Ticker' is a column's label, not a symbol): it is read as a record; remove it, e.g. with sed 2d");
        assertThat(of("cusip,isin,symbol\n\nCUSIP ID,ISIN Code,Ticker\n037833100,US0378331005,AAPL\n"))
                .contains("line 3 looks like a second header row (its cusip 'CUSIP ID' is a column's label, not a cusip):"
                        + " it is read as a record; remove it, e.g. with sed 3d");
        assertThat(of("Ticker,Name\nName,Full name\nAAPL,Apple\n")).hasValueSatisfying(s -> s.contains("'Name' is a column's name"));
    }

    @Test
    void dataRejectedRowsAndLaterRowsAreNotLooked() throws Exception {
        assertThat(of("cusip,isin,symbol\n037833100,US0378331005,AAPL\n")).isEmpty();
        // a repeated header row is rejected as one, a row of another width by its count: the load says those
        assertThat(of("cusip,isin,symbol\ncusip,isin,symbol\n037833100,US0378331005,AAPL\n")).isEmpty();
        assertThat(of("symbol,name\nTicker\nAAPL,Apple\n")).isEmpty();
        assertThat(of("symbol,name\nAAPL,Apple\nTicker,Security Name\n")).isEmpty();
        assertThat(of("symbol,name\n")).isEmpty();
    }
}
