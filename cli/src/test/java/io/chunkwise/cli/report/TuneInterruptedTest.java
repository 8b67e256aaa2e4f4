package io.chunkwise.cli.report;

import static org.assertj.core.api.Assertions.assertThat;

import io.chunkwise.cli.CliRun;
import io.chunkwise.cli.StoppedRun;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code tune} stopped by SIGTERM mid-sweep, in a child JVM: its running scan (a JVM of its own)
 * ends with it, the line says how far the sweep got, and the charts directory it made is removed.
 */
class TuneInterruptedTest {
    @TempDir
    Path dir;

    @Test
    void aStopEndsTheRunningScanSaysHowFarTheSweepGotAndLeavesNoDirectory() throws Exception {
        Path master = dir.resolve("m.csv");
        assertThat(CliRun.of("generate", "secmaster", "--rows", "20000", "-o", master.toString()).code()).isZero();
        Path out = dir.resolve("charts");
        StoppedRun run = StoppedRun.start(dir, "tune", master.toString(), "--workers", "1,2", "--chunk-sizes", "64KiB,1MiB",
                "--out", out.toString());
        // a run has finished and the next scan's JVM runs: stopped while it does
        run.stopWhen(() -> run.errContains("run 1/2:") && run.hasChildren(), "a finished run");
        assertThat(run.code()).as(run.err()).isEqualTo(StoppedRun.SIGTERM_STATUS);
        assertThat(run.err()).as("one line, not the failed write\'s or step\'s too").containsOnlyOnce("stopped");
        assertThat(run.lastLine()).matches("tune: stopped \\(Ctrl-C or SIGTERM\\) after [1-8] of 8 runs, its running scan ended; "
                + "no recommendation and no charts; " + java.util.regex.Pattern.quote(out.toString()) + " was not created");
        assertThat(run.err()).doesNotContain("internal error").doesNotContain("Exception");
        run.assertNoDescendantLeft();
        assertThat(out).doesNotExist();
    }
}
