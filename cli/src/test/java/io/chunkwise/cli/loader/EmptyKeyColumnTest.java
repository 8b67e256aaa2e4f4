package io.chunkwise.cli.loader;

import static org.assertj.core.api.Assertions.assertThat;

import io.chunkwise.cli.CliRun;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * QA: a master whose CUSIP column is empty in every record was indexed with {@code keys:
 * cusip=cusip}, and {@code lookup --cusip} said only {@code no record for cusip 037833100}: the
 * column found by its name holds nothing, said by both.
 */
class EmptyKeyColumnTest {
    @TempDir
    Path dir;

    @Test
    void aKeyColumnEmptyInEveryRecordIsSaidByIndexAndLookup() throws Exception {
        Path m = Files.writeString(dir.resolve("m.csv"), "cusip,isin,symbol\n,US0378331005,AAPL\n ,US5949181045,MSFT\n");
        CliRun index = CliRun.of("index", m.toString());
        assertThat(index.code()).isZero();
        assertThat(index.err()).contains("keys: cusip=cusip, isin=isin, symbol=symbol").contains("empty key column: cusip"
                + " column 'cusip' is empty in every record, so no cusip can be looked up (a column exported blank, or another"
                + " column named?)").doesNotContain("column 'isin'");
        assertThat(CliRun.of("index", m.toString(), "--json").json().get("emptyKeyColumns").toString()).isEqualTo("[\"cusip\"]");
        CliRun lookup = CliRun.of("lookup", m.toString(), "--cusip", "037833100", "--isin", "US0378331005");
        assertThat(lookup.code()).isEqualTo(1);
        assertThat(lookup.err()).contains("no record for cusip 037833100 (the cusip column 'cusip' is empty in every record)");
        // one value is enough for the column to be a key column like any other
        Path one = Files.writeString(dir.resolve("o.csv"), "cusip,isin,symbol\n,US0378331005,AAPL\n594918104,,MSFT\n");
        assertThat(CliRun.of("index", one.toString()).err()).doesNotContain("empty key column");
        assertThat(CliRun.of("index", one.toString(), "--json").json().get("emptyKeyColumns").size()).isZero();
        assertThat(CliRun.of("lookup", one.toString(), "--cusip", "037833100").err()).doesNotContain("empty in every record");
    }
}
