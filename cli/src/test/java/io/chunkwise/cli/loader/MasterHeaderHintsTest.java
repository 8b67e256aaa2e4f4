package io.chunkwise.cli.loader;

import static org.assertj.core.api.Assertions.assertThat;

import io.chunkwise.cli.CliRun;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What a master's header lacks a key column for is said, not guessed at wrongly: another delimiter, a title row over it. */
class MasterHeaderHintsTest {
    @TempDir
    Path dir;

    @Test
    void aHeaderSplitByAnotherDelimiterIsNotOfferedAsAKeyColumn() throws Exception {
        // QA: "'cusip\x09isin\x09symbol' looks like the cusip column" came before the delimiter, which is the fix
        for (String d : new String[] {"\t", ";"}) {
            Path m = Files.writeString(dir.resolve("m" + (int) d.charAt(0) + ".csv"),
                    String.join(d, "cusip", "isin", "symbol", "price") + "\n"
                            + String.join(d, "037833100", "US0378331005", "AAPL", "189,50") + "\n");
            for (String[] args : new String[][] {{"index", m.toString()}, {"lookup", m.toString(), "--symbol", "AAPL"}}) {
                CliRun r = CliRun.of(args);
                assertThat(r.code()).as(args[0]).isEqualTo(2);
                assertThat(r.err()).as(args[0]).doesNotContain("looks like the cusip column")
                        .contains("-delimited: add --delimiter '" + (d.equals("\t") ? "\\t" : d) + "'");
            }
        }
    }

    @Test
    void aTitleRowOverTheHeaderIsNamedWithTheHeadersLine() throws Exception {
        Path m = Files.writeString(dir.resolve("m.csv"), "Security Master export 2024-01-02\n"
                + "cusip,isin,symbol\n037833100,US0378331005,AAPL\n");
        for (String[] args : new String[][] {{"index", m.toString()}, {"lookup", m.toString(), "--symbol", "AAPL"}}) {
            CliRun r = CliRun.of(args);
            assertThat(r.code()).as(args[0]).isEqualTo(2);
            assertThat(r.err().strip()).as(args[0]).doesNotContain("\n").contains(m + ":1 (byte 0): no key column")
                    .endsWith("; line 2 looks like the header: remove the line before it (a title row?), e.g. with tail -n +2");
        }
        // a title and a blank line over a ';' header of another vendor's names, one named as asked
        Path vendor = Files.writeString(dir.resolve("v.csv"), "\"Holdings report\";;\n\n\"TICKER\";\"ID_CUSIP\";\"NAME\"\n"
                + "AAPL;037833100;Apple\n");
        CliRun named = CliRun.of("index", vendor.toString(), "--delimiter", ";", "--cusip-column", "ID_CUSIP");
        assertThat(named.code()).isEqualTo(2);
        assertThat(named.err()).contains("no column named 'ID_CUSIP' for cusip")
                .contains("; line 3 looks like the header: remove the lines before it (a title row?), e.g. with tail -n +3");
    }

    @Test
    void aTrailingDelimiterOnEveryDataLineIsNamedByIndexAndScan() throws Exception {
        // an export whose data lines end with ',' and whose header does not: every record one field too many
        Path m = Files.writeString(dir.resolve("m.csv"), "cusip,isin,symbol\r\n037833100,US0378331005,AAPL,\r\n"
                + "594918104,US5949181045,MSFT,\r\n");
        CliRun index = CliRun.of("index", m.toString());
        assertThat(index.code()).isEqualTo(2);
        assertThat(index.err().strip()).doesNotContain("\n").contains("every record was rejected (2), the first: expected 3"
                + " fields, found 4; the header has 3 fields; line 2 ends with a delimiter ',' that makes an empty last field"
                + " the header lacks (a spreadsheet's export?): remove the trailing delimiters, or end the header with one too");
        CliRun scan = CliRun.of("scan", m.toString(), "--json");
        assertThat(scan.code()).isEqualTo(1);
        assertThat(scan.err()).contains("scan: " + m + ": every record was rejected: line 2 ends with a delimiter ','");
        // one field too many that is not empty: another cause, not named so
        Path other = Files.writeString(dir.resolve("o.csv"), "cusip,isin,symbol\n037833100,US0378331005,AAPL,x\n");
        assertThat(CliRun.of("index", other.toString()).err()).contains("every record was rejected").doesNotContain("ends with a delimiter");
        // the header ends with one too: both read the same, and the records are kept
        Path both = Files.writeString(dir.resolve("b.csv"), "cusip,isin,symbol,\n037833100,US0378331005,AAPL,\n");
        CliRun kept = CliRun.of("index", both.toString(), "--json");
        assertThat(kept.code()).as(kept.err()).isZero();
        assertThat(kept.json().get("records").asLong()).isEqualTo(1);
    }

    @Test
    void aHeaderWithoutKeysAndNoHeaderBelowGetsNoTitleHint() throws Exception {
        Path m = Files.writeString(dir.resolve("prices.csv"), "date,close\n2024-01-02,189.5\n2024-01-03,187.1\n");
        CliRun r = CliRun.of("index", m.toString());
        assertThat(r.code()).isEqualTo(2);
        assertThat(r.err()).contains("no key column").doesNotContain("looks like the header");
    }
}
