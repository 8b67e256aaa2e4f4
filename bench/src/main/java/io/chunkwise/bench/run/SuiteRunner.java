package io.chunkwise.bench.run;

import java.io.FileOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collection;
import java.util.List;
import org.openjdk.jmh.results.RunResult;
import org.openjdk.jmh.runner.NoBenchmarksException;
import org.openjdk.jmh.runner.Runner;
import org.openjdk.jmh.runner.RunnerException;
import org.openjdk.jmh.runner.format.OutputFormatFactory;
import org.openjdk.jmh.runner.options.CommandLineOptionException;
import org.openjdk.jmh.runner.options.Options;
import org.openjdk.jmh.runner.options.VerboseMode;

/**
 * Runs one suite in this JVM through JMH's {@link Runner}: forks use this JVM's class path and
 * input arguments; JMH's log goes to {@code <suite>.log} and to the given console, results to
 * {@code <suite>.json}.
 */
public final class SuiteRunner {
    private final PrintStream console;

    /**
     * A runner that echoes JMH's progress to {@code console} (e.g. {@code System.err}).
     *
     * @param console where JMH's human output is echoed
     */
    public SuiteRunner(PrintStream console) {
        this.console = console;
    }

    /**
     * Runs the suite.
     *
     * @param request what to run
     * @return the files written and a summary per result
     * @throws CommandLineOptionException when the JMH options do not parse
     * @throws NoBenchmarksException when no benchmark of the suite matches
     * @throws RunnerException when a benchmark fails (fail-on-error is on unless disabled)
     * @throws IOException when the results directory cannot be written
     */
    public SuiteResult run(BenchRequest request)
            throws CommandLineOptionException, RunnerException, IOException {
        Files.createDirectories(request.outDir());
        Path nativeDir = request.inputs().resolve("native");
        List<String> args = AsyncProfilerArgs.rewrite(request.jmhArgs(),
                () -> AsyncProfilerLibrary.extract(nativeDir),
                request.outDir().toAbsolutePath().resolve(request.suite().id() + "-async"));
        Options options = SuiteOptions.build(request, args);
        Collection<RunResult> results;
        try (OutputStream log = new FileOutputStream(request.logFile().toFile());
             PrintStream tee = new PrintStream(new Tee(log, console), true, StandardCharsets.UTF_8)) {
            VerboseMode verbosity = options.verbosity().orElse(VerboseMode.NORMAL);
            Runner runner = new Runner(options, OutputFormatFactory.createFormatInstance(tee, verbosity));
            results = runner.run();
        }
        if (results.isEmpty()) {
            throw new NoBenchmarksException();
        }
        return new SuiteResult(request.suite().id(), request.resultFile(), request.logFile(),
                results.stream().map(BenchmarkSummary::of).toList());
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
