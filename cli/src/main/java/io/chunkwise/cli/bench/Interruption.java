package io.chunkwise.cli.bench;

import io.chunkwise.bench.run.SuiteProgress;
import io.chunkwise.cli.Counted;
import io.chunkwise.cli.StopNotice;
import io.chunkwise.loader.io.FileErrors;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

/**
 * What a bench run stopped by Ctrl-C or SIGTERM (a CI job cancelled or timed out) keeps and says:
 * the line of the commands' {@link StopNotice}, made after it writes the running suite's finished
 * benchmarks to {@code <suite>.partial.json} (never {@code <suite>.json}: a half run must not be
 * compared as a whole one) and says so on stderr in one line; with none finished it writes
 * nothing and removes the results directory if this run made it and it holds nothing else. The
 * process then ends as the signal ends it (143, 130), through {@code ProcessEnd}'s
 * {@code System.exit}: bench is no hookless command. A run that ends by itself removes the hook.
 */
final class Interruption implements AutoCloseable {
    private final Path out;
    private final boolean outExisted;
    private final PrintStream err;
    private final Object lock = new Object();
    private StopNotice notice;
    private String suite;
    private SuiteProgress running;

    /**
     * @param out the results directory
     * @param outExisted whether it existed before this run
     * @param err where to say what was kept
     */
    Interruption(Path out, boolean outExisted, PrintStream err) {
        this.out = out;
        this.outExisted = outExisted;
        this.err = err;
    }

    /**
     * Registers the hook: the commands' one {@link StopNotice}, its line this run's.
     *
     * @return this, to close when the run ends
     */
    Interruption begin() {
        notice = StopNotice.begin(this::lineOnStop);
        return this;
    }

    /**
     * @param suiteId the suite about to run
     * @param started run when JMH starts its first benchmark
     * @return its progress, to hand to the runner
     */
    SuiteProgress track(String suiteId, Runnable started) {
        SuiteProgress progress = new SuiteProgress(started);
        synchronized (lock) {
            suite = suiteId;
            running = progress;
        }
        return progress;
    }

    /** Marks the running suite as ended: its results are written (or it failed) by the run itself. */
    void ended() {
        synchronized (lock) {
            running = null;
        }
    }

    /** At Ctrl-C or SIGTERM: keeps the running suite's finished benchmarks and says where, on this run's stderr. */
    void stop() {
        String line = lineOnStop();
        if (line != null) {
            err.println(line);
            err.flush();
        }
    }

    /**
     * @return the line a stop gets, after keeping the running suite's finished benchmarks; null
     *     between suites, or once done: what finished is in place already
     */
    private String lineOnStop() {
        synchronized (lock) {
            if (running == null) {
                return null;
            }
            String line = stopped(suite, running);
            running = null;
            return line;
        }
    }

    /** @return the one line an interrupted suite gets, after writing what it finished */
    private String stopped(String suiteId, SuiteProgress progress) {
        // first: nothing JMH says or starts from now on, no benchmark ending unkept or told after this line
        progress.stop();
        int planned = progress.planned();
        int done = progress.finished();
        // 0 until the runner has counted them (a stop while JMH reads its options): no total, not "0 of 0"
        String after = "bench: interrupted after " + (planned <= 0 ? Counted.of(done, "benchmark")
                : done + " of " + Counted.of(planned, "benchmark")) + " of suite " + suiteId;
        try {
            Optional<Path> written = progress.writePartial();
            if (written.isPresent()) {
                return after + "; the finished " + (done == 1 ? "one is" : "ones are") + " in " + written.get();
            }
        } catch (IOException e) {
            return after + "; the finished ones could not be written (" + FileErrors.reason(e) + ")";
        }
        progress.discardScratch();
        if (!outExisted) {
            removeIfEmpty();
        }
        return after + ": none finished, nothing written";
    }

    private void removeIfEmpty() {
        try {
            Files.deleteIfExists(out);
        } catch (IOException e) {
            // an earlier suite's results are in it: kept
        }
    }

    /** Removes the hook: the run ended by itself. */
    @Override
    public void close() {
        if (notice != null) {
            notice.close();
        }
    }
}
