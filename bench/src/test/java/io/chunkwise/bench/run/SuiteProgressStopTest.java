package io.chunkwise.bench.run;

import static org.assertj.core.api.Assertions.assertThat;

import io.chunkwise.loader.io.ScratchFiles;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A stop (Ctrl-C, SIGTERM) that comes before JMH has listed the suite's benchmarks: the run's
 * scratch files are made by then, and the stop must find them, or the results directory it would
 * remove as empty is left behind once the JVM's own hook has removed them; and once stopped, the
 * runner makes nothing more.
 */
class SuiteProgressStopTest {
    @TempDir
    Path dir;

    @Test
    void theScratchFilesMadeBeforeTheBenchmarksAreCountedAreRemovedByAStop() throws Exception {
        Path out = Files.createDirectory(dir.resolve("results"));
        SuiteProgress progress = new SuiteProgress();
        progress.files(() -> List.of(ScratchFiles.file(out.resolve("profiler.json")), ScratchFiles.file(out.resolve("profiler.log"))));

        progress.stop(); // before begin(): JMH has not counted the benchmarks
        assertThat(progress.planned()).isZero();
        assertThat(progress.writePartial()).as("none finished").isEmpty();
        progress.discardScratch();
        try (Stream<Path> left = Files.list(out)) {
            assertThat(left.toList()).as("nothing left: the directory can be removed as empty").isEmpty();
        }
    }

    @Test
    void onceStoppedTheRunnerMakesNoFile() throws Exception {
        Path out = dir.resolve("results");
        SuiteProgress progress = new SuiteProgress();
        progress.stop();
        // the runner's thread, as the stop's hook runs: it waits there for the JVM's end (here, the test JVM's)
        Thread runner = Thread.ofPlatform().daemon().start(() -> {
            try {
                progress.files(() -> List.of(Files.createDirectories(out)));
            } catch (java.io.IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        });
        runner.join(300);
        assertThat(runner.isAlive()).as("waiting for the JVM's end").isTrue();
        assertThat(out).doesNotExist();
    }
}
