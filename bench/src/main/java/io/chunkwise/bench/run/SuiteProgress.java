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
    private final Runnable started;
    private final List<RunResult> finished = new CopyOnWriteArrayList<>();
    private final List<Path> scratch = new CopyOnWriteArrayList<>();
    private volatile int planned;
    private volatile Path partialFile;

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

    /** Removes the scratch files the run had open, which its results directory holds until then. */
    public void discardScratch() {
        scratch.forEach(ScratchFiles::delete);
    }

    /**
     * @param plannedRuns the benchmarks the run is to start
     * @param partial where {@link #writePartial()} writes
     * @param scratchFiles the run's scratch files in the results directory
     */
    void begin(int plannedRuns, Path partial, List<Path> scratchFiles) {
        planned = plannedRuns;
        partialFile = partial;
        scratch.addAll(scratchFiles);
    }

    /** Told by the run when JMH starts its first benchmark. */
    void started() {
        started.run();
    }

    /** @param result a benchmark that ended with a result */
    void finished(RunResult result) {
        finished.add(result);
    }
}
