package io.chunkwise.cli.loader;

import static org.assertj.core.api.Assertions.assertThat;

import io.chunkwise.cli.CliRun;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Review: a CUSIP a spreadsheet turned into a number ({@code 3.7833E+08}, or {@code 37833100} for
 * {@code 037833100}), given to lookup or held by the master, found nothing with a bare "no record";
 * the not-found line now says what it looks like (exit 1 still).
 */
class SpreadsheetNumberLookupTest {
    @TempDir
    Path dir;

    @Test
    void aKeyInExponentFormOrWithoutItsLeadingZerosIsNamedAsASpreadsheetsNumber() throws Exception {
        Path m = Files.writeString(dir.resolve("m.csv"), "cusip,isin,symbol\n037833100,US0378331005,AAPL\n");
        CliRun r = CliRun.of("lookup", m.toString(), "--cusip", "3.7833E+08", "--cusip", "3,7833e+08", "--isin", "3.7833E+08",
                "--cusip", "37833100", "--cusip", "12345", "--json");
        assertThat(r.code()).as(r.err()).isEqualTo(1);
        assertThat(r.json()).isEmpty();
        assertThat(r.err()).contains("lookup: no record for"
                + " cusip 3.7833E+08 (it looks like a number a spreadsheet wrote in exponent form; a CUSIP has 9 characters),"
                + " cusip 3,7833E+08 (it looks like a number a spreadsheet wrote in exponent form; a CUSIP has 9 characters),"
                + " isin 3.7833E+08 (it looks like a number a spreadsheet wrote in exponent form; an ISIN has 12 characters),"
                + " cusip 37833100 (found as 037833100: it looks like a number a spreadsheet wrote without its leading zero),"
                + " cusip 12345 (it looks like a number a spreadsheet wrote without its leading zeros; a CUSIP has 9 characters)\n");
    }

    @Test
    void aMasterWhoseCusipLostItsLeadingZeroIsNamed() throws Exception {
        Path m = Files.writeString(dir.resolve("m.csv"), "cusip,isin,symbol\n37833100,US0378331005,AAPL\n");
        CliRun r = CliRun.of("lookup", m.toString(), "--cusip", "037833100");
        assertThat(r.code()).as(r.err()).isEqualTo(1);
        assertThat(r.err()).contains("lookup: no record for cusip 037833100 (found as 37833100: the master's looks like a"
                + " number a spreadsheet wrote without its leading zero)\n");
    }

    @Test
    void aKeyThatIsNoSpreadsheetsNumberGetsNoSuchHint() throws Exception {
        Path m = Files.writeString(dir.resolve("m.csv"), "cusip,isin,symbol\n037833100,US0378331005,AAPL\n");
        // a valid CUSIP that is not there, one cut short (a number has no leading zero), a CUSIP-like E that is no exponent
        CliRun r = CliRun.of("lookup", m.toString(), "--cusip", "594918104", "--cusip", "0378331", "--cusip", "3E0000000");
        assertThat(r.code()).as(r.err()).isEqualTo(1);
        assertThat(r.err()).contains("lookup: no record for cusip 594918104, cusip 0378331, cusip 3E0000000")
                .doesNotContain("spreadsheet");
    }
}
