package io.chunkwise.cli.demo;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.chunkwise.cli.Json;
import io.chunkwise.cli.StoppedRun;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code demo} stopped by SIGTERM during its bench step, the demo in a child JVM: JMH runs in the
 * demo's JVM and writes its JSON only at the end, so the benchmarks that finished are kept in
 * {@code DIR/bench/loader.partial.json}, as {@code bench} keeps them, the JMH fork is ended, and
 * the stop line is the last word.
 */
class DemoBenchInterruptedTest {
    private static final String BENCH_STEP = "demo [7/9]";

    @TempDir
    Path dir;

    @Test
    void aStopDuringTheBenchStepKeepsTheFinishedBenchmarksAndSaysWhere() throws Exception {
        Path out = dir.resolve("report");
        // the smallest demo there is
        StoppedRun run = StoppedRun.start(dir, "demo", "--out", out.toString(), "--rows", "1000", "--messages", "1000",
                "--bars", "1000");
        // stopped as soon as its first benchmark has said it finished and the next one's fork runs
        BooleanSupplier underWay = () -> finishedLines(run) > 0 && run.hasChildren();
        // the steps before the bench's are a dozen JVMs: on a loaded machine, past the helper's own 30 s
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(120);
        while (running(run) && System.nanoTime() < deadline && !underWay.getAsBoolean()) {
            Thread.sleep(20);
        }
        run.stopWhen(underWay, "a finished benchmark and the next one's fork");
        assertThat(run.code()).as(run.err()).isEqualTo(StoppedRun.SIGTERM_STATUS);

        Path bench = out.resolve("bench");
        Path partial = bench.resolve("loader.partial.json");
        String err = run.err();
        assertThat(err).as("one line, and nothing after it").containsOnlyOnce("stopped").doesNotContain("\tat ")
                .doesNotContain("Exception");
        assertThat(run.lastLine()).as(err).matches(Pattern.quote("demo: stopped (Ctrl-C or SIGTERM) at step 7/9 (quick JMH benches: "
                + "loader strategies and peers at two sizes), its JVM ended; no report was written; ")
                + "(\\d+) of \\d+ benchmarks had finished, kept in " + Pattern.quote(partial + "; " + out
                + " holds the files of the steps so far"));
        int finished = Integer.parseInt(run.lastLine().replaceAll(".*; (\\d+) of \\d+ benchmarks had finished.*", "$1"));
        assertThat(finished).as("each benchmark told is kept, and none is kept untold").isEqualTo(finishedLines(run));
        JsonNode runs = Json.mapper().readTree(partial.toFile());
        assertThat(runs).as("JMH JSON, a result per finished benchmark").hasSize(finished);
        assertThat(runs.get(0).get("primaryMetric").get("score").asDouble()).isPositive();
        try (Stream<Path> files = Files.list(bench)) {
            assertThat(files.map(p -> p.getFileName().toString()).toList()).as("never the whole run's name, no scratch file")
                    .containsExactly("loader.partial.json");
        }
        assertThat(out.resolve("report.md")).doesNotExist();
        assertThat(run.descendants()).as("stopped while a JMH fork ran").isNotEmpty();
        run.assertNoDescendantLeft();
    }

    private static boolean running(StoppedRun run) {
        try {
            run.code();
            return false;
        } catch (IllegalThreadStateException e) {
            return true;
        }
    }

    /** @return the benchmarks the bench step has said finished: its lines after the step's, but the one naming JMH's log */
    private static long finishedLines(StoppedRun run) {
        try {
            String err = run.err();
            int step = err.indexOf(BENCH_STEP);
            if (step < 0) {
                return 0;
            }
            return err.substring(step).lines().skip(1)
                    .filter(l -> l.startsWith("demo:       ") && !l.contains("JMH's output")).count();
        } catch (java.io.IOException e) {
            return 0;
        }
    }
}
