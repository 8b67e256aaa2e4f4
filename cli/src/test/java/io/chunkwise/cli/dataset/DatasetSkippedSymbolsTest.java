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
 * {@code dataset cache --symbol} names the symbols it skips with their rows, not only counts them: an
 * {@code eurusd} or {@code EUR/USD} skipped by {@code --symbol EURUSD} (compared as written) is seen.
 */
class DatasetSkippedSymbolsTest {
    @TempDir
    Path dir;

    /** 120 bars: EURUSD on lines of even bars, then GBPUSD, eurusd and EUR/USD in turn on the others. */
    private Path mixed() throws IOException {
        String[] odd = {"GBPUSD", "GBPUSD", "eurusd", "EUR/USD"};
        List<String> bars = Bars.lines(120);
        List<String> lines = new ArrayList<>();
        lines.add("symbol," + Bars.HEADER);
        for (int i = 0; i < bars.size(); i++) {
            lines.add((i % 2 == 0 ? "EURUSD" : odd[(i / 2) % odd.length]) + "," + bars.get(i));
        }
        return Files.write(dir.resolve("mixed.csv"), lines);
    }

    @Test
    void theSummaryNamesTheSkippedSymbolsWithTheirRows() throws IOException {
        Path csv = mixed();
        Path out = dir.resolve("eur.arrow");
        CliRun r = CliRun.of("dataset", "cache", csv.toString(), "-o", out.toString(), "--features", "ret", "--symbol", "EURUSD");
        assertThat(r.code()).as(r.err()).isZero();
        // the counts line as before, and the others named below it
        assertThat(r.err()).contains("(60 accepted, 0 rejected, 60 of other symbols than EURUSD skipped, 1 warm-up dropped)")
                .contains("\n  skipped 60 rows of other symbols: GBPUSD 30, eurusd 15, EUR/USD 15 (symbols are compared as written)\n");
        assertThat(out).exists();
    }

    @Test
    void jsonGivesTheSkippedSymbols() throws IOException {
        CliRun r = CliRun.of("dataset", "cache", mixed().toString(), "-o", dir.resolve("j.arrow").toString(), "--features", "ret",
                "--symbol", "EURUSD", "--json");
        assertThat(r.code()).as(r.err()).isZero();
        JsonNode json = r.json();
        assertThat(json.get("skipped").asLong()).isEqualTo(60);
        JsonNode skipped = json.get("skippedSymbols");
        assertThat(skipped).hasSize(3);
        assertThat(skipped.get(0).get("symbol").asText()).isEqualTo("GBPUSD");
        assertThat(skipped.get(0).get("rows").asLong()).isEqualTo(30);
        assertThat(skipped.get(1).get("symbol").asText()).isEqualTo("eurusd");
        assertThat(skipped.get(2).get("symbol").asText()).isEqualTo("EUR/USD");
        assertThat(skipped.get(2).get("rows").asLong()).isEqualTo(15);
    }

    @Test
    void manySymbolsNameTheFirstFiveAndCountTheRest() throws IOException {
        List<String> bars = Bars.lines(90);
        List<String> lines = new ArrayList<>();
        lines.add("pair," + Bars.HEADER);
        for (int i = 0; i < bars.size(); i++) {
            lines.add((i % 9 == 0 ? "EURUSD" : "P" + (i % 9)) + "," + bars.get(i));
        }
        Path csv = Files.write(dir.resolve("many.csv"), lines);
        CliRun r = CliRun.of("dataset", "cache", csv.toString(), "-o", dir.resolve("m.arrow").toString(), "--features", "ret",
                "--symbol", "EURUSD", "--json");
        assertThat(r.code()).as(r.err()).isZero();
        assertThat(r.json().get("skippedSymbols")).hasSize(5);
        r = CliRun.of("dataset", "cache", csv.toString(), "-o", dir.resolve("m.arrow").toString(), "--features", "ret",
                "--symbol", "EURUSD");
        assertThat(r.code()).as(r.err()).isZero();
        assertThat(r.err()).contains("skipped 80 rows of other symbols: P1 10, P2 10, P3 10, P4 10, P5 10, … 30 more"
                + " (symbols are compared as written)");
    }

    @Test
    void withoutASymbolNoLineAndAnEmptyList() throws IOException {
        Path csv = Bars.write(dir.resolve("plain.csv"), Bars.lines(30));
        CliRun r = CliRun.of("dataset", "cache", csv.toString(), "-o", dir.resolve("p.arrow").toString(), "--features", "ret",
                "--json");
        assertThat(r.code()).as(r.err()).isZero();
        assertThat(r.json().get("skippedSymbols")).isEmpty();
        r = CliRun.of("dataset", "cache", csv.toString(), "-o", dir.resolve("p.arrow").toString(), "--features", "ret");
        assertThat(r.code()).as(r.err()).isZero();
        assertThat(r.err()).doesNotContain("other symbols");
    }
}
