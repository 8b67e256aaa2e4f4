package io.chunkwise.bench.run;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayOutputStream;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openjdk.jmh.runner.RunnerException;

/** Runs a real (tiny) suite in this JVM (no fork) and checks the JMH JSON it writes. */
class SuiteRunnerTest {
    @TempDir
    Path dir;

    @BeforeAll
    static void allowConcurrentJmh() {
        // Someone may be benchmarking on this machine: this run measures nothing, it checks files.
        System.setProperty("jmh.ignoreLock", "true");
    }

    @Test
    void writesJmhJsonWithMemoryAndRateMetricsAggregatedAsMax() throws Exception {
        ByteArrayOutputStream console = new ByteArrayOutputStream();
        BenchRequest request = new BenchRequest(Suite.PROFILER, true, dir.resolve("out"),
                List.of("-f", "0", "-wi", "0", "-i", "3", "-r", "200ms", "-p", "sampling=EVERY_10MS",
                        "-prof", "io.chunkwise.bench.memory.MemoryProfiler:interval=5"),
                true, dir.resolve("inputs"), false);
        SuiteResult result = new SuiteRunner(new PrintStream(console, true, StandardCharsets.UTF_8)).run(request);

        assertThat(result.json()).isEqualTo(dir.resolve("out").resolve("profiler.json"));
        assertThat(result.log()).content().contains("SamplerOverheadBenchmark.checksum");
        assertThat(console.toString(StandardCharsets.UTF_8)).contains("SamplerOverheadBenchmark.checksum");
        assertThat(result.results()).hasSize(1);
        assertThat(result.results().getFirst().secondary()).containsKeys("mem.peak.rssAnon.bytes", "rate.mb");

        JsonNode runs = new ObjectMapper().readTree(result.json().toFile());
        assertThat(runs).hasSize(1);
        JsonNode run = runs.get(0);
        assertThat(run.get("benchmark").asText()).isEqualTo("io.chunkwise.bench.profiler.SamplerOverheadBenchmark.checksum");
        assertThat(run.get("params").get("sampling").asText()).isEqualTo("EVERY_10MS");
        JsonNode secondary = run.get("secondaryMetrics");
        for (String metric : List.of("mem.peak.rssAnon.bytes", "mem.peak.rssFile.bytes", "mem.peak.heapUsed.bytes")) {
            JsonNode m = secondary.get(metric);
            assertThat(m).as(metric).isNotNull();
            assertThat(m.get("scoreUnit").asText()).isEqualTo("bytes");
            double max = 0;
            for (JsonNode fork : m.get("rawData")) {
                for (JsonNode iteration : fork) {
                    max = Math.max(max, iteration.asDouble());
                }
            }
            assertThat(max).as(metric).isPositive();
            assertThat(m.get("score").asDouble()).as(metric + " aggregates as MAX").isEqualTo(max);
        }
        assertThat(secondary.get("mem.rssAnon.perInputByte").get("score").asDouble()).isPositive();
        assertThat(secondary.get("rate.mb").get("scoreUnit").asText()).isEqualTo("MB/s");
        // One profiler given explicitly (interval=5) is not doubled by the default one.
        assertThat(secondary.get("mem.samples").get("score").asDouble()).isGreaterThan(2);
    }

    @Test
    void aFailingBenchmarkIsNamedAndTheOthersResultsAreKept() throws Exception {
        ByteArrayOutputStream console = new ByteArrayOutputStream();
        // NOPE is no Sampling: that benchmark's state cannot be set up, the OFF one runs
        BenchRequest request = new BenchRequest(Suite.PROFILER, true, dir.resolve("out"),
                List.of("-f", "0", "-wi", "0", "-i", "1", "-r", "100ms", "-p", "sampling=NOPE,OFF"),
                false, dir.resolve("inputs"), false);
        SuiteResult result = new SuiteRunner(new PrintStream(console, true, StandardCharsets.UTF_8)).run(request);

        assertThat(result.results()).extracting(r -> r.params().get("sampling")).containsExactly("OFF");
        assertThat(result.failed()).extracting(BenchmarkFailure::label)
                .containsExactly("SamplerOverheadBenchmark.checksum sampling=NOPE");
        JsonNode runs = new ObjectMapper().readTree(result.json().toFile());
        assertThat(runs).hasSize(1);
        assertThat(runs.get(0).get("params").get("sampling").asText()).isEqualTo("OFF");
        assertThat(result.log()).content().contains("<failure>", "NOPE")
                .contains("Benchmark result is saved to " + result.json()).doesNotContain(".tmp");
        assertThat(dir.resolve("out")).isDirectoryContaining("glob:**/profiler.json")
                .isDirectoryNotContaining("glob:**/.profiler*");
    }

    @Test
    void aQuietRunTellsEachResultAsItEndsAndLogsJmhsOutput() throws Exception {
        List<BenchmarkSummary> told = new ArrayList<>();
        BenchRequest request = new BenchRequest(Suite.PROFILER, true, dir.resolve("out"),
                List.of("-f", "0", "-wi", "0", "-i", "1", "-r", "100ms", "-p", "sampling=NOPE,OFF"),
                false, dir.resolve("inputs"), false);
        PrintStream quiet = new PrintStream(OutputStream.nullOutputStream(), true, StandardCharsets.UTF_8);
        SuiteResult result = new SuiteRunner(quiet, told::add).run(request);

        // the failed one is not told, the one with a result is, with what the summary holds
        assertThat(told).singleElement().satisfies(s -> {
            assertThat(s.benchmark()).isEqualTo("io.chunkwise.bench.profiler.SamplerOverheadBenchmark.checksum");
            assertThat(s.params()).containsEntry("sampling", "OFF");
            assertThat(s).isEqualTo(result.results().getFirst());
        });
        assertThat(result.log()).content().contains("SamplerOverheadBenchmark.checksum", "<failure>", "NOPE");
    }

    @Test
    void aBenchmarkThatThrowsInEveryForkIsAFailureNotANoMatch() throws Exception {
        // in a fork, a failing benchmark is ended with no result (null), not left unended (QA-9 G-6)
        ByteArrayOutputStream console = new ByteArrayOutputStream();
        BenchRequest request = new BenchRequest(Suite.PROFILER, true, dir.resolve("out"),
                List.of("-f", "1", "-wi", "0", "-i", "1", "-r", "100ms", "-p", "sampling=NOPE", "checksum"),
                false, dir.resolve("inputs"), false);
        SuiteResult result = new SuiteRunner(new PrintStream(console, true, StandardCharsets.UTF_8)).run(request);

        assertThat(result.results()).isEmpty();
        assertThat(result.failed()).extracting(BenchmarkFailure::label)
                .containsExactly("SamplerOverheadBenchmark.checksum sampling=NOPE");
        assertThat(result.json()).content().isEqualToIgnoringWhitespace("[]");
        assertThat(result.log()).content().contains("<failure>", "NOPE");
    }

    @Test
    void aRunStoppedByAFailureKeepsTheEarlierResultsAndWritesItsLog() throws Exception {
        Path out = Files.createDirectories(dir.resolve("out"));
        Files.writeString(out.resolve("profiler.json"), "[]");
        ByteArrayOutputStream console = new ByteArrayOutputStream();
        BenchRequest request = new BenchRequest(Suite.PROFILER, true, out,
                List.of("-f", "0", "-wi", "0", "-i", "1", "-r", "100ms", "-p", "sampling=NOPE", "-foe", "true"),
                false, dir.resolve("inputs"), false);
        SuiteRunner runner = new SuiteRunner(new PrintStream(console, true, StandardCharsets.UTF_8));

        assertThatThrownBy(() -> runner.run(request)).isInstanceOf(RunnerException.class);
        assertThat(out.resolve("profiler.json")).as("no empty or partial JSON replaces the last one").hasContent("[]");
        assertThat(out.resolve("profiler.log")).content().contains("<failure>");
        try (Stream<Path> files = Files.list(out)) {
            assertThat(files.map(p -> p.getFileName().toString())).containsExactlyInAnyOrder("profiler.json", "profiler.log");
        }
    }
}
