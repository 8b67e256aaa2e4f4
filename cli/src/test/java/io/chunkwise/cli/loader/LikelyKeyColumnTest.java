package io.chunkwise.cli.loader;

import static org.assertj.core.api.Assertions.assertThat;

import io.chunkwise.cli.CliRun;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A key column under another name ({@code Ticker Symbol}, in an Excel export with {@code sep=;} and
 * CRLF) is named in the hint, with the option to give, by index and lookup.
 */
class LikelyKeyColumnTest {
    @TempDir
    Path dir;

    @Test
    void aTickerSymbolColumnIsGivenWithItsOption() throws Exception {
        Path file = dir.resolve("export.csv");
        Files.writeString(file, "sep=;\r\nCUSIP;ISIN;Ticker Symbol;Advertising\r\n037833100;US0378331005;AAPL;\"x; y\"\r\n");
        CliRun index = CliRun.of("index", file.toString());
        assertThat(index.code()).as(index.err()).isZero();
        assertThat(index.err()).contains("keys: cusip=CUSIP, isin=ISIN, symbol: no column (name it with --symbol-column"
                + " 'Ticker Symbol')\n");

        CliRun lookup = CliRun.of("lookup", file.toString(), "--symbol", "AAPL");
        assertThat(lookup.code()).isEqualTo(2);
        assertThat(lookup.err()).isEqualTo("chunkwise lookup: " + file + ":2 (byte 7): has no symbol column [CUSIP, ISIN,"
                + " Ticker Symbol, Advertising]; name it with --symbol-column 'Ticker Symbol'\n");

        CliRun named = CliRun.of("lookup", file.toString(), "--symbol", "AAPL", "--symbol-column", "Ticker Symbol", "--json");
        assertThat(named.code()).as(named.err()).isZero();
        assertThat(named.json().get(0).get("Advertising").asText()).isEqualTo("x; y");
    }

    @Test
    void noKeyColumnNamesTheLikelyOneButNotAWordThatOnlyHoldsIsin() throws Exception {
        Path file = dir.resolve("m.csv");
        Files.writeString(file, "Advertising,Ticker Symbol\nx,AAPL\n");
        CliRun r = CliRun.of("index", file.toString());
        assertThat(r.code()).isEqualTo(2);
        assertThat(r.err()).contains("has none of cusip, isin, symbol/ticker (name one with --cusip-column, --isin-column or"
                + " --symbol-column); 'Ticker Symbol' looks like the symbol column (--symbol-column 'Ticker Symbol')");

        // every header that looks like a key is named, each with the option that selects it, not the first alone
        Path tabs = dir.resolve("tabs.tsv");
        Files.writeString(tabs, "Cusip Number\tIsin Code\tTicker Symbol\n037833100\tUS0378331005\tAAPL\n");
        CliRun all = CliRun.of("index", tabs.toString(), "--delimiter", "\\t");
        assertThat(all.code()).as(all.err()).isEqualTo(2);
        assertThat(all.err()).contains("(name one with --cusip-column, --isin-column or --symbol-column); 'Cusip Number' looks"
                + " like the cusip column (--cusip-column 'Cusip Number'), 'Isin Code' the isin column (--isin-column"
                + " 'Isin Code'), 'Ticker Symbol' the symbol column (--symbol-column 'Ticker Symbol')\n");

        Path none = dir.resolve("none.csv");
        Files.writeString(none, "Advertising,Name\nx,Apple\n");
        CliRun plain = CliRun.of("index", none.toString());
        assertThat(plain.code()).isEqualTo(2);
        assertThat(plain.err()).doesNotContain("looks like");
    }
}
