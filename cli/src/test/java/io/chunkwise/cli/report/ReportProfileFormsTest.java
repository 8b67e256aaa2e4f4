package io.chunkwise.cli.report;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.chunkwise.cli.CliRun;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * QA: {@code report prof/summary.json} left out the memory timeline that {@code report prof/} charts,
 * silently. Both forms now give one report, and a file a profile lacks is said on stderr.
 */
class ReportProfileFormsTest {
    @TempDir
    Path dir;

    Path prof;

    /** A real profile: what {@code profile --out prof -- sleep 0.5} writes (memory.csv, phases.csv, summary.json…). */
    @BeforeEach
    void profile() {
        prof = dir.resolve("prof");
        CliRun run = CliRun.of("profile", "--out", prof.toString(), "--", "sleep", "0.5");
        assertThat(run.code()).as(run.err()).isZero();
        assertThat(prof.resolve("memory.csv")).exists();
        assertThat(prof.resolve("phases.csv")).exists();
    }

    private static List<String> names(JsonNode paths) {
        List<String> names = new ArrayList<>();
        paths.forEach(p -> names.add(Path.of(p.asText()).getFileName().toString()));
        return names;
    }

    @Test
    void aProfileGivenAsItsSummaryFileIsReportedAsItsDirectoryIs() throws IOException {
        CliRun asDirectory = CliRun.of("report", prof.toString(), "--out", dir.resolve("r-dir").toString(), "--json");
        CliRun asSummary = CliRun.of("report", prof.resolve("summary.json").toString(), "--out", dir.resolve("r-file").toString(),
                "--json");
        assertThat(asDirectory.code()).as(asDirectory.err()).isZero();
        assertThat(asSummary.code()).as(asSummary.err()).isZero();
        assertThat(names(asSummary.json().get("charts"))).isEqualTo(names(asDirectory.json().get("charts")))
                .contains("memory-timeline-prof.png", "memory-timeline-prof.svg");
        assertThat(asSummary.json().get("sections")).isEqualTo(asDirectory.json().get("sections"));
        assertThat(Files.readString(dir.resolve("r-file/report.md"))).isEqualTo(Files.readString(dir.resolve("r-dir/report.md")))
                .contains("Memory over time: prof");
        assertThat(asSummary.err()).doesNotContain("no memory.csv").doesNotContain("not charted");
    }

    @Test
    void aSummaryWithoutItsMemorySeriesBesideItIsSaidOnStderr() throws IOException {
        Path alone = Files.createDirectories(dir.resolve("alone"));
        Path summary = Files.copy(prof.resolve("summary.json"), alone.resolve("summary.json"));
        Path out = dir.resolve("r");
        CliRun run = CliRun.of("report", summary.toString(), "--out", out.toString());
        assertThat(run.code()).as(run.err()).isZero();
        assertThat(run.out()).isEmpty();
        assertThat(run.err()).contains("report: " + summary + ": no memory.csv beside it, so its memory over time is not charted");
        assertThat(Files.readString(out.resolve("report.md"))).contains("no memory.csv beside it").doesNotContain("Memory over time:");

        // with --json too: stdout holds the JSON alone, the notice goes to stderr
        CliRun json = CliRun.of("report", alone.toString(), "--out", out.toString(), "--json");
        assertThat(json.code()).as(json.err()).isZero();
        assertThat(json.json().get("charts")).isEmpty();
        assertThat(json.json().get("gaps")).hasSize(1);
        assertThat(json.json().get("gaps").get(0).get("profile").asText()).isEqualTo(alone.toString());
        assertThat(json.json().get("gaps").get(0).get("file").asText()).isEqualTo("memory.csv");
        assertThat(json.json().get("gaps").get(0).get("leftOut").asText()).isEqualTo("its memory over time is not charted");
        assertThat(json.err()).contains("report: " + alone + ": no memory.csv in it, so its memory over time is not charted");

        Files.delete(prof.resolve("summary.json"));
        CliRun noSummary = CliRun.of("report", prof.toString(), "--out", dir.resolve("r2").toString());
        assertThat(noSummary.code()).as(noSummary.err()).isZero();
        assertThat(noSummary.err()).contains("report: " + prof + ": no summary.json in it, so its memory peaks and chunk timings "
                + "are not tabled");
    }

    @Test
    void aProfilesMemoryCsvGivenAloneIsOneLineNamingItsDirectory() {
        Path memory = prof.resolve("memory.csv");
        CliRun run = CliRun.of("report", memory.toString(), "--out", dir.resolve("r").toString());
        assertThat(run.code()).isEqualTo(2);
        assertThat(run.err().strip()).doesNotContain("\n").isEqualTo("chunkwise report: " + memory
                + ": a profile's memory.csv is read with its directory: give the directory, " + prof + ", or its summary.json");
    }
}
