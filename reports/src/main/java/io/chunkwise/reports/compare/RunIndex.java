package io.chunkwise.reports.compare;

import io.chunkwise.reports.model.BenchmarkResult;
import io.chunkwise.reports.model.ResultSet;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * One run's results by {@link BenchmarkResult#key()}, refusing a run in which two results share a
 * key: pairing them with the other run's would be a guess (a file merging two runs, or a key that
 * misses what tells the results apart), and a guess can fail a CI gate for no reason.
 */
final class RunIndex {
    private RunIndex() {
    }

    /**
     * @param run a run
     * @return its results by key, in file order
     * @throws IllegalArgumentException when two results of the run share a key
     */
    static Map<String, BenchmarkResult> of(ResultSet run) {
        Map<String, BenchmarkResult> byKey = new LinkedHashMap<>();
        for (BenchmarkResult r : run.results()) {
            if (byKey.putIfAbsent(r.key(), r) != null) {
                throw new IllegalArgumentException(run.source() + " has two results for " + r.key()
                        + " that cannot be told apart (same benchmark, mode, parameters and threads); "
                        + "compare files that each hold one run");
            }
        }
        return byKey;
    }
}
