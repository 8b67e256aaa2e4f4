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

/** {@code dataset cache} reads other sources' bars through its layout options and says how it read them. */
class DatasetFormatsTest {
    @TempDir
    Path dir;

    /** The test bars as a MetaTrader 4 export: {@code Date,Time,Open,...} with {@code 2024.01.01,00:00}. */
    private Path metaTrader(String name, String delimiter, boolean volume) throws IOException {
        List<String> lines = new ArrayList<>();
        lines.add(String.join(delimiter, volume ? List.of("Date", "Time", "Open", "High", "Low", "Close", "Volume")
                : List.of("Date", "Time", "Open", "High", "Low", "Close")));
        for (String l : Bars.lines(50)) {
            String[] f = l.split(",");
            String date = f[0].substring(0, 10).replace('-', '.');
            String time = f[0].substring(11, 16);
            List<String> out = new ArrayList<>(List.of(date, time, f[1], f[2], f[3], f[4]));
            if (volume) {
                out.add(f[5]);
            }
            lines.add(String.join(delimiter, out));
        }
        lines.add(3, String.join(delimiter, "2024.01.01", "00:61", "1.1", "1.2", "1.0", "1.1") + (volume ? delimiter + "1" : ""));
        return Files.write(dir.resolve(name), lines);
    }

    @Test
    void aSemicolonMetaTraderFileNeedsItsDelimiterAndIsThenReadExactly() throws IOException {
        Path csv = metaTrader("mt4.csv", ";", true);
        Path out = dir.resolve("mt4.arrow");
        CliRun r = CliRun.of("dataset", "cache", csv.toString(), "-o", out.toString(), "--features", "ret");
        assertThat(r.code()).as(r.err()).isEqualTo(2);
        assertThat(r.err()).contains("mt4.csv:1 (byte 0): the header is one column 'Date;Time;Open;High;Low;Close;Volume'")
                .contains("add --delimiter ';'");
        assertThat(out).doesNotExist();

        r = CliRun.of("dataset", "cache", csv.toString(), "-o", out.toString(), "--features", "ret", "--delimiter", ";",
                "--json");
        assertThat(r.code()).as(r.err()).isZero();
        JsonNode j = r.json();
        assertThat(j.get("accepted").asLong()).isEqualTo(50);
        assertThat(j.get("rejected").asLong()).isEqualTo(1);
        assertThat(j.get("firstRejects").get(0).asText()).contains("mt4.csv:4 (byte ")
                .contains("bad timestamp '2024.01.01 00:61'");
        assertThat(j.get("sourceColumns").asText()).startsWith("timestamp ← 'Date' + 'Time'").contains("volume ← 'Volume'");
        assertThat(j.get("volume").asBoolean()).isTrue();
        assertThat(j.get("timezone").asText()).isEqualTo("UTC");
        assertThat(j.get("rows").asLong()).isEqualTo(49);

        r = CliRun.of("dataset", "cache", csv.toString(), "-o", out.toString(), "--features", "ret", "--delimiter", ";",
                "--timezone", "America/New_York+7", "--json");
        assertThat(r.code()).as(r.err()).isZero();
        assertThat(r.json().get("timezone").asText()).isEqualTo("America/New_York+07:00");
    }

    @Test
    void aTabFileWithoutVolumeSaysSoAndItsZoneIsApplied() throws IOException {
        Path csv = metaTrader("novol.tsv", "\t", false);
        Path out = dir.resolve("novol.arrow");
        CliRun r = CliRun.of("dataset", "cache", csv.toString(), "-o", out.toString(), "--features", "ret",
                "--delimiter", "tab", "--timezone", "Europe/Athens");
        assertThat(r.code()).as(r.err()).isZero();
        assertThat(r.err()).contains("50 accepted, 1 rejected").contains("volume absent (not in the cache)")
                .contains("local times in Europe/Athens");
        CliRun it = CliRun.of("dataset", "iterate", out.toString(), "--window", "4", "--batch", "8", "--features",
                "close,volume");
        assertThat(it.code()).as(it.err()).isEqualTo(2);
        assertThat(it.err()).contains("no column 'volume'");
    }

    @Test
    void badLayoutOptionsAreUsageErrors() throws IOException {
        Path csv = metaTrader("x.csv", ",", true);
        String out = dir.resolve("x.arrow").toString();
        CliRun r = CliRun.of("dataset", "cache", csv.toString(), "-o", out, "--timezone", "Mars/Olympus");
        assertThat(r.code()).isEqualTo(2);
        assertThat(r.err()).contains("'Mars/Olympus' is not a time zone");
        r = CliRun.of("dataset", "cache", csv.toString(), "-o", out, "--timezone", "America/New_York+25:00");
        assertThat(r.code()).isEqualTo(2);
        assertThat(r.err()).contains("'America/New_York+25:00' is not a time zone").contains("America/New_York+07:00");
        r = CliRun.of("dataset", "cache", csv.toString(), "-o", out, "--delimiter", "ab");
        assertThat(r.code()).isEqualTo(2);
        assertThat(r.err()).contains("'ab' is not one ASCII character");
        r = CliRun.of("dataset", "cache", csv.toString(), "-o", out, "--open-column", "Eröffnung");
        assertThat(r.code()).isEqualTo(2);
        assertThat(r.err()).contains("header has no column 'Eröffnung' (named by --open-column)");
    }
}
