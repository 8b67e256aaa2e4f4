package io.chunkwise.bench.run;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.function.Consumer;
import org.openjdk.jmh.infra.BenchmarkParams;
import org.openjdk.jmh.infra.IterationParams;
import org.openjdk.jmh.results.BenchmarkResult;
import org.openjdk.jmh.results.IterationResult;
import org.openjdk.jmh.results.RunResult;
import org.openjdk.jmh.runner.format.OutputFormat;

/**
 * JMH's output, passed on, and which benchmarks failed: JMH announces each benchmark it starts;
 * one whose fork died is never ended, and one that threw inside its forks is ended with no result
 * (null), so one started and not ended with a result before the next (or the run's end) failed.
 * That is how a run that goes on past failures (fail-on-error off) can still name them; JMH itself
 * only prints their stack traces. A benchmark that ends with a result is also passed on as its
 * headline, as it ends. Once a stop has ended the run ({@link SuiteProgress#stop}), it says nothing
 * more: the runner's thread waits there for the JVM's end.
 */
final class RunTracker implements OutputFormat {
    private final OutputFormat out;
    private final String scratchResult;
    private final String result;
    private final Consumer<BenchmarkSummary> finished;
    private final SuiteProgress progress;
    private final List<BenchmarkFailure> failed = new ArrayList<>();
    private BenchmarkParams running;

    /**
     * @param out JMH's console format
     * @param scratchResult where JMH writes the results, a scratch file
     * @param result the file it becomes, named instead in JMH's closing line
     * @param finished told of each benchmark that ends with a result
     * @param progress given each result as it ends, for an interrupted run to keep
     */
    RunTracker(OutputFormat out, String scratchResult, String result, Consumer<BenchmarkSummary> finished,
               SuiteProgress progress) {
        this.out = out;
        this.scratchResult = scratchResult;
        this.result = result;
        this.finished = finished;
        this.progress = progress;
    }

    /** @return the benchmarks that started and produced no result, in run order */
    List<BenchmarkFailure> failed() {
        settle();
        return List.copyOf(failed);
    }

    private void settle() {
        if (running != null) {
            failed.add(BenchmarkFailure.of(running));
            running = null;
        }
    }

    @Override
    public void startBenchmark(BenchmarkParams benchParams) {
        progress.unlessStopped(() -> {
            settle();
            running = benchParams;
            out.startBenchmark(benchParams);
        });
    }

    @Override
    public void endBenchmark(BenchmarkResult benchResult) {
        progress.unlessStopped(() -> {
            BenchmarkParams ended = running;
            if (benchResult != null) {
                running = null; // else every fork threw (e.g. in its @Setup): settled as a failure
            }
            out.endBenchmark(benchResult);
            if (benchResult != null && ended != null) {
                RunResult run = new RunResult(ended, List.of(benchResult));
                progress.finished(run);
                finished.accept(BenchmarkSummary.of(run));
            }
        });
    }

    @Override
    public void iteration(BenchmarkParams benchParams, IterationParams params, int iteration) {
        progress.unlessStopped(() -> out.iteration(benchParams, params, iteration));
    }

    @Override
    public void iterationResult(BenchmarkParams benchParams, IterationParams params, int iteration,
                                IterationResult data) {
        progress.unlessStopped(() -> out.iterationResult(benchParams, params, iteration, data));
    }

    @Override
    public void startRun() {
        progress.unlessStopped(() -> {
            progress.started();
            out.startRun();
        });
    }

    @Override
    public void endRun(Collection<RunResult> results) {
        progress.unlessStopped(() -> {
            settle();
            out.endRun(results);
        });
    }

    @Override
    public void print(String s) {
        progress.unlessStopped(() -> out.print(s));
    }

    @Override
    public void println(String s) {
        // "Benchmark result is saved to <file>": the file the user gets, not its scratch name
        progress.unlessStopped(() -> out.println(s.replace(scratchResult, result)));
    }

    @Override
    public void flush() {
        out.flush();
    }

    @Override
    public void close() {
        out.close();
    }

    @Override
    public void verbosePrintln(String s) {
        progress.unlessStopped(() -> out.verbosePrintln(s));
    }

    @Override
    public void write(int b) {
        progress.unlessStopped(() -> out.write(b));
    }

    @Override
    public void write(byte[] b) throws IOException {
        UncheckedIOException[] failed = new UncheckedIOException[1];
        progress.unlessStopped(() -> {
            try {
                out.write(b);
            } catch (IOException e) {
                failed[0] = new UncheckedIOException(e);
            }
        });
        if (failed[0] != null) {
            throw failed[0].getCause();
        }
    }
}
