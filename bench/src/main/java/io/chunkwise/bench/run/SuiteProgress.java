package io.chunkwise.bench.run;

import io.chunkwise.loader.io.ScratchFiles;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.openjdk.jmh.results.RunResult;
import org.openjdk.jmh.results.format.ResultFormatFactory;
import org.openjdk.jmh.results.format.ResultFormatType;

/**
 * What a suite's run has finished so far, for a run stopped part-way (Ctrl-C, SIGTERM, a CI job
 * cancelled or timed out) to keep: JMH writes its JSON only when every benchmark is done, so
 * without this every finished benchmark of an interrupted run is lost. Filled by the runner's
 * thread as each benchmark ends; read by a shutdown hook's.
 */
public final class SuiteProgress {
    /** How long a fork asked to stop has to end before it is killed. */
    private static final long FORK_GRACE_MILLIS = 2_000;
    /** The main class of JMH's forks. */
    private static final String FORK_MAIN = "org.openjdk.jmh.runner.ForkedMain";
    private final Runnable started;
    private final List<RunResult> finished = new CopyOnWriteArrayList<>();
    private final List<Path> scratch = new CopyOnWriteArrayList<>();
    /** Held while the runner's output works or its files are made, and while a stop ends the run: one or the other first. */
    private final Object lock = new Object();
    private volatile int planned;
    private volatile Path partialFile;
    private boolean stopped;

    /** Progress that tells no one when JMH starts. */
    public SuiteProgress() {
        this(() -> { });
    }

    /**
     * @param started run once JMH has found the benchmarks and starts the first (never when no
     *     benchmark matches): where to announce the suite, so that a pattern matching nothing is
     *     an error alone
     */
    public SuiteProgress(Runnable started) {
        this.started = started;
    }

    /**
     * @return how many benchmarks (× mode × parameter set) the run is to start; 0 before it starts,
     *     -1 when JMH could not tell
     */
    public int planned() {
        return planned;
    }

    /** @return how many of them have finished with a result */
    public int finished() {
        return finished.size();
    }

    /**
     * Writes the benchmarks that finished as JMH JSON, as JMH writes its own (sorted as JMH sorts
     * them; one benchmark's forks merged into one list of iterations), to {@link
     * BenchRequest#partialFile()}: beside it first, then renamed, so that it is whole or absent.
     *
     * @return the file, or empty when none finished (nothing written)
     * @throws IOException when it cannot be written
     */
    public Optional<Path> writePartial() throws IOException {
        List<RunResult> done = new ArrayList<>(finished);
        Path file = partialFile;
        if (done.isEmpty() || file == null) {
            return Optional.empty();
        }
        done.sort(RunResult.DEFAULT_SORT_COMPARATOR);
        ByteArrayOutputStream json = new ByteArrayOutputStream();
        try (PrintStream ps = new PrintStream(json, true, StandardCharsets.UTF_8)) {
            ResultFormatFactory.getInstance(ResultFormatType.JSON, ps).writeOut(done);
        }
        // not a ScratchFiles file: this is written while its shutdown hook removes those
        Path tmp = file.resolveSibling("." + file.getFileName() + "." + ProcessHandle.current().pid() + ".tmp");
        Files.write(tmp, json.toByteArray());
        Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        return Optional.of(file);
    }

    /**
     * Ends the run for a stop (Ctrl-C, SIGTERM), from the stop's shutdown hook, before {@link
     * #writePartial()}: the runner's thread keeps running while the hooks do, so without this a
     * benchmark that ended meanwhile was told (a line after the stop's own) and not kept, and JMH
     * went on to start the next fork, left running once this JVM had ended. From now on the
     * runner's thread waits for the JVM's end at its next word to its output ({@link
     * #unlessStopped}) or its next file ({@link #files}); the fork under way (this JVM's child
     * running JMH's {@code ForkedMain}) is asked to stop, and killed after a grace period. Called
     * only as the JVM stops: the runner's thread never resumes.
     */
    public void stop() {
        synchronized (lock) {
            stopped = true;
        }
        List<ProcessHandle> forks = ProcessHandle.current().children().filter(SuiteProgress::isFork).toList();
        forks.forEach(fork -> {
            fork.descendants().forEach(ProcessHandle::destroy);
            fork.destroy();
        });
        for (ProcessHandle fork : forks) {
            try {
                fork.onExit().get(FORK_GRACE_MILLIS, TimeUnit.MILLISECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                break;
            } catch (ExecutionException | TimeoutException e) {
                // killed below
            }
        }
        forks.stream().filter(ProcessHandle::isAlive).forEach(ProcessHandle::destroyForcibly);
    }

    /** @return whether the process is a JMH fork (its main class is JMH's for forks) */
    private static boolean isFork(ProcessHandle p) {
        return p.info().arguments().map(args -> List.of(args).contains(FORK_MAIN)).orElse(false);
    }

    /** Removes the scratch files the run had open, which its results directory holds until then. */
    public void discardScratch() {
        scratch.forEach(ScratchFiles::delete);
    }

    /** Makes files in the results directory. */
    @FunctionalInterface
    interface FileMaker {
        /**
         * @return the scratch files made, to remove at a stop
         * @throws IOException when they cannot be made
         */
        List<Path> make() throws IOException;
    }

    /**
     * Makes the run's scratch files (and its results directory) unless the run has been stopped,
     * and keeps them for {@link #discardScratch()}: under the stop's lock, so that a stop either
     * finds them or comes before anything is made (and the runner's thread then waits for the
     * JVM's end, making nothing).
     *
     * @param maker makes them
     * @return the files made
     * @throws IOException when they cannot be made
     */
    List<Path> files(FileMaker maker) throws IOException {
        synchronized (lock) {
            if (!stopped) {
                List<Path> made = maker.make();
                scratch.addAll(made);
                return made;
            }
        }
        awaitTheEnd();
        throw new AssertionError("unreachable");
    }

    /**
     * @param plannedRuns the benchmarks the run is to start
     * @param partial where {@link #writePartial()} writes
     */
    void begin(int plannedRuns, Path partial) {
        planned = plannedRuns;
        partialFile = partial;
    }

    /** Told by the run when JMH starts its first benchmark. */
    void started() {
        started.run();
    }

    /**
     * Does what the runner's output does (JMH telling of a benchmark started or ended, of an
     * iteration, a line of its own) unless the run has been stopped: then waits for the JVM's end,
     * so that nothing follows the stop's line and no further fork starts.
     *
     * @param action the output's work
     */
    void unlessStopped(Runnable action) {
        synchronized (lock) {
            if (!stopped) {
                action.run();
                return;
            }
        }
        awaitTheEnd();
    }

    /** @param result a benchmark that ended with a result, kept */
    void finished(RunResult result) {
        finished.add(result);
    }

    /** The runner's thread after a stop: the shutdown under way ends the JVM, and this thread with it. */
    private static void awaitTheEnd() {
        while (true) {
            try {
                Thread.sleep(Long.MAX_VALUE);
            } catch (InterruptedException e) {
                // only the JVM's end ends it
            }
        }
    }
}
