package io.chunkwise.cli.loader;

import static org.assertj.core.api.Assertions.assertThat;

import io.chunkwise.cli.CliRun;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A key given with the quotes of a CSV cell, or quoted twice in a script, says it is there without them; one whose
 * bytes were not UTF-8 says how to type it.
 */
class QuotedKeyHintTest {
    @TempDir
    Path dir;

    @Test
    void aKeyThatKeptItsQuotesNamesTheOneFound() throws Exception {
        Path file = Files.writeString(dir.resolve("m.csv"), "cusip,isin,symbol\n037833100,US0378331005,AAPL\n\"594918104\",US5949181045,'MSFT'\n");
        CliRun r = CliRun.of("lookup", file.toString(), "--cusip", "\"037833100\"", "--symbol", "'AAPL'",
                "--isin", "\"'us0378331005'\"", "--symbol", "'MSFT'", "--symbol", "\"IBM\"", "--json");
        assertThat(r.code()).as(r.err()).isEqualTo(1);
        // the master's own quoted '...' symbol is found as written: no hint, a record
        assertThat(r.json()).hasSize(1);
        assertThat(r.err()).contains("lookup: no record for cusip \"037833100\" (found as 037833100: quotes around a key are not part"
                + " of it), symbol 'AAPL' (found as AAPL: quotes around a key are not part of it), isin \"'US0378331005'\" (found as"
                + " US0378331005: quotes around a key are not part of it), symbol \"IBM\"\n");
    }

    @Test
    void aKeyWhoseBytesAreNotUtf8SaysHowToTypeIt() throws Exception {
        Path file = dir.resolve("latin1.csv");
        Files.write(file, "cusip,isin,symbol\n037833100,US0378331005,CAF\u00c9\n".getBytes(java.nio.charset.StandardCharsets.ISO_8859_1));
        // a Latin-1 É typed in a Latin-1 terminal reaches the JVM as U+FFFD
        CliRun missed = CliRun.of("lookup", file.toString(), "--symbol", "CAF\uFFFD");
        assertThat(missed.code()).as(missed.err()).isEqualTo(1);
        assertThat(missed.err()).contains("lookup: no record for symbol CAF\\ufffd (the key holds bytes that are not UTF-8, which"
                + " reach Java as U+FFFD; type it in UTF-8: a Latin-1 master's keys are found so)");
        CliRun found = CliRun.of("lookup", file.toString(), "--symbol", "CAF\u00c9", "--json");
        assertThat(found.code()).as(found.err()).isEqualTo(0);
        assertThat(found.json()).hasSize(1);
    }
}
