package io.chunkwise.cli.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The line an interrupted bench run says, called as its shutdown hook calls it: no JVM to stop. */
class InterruptionLineTest {
    @TempDir
    Path out;

    @Test
    void aStopBeforeTheRunKnowsItsBenchmarksGivesNoTotal() {
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        Interruption interruption = new Interruption(out, true, new PrintStream(err, true, StandardCharsets.UTF_8));
        // the suite is tracked, but the runner has not yet counted its benchmarks (SuiteProgress.begin)
        interruption.track("loader", () -> { });
        interruption.stop();
        assertThat(err.toString(StandardCharsets.UTF_8).strip())
                .isEqualTo("bench: interrupted after 0 benchmarks of suite loader: none finished, nothing written");
    }
}
