package io.chunkwise.cli.dataset;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.chunkwise.cli.CliRun;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code dataset cache} on vendor files as users have them: without a header (HistData, MetaTrader
 * history), with a decimal comma, and with runs of mistyped timestamps.
 */
class DatasetVendorFilesTest {
    @TempDir
    Path dir;

    /** The test bars as HistData "Generic ASCII": {@code 20240101 000000;open;high;low;close;volume}, no header. */
    private Path histData(String name, boolean decimalComma) throws IOException {
        List<String> lines = new ArrayList<>();
        for (String l : Bars.lines(50)) {
            String[] f = l.split(",");
            String ts = f[0].substring(0, 10).replace("-", "") + " " + f[0].substring(11, 19).replace(":", "");
            String prices = String.join(";", f[1], f[2], f[3], f[4]);
            lines.add(ts + ";" + (decimalComma ? prices.replace('.', ',') : prices) + ";" + f[5]);
        }
        return Files.write(dir.resolve(name), lines);
    }

    @Test
    void aHeaderlessHistDataFileKeepsItsFirstBarAndSaysHowItWasRead() throws IOException {
        Path csv = histData("DAT_ASCII_EURUSD_M1_2024.csv", false);
        CliRun r = CliRun.of("dataset", "cache", csv.toString(), "-o", dir.resolve("h.arrow").toString(), "--features",
                "ret", "--delimiter", ";", "--json");
        assertThat(r.code()).as(r.err()).isZero();
        assertThat(r.err()).contains("no header (line 1 is a bar): columns read as timestamp,open,high,low,close,volume")
                .contains("add --header");
        JsonNode j = r.json();
        assertThat(j.get("accepted").asLong()).isEqualTo(50);
        assertThat(j.get("rejected").asLong()).isZero();
        assertThat(j.get("header").asBoolean()).isFalse();
        assertThat(j.get("headerNotice").asText()).contains("line 1 is a bar");
        assertThat(j.get("sourceColumns").asText()).startsWith("timestamp ← column 1, open ← column 2");

        r = CliRun.of("dataset", "cache", csv.toString(), "-o", dir.resolve("n.arrow").toString(), "--features", "ret",
                "--delimiter", ";", "--no-header");
        assertThat(r.code()).as(r.err()).isZero();
        assertThat(r.err()).doesNotContain("line 1 is a bar");
        assertThat(r.err()).contains("50 accepted").contains("read (no header) timestamp ← column 1");
    }

    @Test
    void headerAskedForOnAHeaderlessFileIsAUsageErrorNamingLineOne() throws IOException {
        Path csv = histData("h.csv", false);
        Path out = dir.resolve("x.arrow");
        CliRun r = CliRun.of("dataset", "cache", csv.toString(), "-o", out.toString(), "--delimiter", ";", "--header");
        assertThat(r.code()).isEqualTo(2);
        assertThat(r.err()).contains("h.csv:1 (byte 0)").contains("line 1 reads as a bar, not a header: drop --header")
                .doesNotContain("Exception");
        assertThat(out).doesNotExist();
    }

    @Test
    void noHeaderSaidOfAFileWithAHeaderSaysToDropIt() throws IOException {
        // its twin above says "drop --header"; this one only said to name the columns by number, which
        // would have rejected the header as a bar
        Path csv = Bars.write(dir.resolve("headed.csv"), Bars.lines(30));
        Path out = dir.resolve("headed.arrow");
        CliRun r = CliRun.of("dataset", "cache", csv.toString(), "-o", out.toString(), "--no-header");
        assertThat(r.code()).isEqualTo(2);
        assertThat(r.err().strip()).doesNotContain("\n").contains("headed.csv:1: no header")
                .endsWith("; but line 1 names its columns (timestamp,open,high,low,close,volume): if it is a header, drop --no-header");
        assertThat(out).doesNotExist();
    }

    @Test
    void aMetaTraderHistoryExportWithExtraColumnsIsNamedByNumber() throws IOException {
        List<String> lines = new ArrayList<>();
        for (String l : Bars.lines(40)) {
            String[] f = l.split(",");
            lines.add(String.join(",", f[0].substring(0, 10).replace('-', '.'), f[0].substring(11, 16), f[1], f[2], f[3],
                    f[4], f[5], "0", "12"));
        }
        Path csv = Files.write(dir.resolve("mt5.csv"), lines);
        Path out = dir.resolve("mt5.arrow");
        CliRun r = CliRun.of("dataset", "cache", csv.toString(), "-o", out.toString(), "--features", "ret");
        assertThat(r.code()).isEqualTo(2);
        assertThat(r.err()).contains("mt5.csv:1: no header and 9 fields").contains("--date-column 1 --time-column 2");
        r = CliRun.of("dataset", "cache", csv.toString(), "-o", out.toString(), "--features", "ret", "--date-column", "1",
                "--time-column", "2", "--open-column", "3", "--high-column", "4", "--low-column", "5", "--close-column",
                "6", "--volume-column", "7", "--json");
        assertThat(r.code()).as(r.err()).isZero();
        assertThat(r.json().get("accepted").asLong()).isEqualTo(40);
        assertThat(r.json().get("sourceColumns").asText()).contains("volume ← column 7");
        r = CliRun.of("dataset", "cache", csv.toString(), "-o", out.toString(), "--no-header", "--open-column", "Open");
        assertThat(r.code()).isEqualTo(2);
        assertThat(r.err()).contains("--open-column 'Open' must be a column number, 1 to 9");
    }

    @Test
    void decimalCommasAreHintedAtThenRead() throws IOException {
        Path csv = histData("euro.csv", true);
        Path out = dir.resolve("e.arrow");
        Path rejects = dir.resolve("euro.rejects.csv");
        CliRun r = CliRun.of("dataset", "cache", csv.toString(), "-o", out.toString(), "--features", "ret",
                "--delimiter", ";", "--rejects", rejects.toString());
        assertThat(r.code()).isEqualTo(2);
        assertThat(r.err()).contains("50 rejected").contains("a decimal comma? add --decimal-comma")
                .contains("euro.csv:1 (byte 0)");
        // the rejects file a CLI user reads names the option too, not the library's setting
        assertThat(Files.readString(rejects)).contains("a decimal comma? add --decimal-comma")
                .doesNotContain("read the file with a decimal comma");
        r = CliRun.of("dataset", "cache", csv.toString(), "-o", out.toString(), "--features", "ret", "--delimiter", ";",
                "--decimal-comma", "--json");
        assertThat(r.code()).as(r.err()).isZero();
        JsonNode j = r.json();
        assertThat(j.get("accepted").asLong()).isEqualTo(50);
        assertThat(j.get("decimalComma").asBoolean()).isTrue();
    }

    @Test
    void theHelpSaysThousandsSeparatorsAreNotRead() {
        CliRun r = CliRun.of("dataset", "cache", "--help");
        assertThat(r.out()).contains("--decimal-comma").contains("Thousands separators").contains("--[no-]header");
    }

    @Test
    void runsOfMistypedTimestampsAndABadFirstRowCostOnlyTheirRows() throws IOException {
        List<String> lines = new ArrayList<>(Bars.lines(80));
        for (int i : new int[] {0, 1, 20, 21, 22, 50, 51}) {
            lines.set(i, lines.get(i).replaceFirst("2024", "2042"));
        }
        Path csv = Bars.write(dir.resolve("typos.csv"), lines);
        Path rejects = dir.resolve("rejects.csv");
        CliRun r = CliRun.of("dataset", "cache", csv.toString(), "-o", dir.resolve("t.arrow").toString(), "--features",
                "ret", "--rejects", rejects.toString(), "--json");
        assertThat(r.code()).as(r.err()).isZero();
        assertThat(r.json().get("accepted").asLong()).isEqualTo(73);
        assertThat(r.json().get("rejected").asLong()).isEqualTo(7);
        List<String> written = Files.readAllLines(rejects);
        assertThat(written.subList(1, written.size())).extracting(l -> l.substring(0, l.indexOf(',')))
                .containsExactly("2", "3", "22", "23", "24", "52", "53");
        assertThat(written.subList(1, written.size())).allSatisfy(l -> assertThat(l).contains("2042").contains("out of order"));
    }
}
