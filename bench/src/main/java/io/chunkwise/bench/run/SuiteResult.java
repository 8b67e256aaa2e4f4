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
 */
public record SuiteResult(String suite, Path json, Path log, List<BenchmarkSummary> results) {
    /**
     * Copies the list.
     *
     * @param suite the suite's name
     * @param json the results file
     * @param log the log file
     * @param results the summaries
     */
    public SuiteResult {
        results = List.copyOf(results);
    }
}
