package io.chunkwise.cli.bench;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.chunkwise.cli.ExitCodes;
import io.chunkwise.cli.Main;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class BenchCommandTest {
    @TempDir
    Path dir;

    private String out;
    private String err;

    @BeforeAll
    static void allowConcurrentJmh() {
        // A developer may be running benchmarks on this machine: these runs measure nothing.
        System.setProperty("jmh.ignoreLock", "true");
    }

    private int run(String... args) {
        ByteArrayOutputStream o = new ByteArrayOutputStream();
        ByteArrayOutputStream e = new ByteArrayOutputStream();
        PrintStream savedOut = System.out;
        PrintStream savedErr = System.err;
        System.setOut(new PrintStream(o, true, StandardCharsets.UTF_8));
        System.setErr(new PrintStream(e, true, StandardCharsets.UTF_8));
        try {
            return Main.run(args);
        } finally {
            System.setOut(savedOut);
            System.setErr(savedErr);
            out = o.toString(StandardCharsets.UTF_8);
            err = e.toString(StandardCharsets.UTF_8);
        }
    }

    @Test
    void unknownSuiteIsAUsageError() {
        assertThat(run("bench", "--suite", "nope")).isEqualTo(ExitCodes.USAGE);
        assertThat(err).contains("nope");
    }

    @Test
    void badJmhOptionIsAUsageErrorOnOneLine() {
        assertThat(run("bench", "--suite", "profiler", "--out", dir.toString(), "-f", "many")).isEqualTo(ExitCodes.USAGE);
        assertThat(err).contains("chunkwise bench: bad JMH option: Cannot parse argument 'many'").doesNotContain("\tat ");
    }

    @Test
    void aRegexMatchingNothingInTheSuiteExitsOne() {
        assertThat(run("bench", "--suite", "profiler", "--out", dir.toString(), "--inputs", dir.toString(),
                "IndexBuild")).isEqualTo(ExitCodes.NOT_FOUND);
        assertThat(err).contains("no benchmark of suite profiler matches");
    }

    @Test
    void runsASuiteInProcessAndPrintsJson() throws Exception {
        int code = run("bench", "--suite", "profiler", "--quick", "--json", "--out", dir.resolve("res").toString(),
                "--inputs", dir.resolve("inputs").toString(),
                "-f", "0", "-wi", "0", "-i", "1", "-r", "100ms", "-p", "sampling=OFF");
        assertThat(code).as(err).isZero();
        assertThat(dir.resolve("res").resolve("profiler.json")).isRegularFile().content()
                .contains("\"mem.peak.rssAnon.bytes\"", "\"rate.mb\"");
        assertThat(dir.resolve("res").resolve("profiler.log")).isRegularFile();
        JsonNode suites = new ObjectMapper().readTree(out);
        assertThat(suites).hasSize(1);
        assertThat(suites.get(0).get("suite").asText()).isEqualTo("profiler");
        assertThat(suites.get(0).get("json").asText()).isEqualTo(dir.resolve("res").resolve("profiler.json").toString());
        JsonNode result = suites.get(0).get("results").get(0);
        assertThat(result.get("benchmark").asText()).endsWith("SamplerOverheadBenchmark.checksum");
        assertThat(result.get("secondary").get("mem.peak.rssAnon.bytes").asDouble()).isPositive();
        assertThat(err).contains("SamplerOverheadBenchmark.checksum");
    }
}
