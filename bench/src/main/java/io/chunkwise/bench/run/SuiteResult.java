package io.chunkwise.bench.run;

import java.nio.file.Path;
import java.util.List;

/**
 * What one suite's run produced.
 *
 * @param suite the suite's name
 * @param json the JMH JSON results file
 * @param log the JMH log
 * @param results one summary per benchmark and parameter set
 * @param failed the benchmarks that started and produced no result (the log says why)
 */
public record SuiteResult(String suite, Path json, Path log, List<BenchmarkSummary> results,
                          List<BenchmarkFailure> failed) {
    /**
     * Copies the lists.
     *
     * @param suite the suite's name
     * @param json the results file
     * @param log the log file
     * @param results the summaries
     * @param failed the failures
     */
    public SuiteResult {
        results = List.copyOf(results);
        failed = List.copyOf(failed);
    }
}
