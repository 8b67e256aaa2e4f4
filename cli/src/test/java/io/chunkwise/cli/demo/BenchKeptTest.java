package io.chunkwise.cli.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The demo's stop line clause for its bench step, when the stop comes before a benchmark has
 * finished (the first one needs its fork and input): no file, and no bench directory the run made;
 * outside the bench step, nothing to say.
 */
class BenchKeptTest {
    @TempDir
    Path dir;

    @Test
    void outsideTheBenchStepTheStopLineSaysNothingOfIt() {
        BenchKept kept = new BenchKept();
        assertThat(kept.onStop()).isEmpty();
        kept.track(dir.resolve("bench"));
        kept.ended();
        assertThat(kept.onStop()).as("the step ended by itself: its results are whole").isEmpty();
    }

    @Test
    void aStopBeforeAnyBenchmarkFinishedKeepsNothingAndRemovesTheDirectoryTheRunMade() throws Exception {
        Path bench = dir.resolve("bench");
        BenchKept kept = new BenchKept();
        kept.track(bench);
        Files.createDirectories(bench); // as the runner makes it
        // JMH had not counted the benchmarks yet: no total, not "0 of 0"
        assertThat(kept.onStop()).isEqualTo("; 0 benchmarks had finished, none kept");
        assertThat(bench).doesNotExist();
    }

    @Test
    void aBenchDirectoryThatWasThereIsKept() throws Exception {
        Path bench = Files.createDirectories(dir.resolve("bench"));
        BenchKept kept = new BenchKept();
        kept.track(bench);
        assertThat(kept.onStop()).isEqualTo("; 0 benchmarks had finished, none kept");
        assertThat(bench).isDirectory();
    }
}
