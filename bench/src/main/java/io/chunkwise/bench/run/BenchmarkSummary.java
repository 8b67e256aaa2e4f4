package io.chunkwise.bench.run;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;
import org.openjdk.jmh.infra.BenchmarkParams;
import org.openjdk.jmh.results.Result;
import org.openjdk.jmh.results.RunResult;

/**
 * The headline of one benchmark result (one method × one set of parameters), for the command's
 * summary; the full data is in the JMH JSON file.
 *
 * @param benchmark the benchmark's full name
 * @param params its parameters
 * @param mode the JMH mode, e.g. {@code thrpt}
 * @param score the primary score
 * @param error the score's error (99.9%), NaN with too few iterations
 * @param unit the score's unit
 * @param secondary every secondary result's score, by label (memory, throughput counters…)
 */
public record BenchmarkSummary(String benchmark, SortedMap<String, String> params, String mode,
                               double score, double error, String unit, Map<String, Double> secondary) {
    /**
     * Extracts the summary of a JMH run result.
     *
     * @param run the result
     * @return its summary
     */
    public static BenchmarkSummary of(RunResult run) {
        BenchmarkParams p = run.getParams();
        SortedMap<String, String> params = new TreeMap<>();
        for (String key : p.getParamsKeys()) {
            params.put(key, p.getParam(key));
        }
        Result<?> primary = run.getPrimaryResult();
        Map<String, Double> secondary = new LinkedHashMap<>();
        run.getSecondaryResults().forEach((label, r) -> secondary.put(label, r.getScore()));
        return new BenchmarkSummary(p.getBenchmark(), params, p.getMode().shortLabel(),
                primary.getScore(), primary.getScoreError(), primary.getScoreUnit(), secondary);
    }
}
