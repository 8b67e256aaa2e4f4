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

/**
 * {@code dataset cache} on a file without a header whose rows begin with their instrument
 * ({@code EURUSD,2024-01-01T00:00:00Z,1.1,…}): its first bar was taken for a header when the columns
 * were named by number (one row lost, the columns described by that bar's values), the advice without
 * them was to name a timestamp column by header name, and a second instrument went unchecked.
 */
class DatasetInstrumentColumnTest {
    private static final String[] BY_NUMBER = {"--timestamp-column", "2", "--open-column", "3", "--high-column", "4",
        "--low-column", "5", "--close-column", "6", "--volume-column", "7"};

    @TempDir
    Path dir;

    private CliRun cache(Path csv, String... more) {
        return Bars.cache(csv, dir.resolve("out.arrow"), more);
    }

    private static String[] with(String[] first, String... more) {
        List<String> all = new ArrayList<>(List.of(first));
        all.addAll(List.of(more));
        return all.toArray(String[]::new);
    }

    @Test
    void columnsNamedByNumberKeepEveryRowLineOneIncluded() throws IOException {
        List<String> lines = Bars.lines(50).stream().map(b -> "EURUSD," + b).toList();
        Path csv = Files.write(dir.resolve("eurusd.csv"), lines);
        CliRun r = cache(csv, with(BY_NUMBER, "--json"));
        assertThat(r.code()).as(r.err()).isZero();
        assertThat(r.json().get("accepted").asLong()).isEqualTo(50);
        assertThat(r.json().get("rejected").asLong()).isZero();
        assertThat(r.json().get("header").asBoolean()).isFalse();
        assertThat(r.json().get("sourceColumns").asText()).startsWith("timestamp ← column 2, open ← column 3");
        assertThat(r.err()).contains("no header (line 1 is a bar): columns read as -,timestamp,open,high,low,close,volume");
    }

    @Test
    void withoutColumnNumbersTheErrorGivesThem() throws IOException {
        Path csv = Files.write(dir.resolve("eurusd.csv"), Bars.lines(50).stream().map(b -> "EURUSD," + b).toList());
        CliRun r = cache(csv);
        assertThat(r.code()).isEqualTo(2);
        assertThat(r.err().strip()).doesNotContain("\n").doesNotContain("Exception")
                .contains(csv + ":1 (byte 0): line 1 is not a header but a bar beside an instrument, 'EURUSD' (column 1),"
                        + " then timestamp 2, open 3, high 4, low 5, close 6, volume 7")
                .doesNotContain("--timestamp-column NAME");
        assertThat(dir.resolve("out.arrow")).doesNotExist();
    }

    @Test
    void twoInstrumentsAreRefusedAndOneIsChosenBySymbol() throws IOException {
        List<String> lines = new ArrayList<>();
        for (String b : Bars.lines(50)) {
            lines.add("EURUSD," + b);
            lines.add("GBPUSD," + b);
        }
        Path csv = Files.write(dir.resolve("two.csv"), lines);
        CliRun r = cache(csv, BY_NUMBER);
        assertThat(r.code()).as(r.err()).isEqualTo(2);
        long offset = Files.readString(csv).indexOf("GBPUSD");
        assertThat(r.err().strip()).doesNotContain("\n")
                .contains(csv + ":2 (byte " + offset + "): column 1 holds more than one instrument: 'EURUSD' (line 1) and"
                        + " 'GBPUSD' (line 2); a cache is one price series: choose one with --symbol EURUSD");

        r = cache(csv, with(BY_NUMBER, "--symbol", "GBPUSD", "--json"));
        assertThat(r.code()).as(r.err()).isZero();
        assertThat(r.json().get("accepted").asLong()).isEqualTo(50);
        assertThat(r.json().get("skipped").asLong()).isEqualTo(50);
        assertThat(r.json().get("rejected").asLong()).isZero();
    }
}
