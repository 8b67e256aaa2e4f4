package io.chunkwise.cli.loader;

import static org.assertj.core.api.Assertions.assertThat;

import io.chunkwise.cli.CliRun;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A CUSIP or ISIN not found that differs by its check digit from one in the master says so. */
class LookupCheckDigitHintTest {
    @TempDir
    Path dir;

    @Test
    void aKeyOffByItsCheckDigitNamesTheOneFound() throws Exception {
        Path file = dir.resolve("m.csv");
        // MSFT's CUSIP and ISIN in this master have wrong check digits (594918104 and US5949181045 are right)
        Files.writeString(file, "cusip,isin,symbol\n037833100,US0378331005,AAPL\n594918105,US5949181046,MSFT\n");
        CliRun r = CliRun.of("lookup", file.toString(), "--cusip", "037833109", "--isin", "us0378331004",
                "--cusip", "594918104", "--isin", "US5949181045", "--cusip", "38259P501", "--cusip", "38259P508",
                "--cusip", "0378331", "--symbol", "037833101", "--json");
        assertThat(r.code()).isEqualTo(1);
        assertThat(r.json()).isEmpty();
        assertThat(r.err()).contains("lookup: no record for cusip 037833109 (a wrong check digit? found as 037833100),"
                + " isin US0378331004 (a wrong check digit? found as US0378331005),"
                + " cusip 594918104 (found as 594918105, whose check digit is not valid),"
                + " isin US5949181045 (found as US5949181046, whose check digit is not valid),"
                + " cusip 38259P501 (its check digit is not valid: it would be 38259P508),"
                + " cusip 38259P508, cusip 0378331, symbol 037833101\n");
    }
}
