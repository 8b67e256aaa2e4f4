package io.chunkwise.cli.loader;

import static org.assertj.core.api.Assertions.assertThat;

import io.chunkwise.cli.CliRun;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code scan} says what {@code index} says of the same master: a title row over the header is
 * named (where scan only counted every row rejected), and a record with a NUL in a key column is
 * rejected by both (scan read only the first field, and counted it clean).
 */
class ScanAgreesWithIndexTest {
    private static final String[] STRATEGIES = {"full", "chunked", "mmap", "parallel"};

    @TempDir
    Path dir;

    @Test
    void aTitleRowOverTheHeaderIsNamedByScan() throws Exception {
        Path m = Files.writeString(dir.resolve("m.csv"), "Security Master as of 2026-11-20\n"
                + "cusip,isin,symbol\n037833100,US0378331005,AAPL\n594918104,US5949181045,MSFT\n");
        CliRun scan = CliRun.of("scan", m.toString(), "--json");
        assertThat(scan.code()).isEqualTo(1);
        assertThat(scan.json().get("rejected").asLong()).isEqualTo(3);
        assertThat(scan.err()).contains("scan: " + m + ": the header [Security Master as of 2026-11-20] has no key column;"
                + " line 2 looks like the header: remove the line before it (a title row?), e.g. with tail -n +2");
        // a title split like the rows: every row accepted, and the title still named
        Path split = Files.writeString(dir.resolve("s.csv"), "Security Master,as of,2026-11-20\n"
                + "cusip,isin,symbol\n037833100,US0378331005,AAPL\n");
        CliRun accepted = CliRun.of("scan", split.toString(), "--json");
        assertThat(accepted.code()).isZero();
        assertThat(accepted.err()).contains("line 2 looks like the header: remove the line before it");
    }

    @Test
    void aFileWithoutKeyColumnsOrAMasterGetsNoTitleHint() throws Exception {
        Path prices = Files.writeString(dir.resolve("prices.csv"), "date,close\n2024-01-02,189.5\n");
        assertThat(CliRun.of("scan", prices.toString()).err()).doesNotContain("looks like the header");
        Path master = Files.writeString(dir.resolve("m.csv"), "cusip,isin,symbol\n037833100,US0378331005,AAPL\n");
        CliRun r = CliRun.of("scan", master.toString());
        assertThat(r.code()).isZero();
        assertThat(r.err()).doesNotContain("looks like the header").doesNotContain("no key column");
    }

    @Test
    void aNulInAKeyColumnIsRejectedByScanAsByIndexInEveryStrategy() throws Exception {
        String head = "cusip,isin,symbol,name\n037833100,US0378331005,AAPL,Apple\n";
        Path m = Files.writeString(dir.resolve("m.csv"), head + "594918104,US5949181045,MS\0FT,Microsoft\n");
        for (String strategy : STRATEGIES) {
            CliRun scan = CliRun.of("scan", m.toString(), "--strategy", strategy, "--json");
            assertThat(scan.code()).as(strategy).isEqualTo(1);
            assertThat(scan.json().get("rejected").asLong()).as(strategy).isEqualTo(1);
            assertThat(Files.readString(dir.resolve("m.csv.rejects.csv"))).as(strategy)
                    .contains("3," + head.length() + ",\"holds a NUL byte at byte " + (head.length() + "594918104,US5949181045,MS".length()));
            CliRun index = CliRun.of("index", m.toString(), "--strategy", strategy, "--json");
            assertThat(index.json().get("rejected").asLong()).as(strategy).isEqualTo(1);
        }
        // a key column named under another name is read as index reads it
        Path named = Files.writeString(dir.resolve("n.csv"), "name,id,Ticker\nApple,x,AA\0PL\n");
        CliRun scan = CliRun.of("scan", named.toString(), "--symbol-column", "Ticker", "--json");
        assertThat(scan.json().get("rejected").asLong()).isEqualTo(1);
    }

    @Test
    void aNulAfterTheLastKeyColumnIsCountedAlikeByScanAndIndexInEveryStrategy() throws Exception {
        // only the fields up to the last key column are read (README): a NUL after it misplaces no key, and both keep it
        Path m = Files.writeString(dir.resolve("m.csv"), "cusip,isin,symbol,name\n037833100,US0378331005,AAPL,Ap\0ple\n");
        for (String strategy : STRATEGIES) {
            assertThat(CliRun.of("scan", m.toString(), "--strategy", strategy, "--json").json().get("rejected").asLong())
                    .as(strategy).isZero();
            assertThat(CliRun.of("index", m.toString(), "--strategy", strategy, "--json").json().get("rejected").asLong())
                    .as(strategy).isZero();
        }
    }
}
