package io.chunkwise.cli.dataset;

import static org.assertj.core.api.Assertions.assertThat;

import io.chunkwise.cli.CliRun;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code dataset cache} refuses a file holding two currency pairs instead of merging them into one series. */
class DatasetSeveralInstrumentsTest {
    @TempDir
    Path dir;

    @Test
    void twoPairsInterleavedAreRefusedWithOneLineAndNoCache() throws IOException {
        List<String> bars = Bars.lines(50);
        List<String> lines = new ArrayList<>();
        lines.add("symbol," + Bars.HEADER);
        for (String b : bars) {
            lines.add("EURUSD," + b);
            lines.add("GBPUSD," + b);
        }
        Path csv = Files.write(dir.resolve("multi.csv"), lines);
        Path out = dir.resolve("multi.arrow");
        CliRun r = CliRun.of("dataset", "cache", csv.toString(), "-o", out.toString(), "--features", "ret");
        assertThat(r.code()).as(r.err()).isEqualTo(2);
        long offset = Files.readString(csv).indexOf("GBPUSD");
        assertThat(r.err().strip()).doesNotContain("\n").doesNotContain("Exception")
                .contains(csv + ":3 (byte " + offset + "): column 'symbol' holds more than one instrument: 'EURUSD'"
                        + " (line 2) and 'GBPUSD' (line 3)");
        assertThat(r.out()).isEmpty();
        assertThat(out).doesNotExist();

        r = CliRun.of("dataset", "cache", csv.toString(), "-o", out.toString(), "--features", "ret", "--symbol", "GBPUSD");
        assertThat(r.code()).as(r.err()).isZero();
        assertThat(r.err()).contains("(50 accepted, 0 rejected, 50 of other symbols than GBPUSD skipped, 1 warm-up dropped)");
        r = CliRun.of("dataset", "cache", csv.toString(), "-o", out.toString(), "--features", "ret", "--symbol", "EURUSD",
                "--json");
        assertThat(r.code()).as(r.err()).isZero();
        assertThat(r.json().get("accepted").asLong()).isEqualTo(50);
        assertThat(r.json().get("skipped").asLong()).isEqualTo(50);
        assertThat(r.json().get("symbol").asText()).isEqualTo("EURUSD");

        r = CliRun.of("dataset", "cache", csv.toString(), "-o", out.toString(), "--features", "ret", "--symbol", "USDJPY");
        assertThat(r.code()).isEqualTo(2);
        assertThat(r.err().strip()).doesNotContain("\n")
                .contains("0 accepted rows of symbol USDJPY (100 rows of others skipped: EURUSD, GBPUSD): nothing to cache");
    }

    @Test
    void aSymbolThatMatchesNoRowNamesTheInstrumentsTheFileHolds() throws IOException {
        // --symbol eurusd matched nothing and said only "100 rows of others skipped": the file's EURUSD went unseen
        List<String> lines = new ArrayList<>();
        lines.add("pair," + Bars.HEADER);
        String[] pairs = {"EURUSD", "GBPUSD", "USDJPY", "AUDUSD", "USDCHF", "NZDUSD"};
        List<String> bars = Bars.lines(60);
        for (int i = 0; i < bars.size(); i++) {
            lines.add(pairs[i % pairs.length] + "," + bars.get(i));
        }
        Path csv = Files.write(dir.resolve("pairs.csv"), lines);
        CliRun r = CliRun.of("dataset", "cache", csv.toString(), "-o", dir.resolve("p.arrow").toString(), "--symbol", "eurusd");
        assertThat(r.code()).as(r.err()).isEqualTo(2);
        assertThat(r.err().strip()).doesNotContain("\n")
                .contains("0 accepted rows of symbol eurusd (60 rows of others skipped: EURUSD, GBPUSD, USDJPY, AUDUSD, USDCHF, …)");
    }
}
