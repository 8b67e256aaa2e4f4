package io.chunkwise.cli.bench;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.chunkwise.cli.Json;
import io.chunkwise.cli.Main;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A bench run stopped by SIGTERM (a CI job cancelled or timed out), in a child JVM running the
 * CLI: the benchmarks that finished are kept in {@code <suite>.partial.json}, never under the
 * whole run's name, and stderr says so in one line.
 */
class BenchInterruptedTest {
    /** The exit status of a JVM ended by SIGTERM. */
    private static final int SIGTERM_STATUS = 143;

    @TempDir
    Path dir;

    @Test
    void aStopKeepsTheFinishedBenchmarksInAPartialFileAndSaysSo() throws Exception {
        Path out = dir.resolve("results");
        Child run = Child.start(dir, out, "-wi", "0", "-i", "1", "-r", "200ms");
        // JMH prints "Result "<benchmark>":" when a benchmark has finished; the next needs a fork of its own
        run.stopAfter("Result \"");
        assertThat(run.code()).as(run.err()).isEqualTo(SIGTERM_STATUS);

        Path partial = out.resolve("profiler.partial.json");
        String last = run.err().strip().lines().toList().getLast();
        assertThat(last).matches("bench: interrupted after [12] of 3 benchmarks of suite profiler; the finished (one is|ones are) in "
                + java.util.regex.Pattern.quote(partial.toString()));
        int finished = Integer.parseInt(last.replaceAll("^bench: interrupted after (\\d+) .*", "$1"));
        JsonNode runs = Json.mapper().readTree(partial.toFile());
        assertThat(runs).as("JMH JSON, a result per finished benchmark").hasSize(finished);
        JsonNode first = runs.get(0);
        assertThat(first.get("benchmark").asText()).isEqualTo("io.chunkwise.bench.profiler.SamplerOverheadBenchmark.checksum");
        assertThat(first.get("params").get("sampling").asText()).isEqualTo("OFF");
        assertThat(first.get("primaryMetric").get("score").asDouble()).isPositive();
        assertThat(first.get("secondaryMetrics").has("mem.peak.rssAnon.bytes")).isTrue();
        assertThat(out.resolve("profiler.json")).as("never the whole run's name").doesNotExist();
        try (Stream<Path> files = Files.list(out)) {
            assertThat(files.map(p -> p.getFileName().toString()).toList()).as("no scratch file left")
                    .containsExactly("profiler.partial.json");
        }
    }

    @Test
    void aStopBeforeAnyBenchmarkFinishedWritesNothingAndLeavesNoNewDirectory() throws Exception {
        Path out = dir.resolve("fresh").resolve("results");
        Files.createDirectories(out.getParent());
        Child run = Child.start(dir, out, "-wi", "0", "-i", "1", "-r", "20s");
        // the first fork is starting: nothing can have finished
        run.stopAfter("# Fork: 1 of 1");
        assertThat(run.code()).as(run.err()).isEqualTo(SIGTERM_STATUS);
        assertThat(run.err().strip().lines().toList().getLast())
                .isEqualTo("bench: interrupted after 0 of 3 benchmarks of suite profiler: none finished, nothing written");
        assertThat(out).as("the results directory this run made, left empty, is removed").doesNotExist();
    }

    /** The CLI in a child JVM, its stderr in a file. */
    private static final class Child {
        private final Process process;
        private final Path err;

        private Child(Process process, Path err) {
            this.process = process;
            this.err = err;
        }

        static Child start(Path dir, Path out, String... jmhArgs) throws Exception {
            List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString()));
            // the opens and native access the launcher gives the CLI, which the forks inherit
            ManagementFactory.getRuntimeMXBean().getInputArguments().stream()
                    .filter(a -> a.startsWith("--add-opens") || a.startsWith("--enable-native-access")
                            || a.startsWith("--sun-misc-unsafe-memory-access") || a.equals("-XX:+EnableDynamicAgentLoading"))
                    .forEach(command::add);
            command.addAll(List.of("-Djmh.ignoreLock=true", "-cp", System.getProperty("java.class.path"), Main.class.getName(),
                    "bench", "--suite", "profiler", "--quick", "--out", out.toString(), "--inputs", dir.resolve("inputs").toString(),
                    "--"));
            command.addAll(List.of(jmhArgs));
            Path err = dir.resolve("child-" + System.nanoTime() + ".err");
            Process p = new ProcessBuilder(command).redirectOutput(ProcessBuilder.Redirect.DISCARD)
                    .redirectError(err.toFile()).start();
            return new Child(p, err);
        }

        /** Sends SIGTERM once stderr has a line starting with {@code marker}, then waits for the end. */
        void stopAfter(String marker) throws Exception {
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(50);
            while (process.isAlive() && System.nanoTime() < deadline
                    && err().lines().noneMatch(l -> l.startsWith(marker))) {
                Thread.sleep(20);
            }
            assertThat(process.isAlive()).as("still running when " + marker + " came: " + err()).isTrue();
            process.destroy(); // SIGTERM
            assertThat(process.waitFor(30, TimeUnit.SECONDS)).as("the child ends").isTrue();
        }

        int code() {
            return process.exitValue();
        }

        String err() throws java.io.IOException {
            // decoded leniently: read while the child writes, it may end inside a character
            return new String(Files.readAllBytes(err), java.nio.charset.StandardCharsets.UTF_8);
        }
    }
}
