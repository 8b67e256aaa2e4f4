package io.chunkwise.cli.demo;

import io.chunkwise.bench.run.SuiteProgress;
import io.chunkwise.cli.Counted;
import io.chunkwise.loader.io.FileErrors;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

/**
 * What a demo stopped (Ctrl-C, SIGTERM) during its bench step keeps of it: JMH runs in the demo's
 * JVM and writes its JSON only at the end, so without this every benchmark that had finished was
 * lost. As {@code bench} does, the finished ones go to the suite's {@code <suite>.partial.json}
 * (never its whole run's name); the demo's stop line says so, made in its hook.
 */
final class BenchKept {
    private final Object lock = new Object();
    private SuiteProgress running;
    private Path dir;
    private boolean dirExisted;

    /**
     * @param benchDir the bench step's results directory, made by the run if it is not there
     * @return the progress of the bench step about to run, to hand to the runner
     */
    SuiteProgress track(Path benchDir) {
        SuiteProgress progress = new SuiteProgress();
        synchronized (lock) {
            dir = benchDir;
            dirExisted = Files.exists(benchDir);
            running = progress;
        }
        return progress;
    }

    /** Marks the bench step's run as ended by itself: its results are written whole (or it failed, and says so). */
    void ended() {
        synchronized (lock) {
            running = null;
        }
    }

    /**
     * At a stop: ends the bench step under way (its fork; the runner says and starts nothing more)
     * and writes its finished benchmarks.
     *
     * @return the stop line's clause, e.g. "; 3 of 16 benchmarks had finished, kept in
     *     DIR/bench/loader.partial.json"; empty outside the bench step
     */
    String onStop() {
        SuiteProgress progress;
        synchronized (lock) {
            progress = running;
            running = null;
        }
        if (progress == null) {
            return "";
        }
        // first: no benchmark ends unkept or is told after the stop's line
        progress.stop();
        int planned = progress.planned();
        int done = progress.finished();
        // 0 until the runner has counted them (a stop while JMH reads its options): no total, not "0 of 0"
        String finished = (planned <= 0 ? Counted.of(done, "benchmark") : done + " of " + Counted.of(planned, "benchmark"))
                + " had finished";
        try {
            Optional<Path> written = progress.writePartial();
            if (written.isPresent()) {
                return "; " + finished + ", kept in " + written.get();
            }
        } catch (IOException e) {
            return "; " + finished + " but could not be kept (" + FileErrors.reason(e) + ")";
        }
        progress.discardScratch();
        if (!dirExisted) {
            try {
                Files.deleteIfExists(dir);
            } catch (IOException e) {
                // not empty: what is in it is not this step's to remove
            }
        }
        return "; " + finished + ", none kept";
    }
}
