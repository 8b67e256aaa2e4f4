package io.chunkwise.cli.report;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.chunkwise.cli.CliRun;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code plan} given profiled runs, or results JMH wrote no score for: named, never left out without a word. */
class PlanProfilesTest {
    @TempDir
    Path dir;

    private Path profile(String name) {
        Path out = dir.resolve(name);
        CliRun run = CliRun.of("profile", "--out", out.toString(), "--", "sh", "-c", "sleep 0.2");
        assertThat(run.code()).as(run.err()).isZero();
        return out;
    }

    private Path results() throws IOException {
        List<String> rs = List.of(ReportPlanTuneCommandTest.result("full", 16, 0.16, 84.4),
                ReportPlanTuneCommandTest.result("full", 64, 0.64, 155.7), ReportPlanTuneCommandTest.result("full", 256, 2.56, 444.2),
                ReportPlanTuneCommandTest.result("mmap", 16, 0.04, 80.4), ReportPlanTuneCommandTest.result("mmap", 64, 0.16, 79.7),
                ReportPlanTuneCommandTest.result("mmap", 256, 0.64, 80.2));
        return Files.writeString(dir.resolve("results.json"), "[" + String.join(",", rs) + "]");
    }

    @Test
    void profilesAloneAreAOneLineErrorNamingThem() {
        Path small = profile("small");
        Path large = profile("large");

        CliRun run = CliRun.of("plan", small.toString(), large.toString(), "--target-size", "1GB");

        assertThat(run.code()).isEqualTo(2);
        assertThat(run.err().strip()).isEqualTo("chunkwise plan: plan needs JMH JSON results: " + small + ", " + large
                + " are profiled runs, and a profile records no input size to fit time and memory against; plan reads JMH JSON"
                + " (chunkwise bench writes it)");
    }

    @Test
    void aProfileBesideJmhResultsIsNamedAsLeftOutInTheTextAndTheJson() throws IOException {
        Path results = results();
        Path prof = profile("prof");

        CliRun human = CliRun.of("plan", results.toString(), prof.toString(), "--target-size", "1GB");
        assertThat(human.code()).as(human.err()).isZero();
        assertThat(human.err()).contains("Left out a profiled run, " + prof + ": a profile records no input size")
                .contains("Recommendation: mmap");

        CliRun json = CliRun.of("plan", results.toString(), prof.toString(), "--target-size", "1GB", "--json");
        assertThat(json.code()).as(json.err()).isZero();
        JsonNode notes = new ObjectMapper().readTree(json.out()).get("notes");
        assertThat(notes.toString()).contains("Left out a profiled run, " + prof.toString().replace("\\", "\\\\"));

        CliRun alone = CliRun.of("plan", results.toString(), "--target-size", "1GB", "--json");
        assertThat(alone.out()).as("no profile, no note").doesNotContain("profiled run");
    }

    @Test
    void aResultWithNoScoreIsNamedAsLeftOutOfThePlan() throws IOException {
        String nan = ReportPlanTuneCommandTest.result("chunked", 64, 0.5, 90.0)
                .replaceFirst("\"score\":[0-9.]+", "\"score\":\"NaN\"").replaceFirst("\\[\\[[0-9.,]+\\]\\]", "[[\"NaN\"]]");
        Path results = results();
        Path withNaN = Files.writeString(dir.resolve("nan.json"), Files.readString(results).replaceFirst("\\[", "[" + nan + ","));

        CliRun human = CliRun.of("plan", withNaN.toString(), "--target-size", "1GB");
        assertThat(human.code()).as(human.err()).isZero();
        assertThat(human.err()).contains("Left out " + withNaN + ": LoadBench.load (avgt, size=64MiB, strategy=chunked): no score"
                + " (JMH wrote NaN").contains("Recommendation: mmap");

        CliRun json = CliRun.of("plan", withNaN.toString(), "--target-size", "1GB", "--json");
        assertThat(json.code()).as(json.err()).isZero();
        assertThat(new ObjectMapper().readTree(json.out()).get("notes").toString()).contains("no score (JMH wrote NaN");
    }
}
