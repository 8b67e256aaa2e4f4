package io.chunkwise.bench.run;

import io.chunkwise.loader.io.ScratchFiles;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Collection;
import java.util.List;
import java.util.function.Consumer;
import org.openjdk.jmh.results.RunResult;
import org.openjdk.jmh.runner.NoBenchmarksException;
import org.openjdk.jmh.runner.Runner;
import org.openjdk.jmh.runner.RunnerException;
import org.openjdk.jmh.runner.format.OutputFormat;
import org.openjdk.jmh.runner.format.OutputFormatFactory;
import org.openjdk.jmh.runner.options.CommandLineOptionException;
import org.openjdk.jmh.runner.options.Options;
import org.openjdk.jmh.runner.options.VerboseMode;

/**
 * Runs one suite in this JVM through JMH's {@link Runner}: forks use this JVM's class path and
 * input arguments; JMH's log goes to {@code <suite>.log} and to the given console, results to
 * {@code <suite>.json}. A benchmark that fails does not stop the others (unless the user asks JMH
 * to, {@code -foe true}): the results that finished are kept and the failures named. Both files
 * are written beside their place and renamed into it when JMH is done, so an interrupted run
 * (Ctrl-C, SIGTERM, a CI timeout) leaves the previous results and log as they were, never an
 * empty or partial JSON file under that name; what it finished is kept by its {@link SuiteProgress}
 * for the caller to write to a file named as partial.
 */
public final class SuiteRunner {
    private final PrintStream console;
    private final Consumer<BenchmarkSummary> finished;

    /**
     * A runner that echoes JMH's progress to {@code console} (e.g. {@code System.err}).
     *
     * @param console where JMH's human output is echoed
     */
    public SuiteRunner(PrintStream console) {
        this(console, summary -> { });
    }

    /**
     * A runner that tells of each benchmark's result as it ends: with a quiet console (JMH's output
     * then only in the log), one line per benchmark instead of JMH's pages.
     *
     * @param console where JMH's human output is echoed
     * @param finished told of each benchmark that ends with a result, on the runner's thread
     */
    public SuiteRunner(PrintStream console, Consumer<BenchmarkSummary> finished) {
        this.console = console;
        this.finished = finished;
    }

    /**
     * Runs the suite.
     *
     * @param request what to run
     * @return the files written, a summary per result and the benchmarks that failed
     * @throws CommandLineOptionException when the JMH options do not parse
     * @throws NoBenchmarksException when no benchmark of the suite matches
     * @throws RunnerException when JMH cannot run (its lock), or a benchmark fails with
     *     fail-on-error asked for ({@code -foe true}): the log, if JMH wrote any, is kept
     * @throws IOException when the results directory cannot be written
     */
    public SuiteResult run(BenchRequest request)
            throws CommandLineOptionException, RunnerException, IOException {
        return run(request, new SuiteProgress());
    }

    /**
     * Runs the suite, telling {@code progress} of each benchmark as it finishes: what an
     * interrupted run writes to {@link BenchRequest#partialFile()}. A run that completes removes
     * an earlier run's partial file: the whole results replace it.
     *
     * @param request what to run
     * @param progress told of the run's plan and of each result as it ends
     * @return the files written, a summary per result and the benchmarks that failed
     * @throws CommandLineOptionException when the JMH options do not parse
     * @throws NoBenchmarksException when no benchmark of the suite matches
     * @throws RunnerException when JMH cannot run (its lock), or a benchmark fails with
     *     fail-on-error asked for ({@code -foe true}): the log, if JMH wrote any, is kept
     * @throws IOException when the results directory cannot be written
     */
    public SuiteResult run(BenchRequest request, SuiteProgress progress)
            throws CommandLineOptionException, RunnerException, IOException {
        Path nativeDir = request.inputs().resolve("native");
        List<String> args = AsyncProfilerArgs.rewrite(request.jmhArgs(),
                () -> AsyncProfilerLibrary.extract(nativeDir),
                request.outDir().toAbsolutePath().resolve(request.suite().id() + "-async"));
        Path json = ScratchFiles.target(request.resultFile());
        Path log = ScratchFiles.target(request.logFile());
        // under the stop's lock: a stop finds these to remove, or comes first and nothing is made; made
        // unknown to it, they left the --out it would have removed as empty (or made it again once removed)
        List<Path> scratch = progress.files(() -> {
            Files.createDirectories(request.outDir());
            ScratchFiles.sweep(json);
            ScratchFiles.sweep(log);
            return List.of(ScratchFiles.file(json), ScratchFiles.file(log));
        });
        Path jsonScratch = scratch.get(0);
        Path logScratch = scratch.get(1);
        try {
            Options options = SuiteOptions.build(request, args, jsonScratch);
            Collection<RunResult> results;
            RunTracker tracker;
            try (OutputStream logOut = Files.newOutputStream(logScratch);
                 PrintStream tee = new PrintStream(new Tee(logOut, console), true, StandardCharsets.UTF_8)) {
                VerboseMode verbosity = options.verbosity().orElse(VerboseMode.NORMAL);
                OutputFormat format = OutputFormatFactory.createFormatInstance(tee, verbosity);
                progress.begin(PlannedRuns.count(options), request.partialFile());
                tracker = new RunTracker(format, jsonScratch.toString(), request.resultFile().toString(), finished, progress);
                results = new Runner(options, tracker).run();
            } catch (NoBenchmarksException e) {
                throw e; // nothing ran: no log that only repeats this
            } catch (RunnerException e) {
                if (Files.size(logScratch) > 0) {
                    publish(logScratch, log);
                }
                throw e;
            }
            List<BenchmarkFailure> failed = tracker.failed();
            if (results.isEmpty() && failed.isEmpty()) {
                // JMH found benchmarks (it throws NoBenchmarksException when none match), so each either
                // ended with a result or failed: this is not the user's pattern matching nothing
                throw new IllegalStateException("JMH ran suite " + request.suite().id()
                        + " and reported neither a result nor a failure");
            }
            publish(jsonScratch, json);
            publish(logScratch, log);
            Files.deleteIfExists(request.partialFile());
            return new SuiteResult(request.suite().id(), request.resultFile(), request.logFile(),
                    results.stream().map(BenchmarkSummary::of).toList(), failed);
        } finally {
            ScratchFiles.delete(jsonScratch);
            ScratchFiles.delete(logScratch);
        }
    }

    private static void publish(Path scratch, Path target) throws IOException {
        Files.move(scratch, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        ScratchFiles.release(scratch);
    }

    /** Writes to both streams; closing closes only the first (the console stays open). */
    private static final class Tee extends OutputStream {
        private final OutputStream first;
        private final OutputStream second;

        Tee(OutputStream first, OutputStream second) {
            this.first = first;
            this.second = second;
        }

        @Override
        public void write(int b) throws IOException {
            first.write(b);
            second.write(b);
        }

        @Override
        public void write(byte[] b, int off, int len) throws IOException {
            first.write(b, off, len);
            second.write(b, off, len);
        }

        @Override
        public void flush() throws IOException {
            first.flush();
            second.flush();
        }

        @Override
        public void close() throws IOException {
            flush();
            first.close();
        }
    }
}
