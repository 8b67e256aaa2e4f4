package io.chunkwise.cli.loader;

import static org.assertj.core.api.Assertions.assertThat;

import io.chunkwise.cli.CliRun;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * QA: an export with two header rows (names, then labels) was indexed with its second row as a
 * record, and {@code invalid ids: first: CUSIP CUSIP ID in the record at byte 18} said nothing of
 * why; the id that is a column's name is named as one.
 */
class SecondHeaderRowTest {
    @TempDir
    Path dir;

    @Test
    void anInvalidIdThatIsAColumnsNameIsNamedAsASecondHeaderRow() throws Exception {
        Path m = Files.writeString(dir.resolve("m.csv"), "cusip,isin,symbol\nCUSIP ID,ISIN Code,Ticker\n"
                + "037833100,US0378331005,AAPL\n");
        CliRun r = CliRun.of("index", m.toString());
        assertThat(r.code()).isZero();
        assertThat(r.err()).contains("invalid ids: first: CUSIP CUSIP ID in the record at byte 18 (a column's name:"
                + " a second header row? remove it)");
        // an id that is only wrong keeps its message
        Path wrong = Files.writeString(dir.resolve("w.csv"), "cusip,isin,symbol\n037833101,US0378331005,AAPL\n");
        assertThat(CliRun.of("index", wrong.toString()).err()).contains("invalid ids: first: CUSIP 037833101 in the record"
                + " at byte 18").doesNotContain("header row");
    }

    @Test
    void scanIndexAndALookupThatFindsTheRowOfLabelsSayItIsASecondHeaderRow() throws Exception {
        // QA: scan said nothing, and lookup --symbol Ticker printed the row of labels as a listing
        Path m = Files.writeString(dir.resolve("s.csv"), "symbol,name\nTicker,Security Name\nAAPL,Apple\n");
        String said = "line 2 looks like a second header row (its symbol 'Ticker' is a column's label, not a symbol): it is"
                + " read as a record; remove it, e.g. with sed 2d";
        CliRun scan = CliRun.of("scan", m.toString());
        assertThat(scan.code()).isZero();
        assertThat(scan.err()).contains("scan: " + m + ": " + said).contains("2 records, 0 rejected");
        assertThat(CliRun.of("index", m.toString()).err()).contains("index: " + m + ": " + said);
        CliRun labels = CliRun.of("lookup", m.toString(), "--symbol", "Ticker");
        assertThat(labels.code()).isZero();
        assertThat(labels.err()).contains("lookup: " + m + ": " + said);
        // a look-up that finds data says nothing of the row
        CliRun data = CliRun.of("lookup", m.toString(), "--symbol", "AAPL");
        assertThat(data.code()).isZero();
        assertThat(data.err()).doesNotContain("second header row");
        // a master without one is quiet
        Path plain = Files.writeString(dir.resolve("p.csv"), "symbol,name\nAAPL,Apple\n");
        assertThat(CliRun.of("scan", plain.toString()).err()).doesNotContain("second header row");
    }
}
