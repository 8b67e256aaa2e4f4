package io.chunkwise.cli.demo;

import static org.assertj.core.api.Assertions.assertThat;

import io.chunkwise.cli.StoppedRun;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code demo} stopped by SIGTERM while a step runs in its own JVM, the demo in a child JVM: the
 * step's JVM ends with it, its profile folder written part-way is removed, and one line says where
 * the run was and that no report was written.
 */
class DemoInterruptedTest {
    @TempDir
    Path dir;

    @Test
    void aStopEndsTheRunningStepAndSaysWhereTheRunWas() throws Exception {
        Path out = dir.resolve("report");
        StoppedRun run = StoppedRun.start(dir, "demo", "--out", out.toString(), "--rows", "20000", "--messages", "1000",
                "--bars", "1000", "--no-bench");
        run.stopWhen(() -> run.errContains("demo [2/8]") && run.hasChildren(), "an index step's JVM");
        assertThat(run.code()).as(run.err()).isEqualTo(StoppedRun.SIGTERM_STATUS);
        assertThat(run.err()).as("one line, not the failed write\'s or step\'s too").containsOnlyOnce("stopped");
        assertThat(run.lastLine()).isEqualTo("demo: stopped (Ctrl-C or SIGTERM) at step 2/8 (index the master with every strategy, "
                + "each profiled in its own JVM), its JVM ended; no report was written; " + out + " holds the files of the steps so far");
        assertThat(run.err()).doesNotContain("internal error").doesNotContain("failed with exit code");
        assertThat(run.descendants()).as("stopped while a step's JVM ran").isNotEmpty();
        run.assertNoDescendantLeft();
        assertThat(out.resolve("report.md")).doesNotExist();
        // the index step under way was profiled: its folder, written part-way, is removed; those of the
        // index steps that had ended (each told in a line) are whole
        long told = run.err().lines().filter(l -> l.startsWith("demo:       index-")).count();
        try (Stream<Path> profiles = Files.list(out.resolve("profiles"))) {
            assertThat(profiles.toList()).as("no profile folder written part-way").hasSize((int) told)
                    .allSatisfy(p -> assertThat(p.resolve("stdout.json")).exists());
        }
    }
}
