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
}
