package io.chunkwise.reports.compare;

import io.chunkwise.reports.model.BenchmarkResult;
import io.chunkwise.reports.model.ResultSet;
import io.chunkwise.reports.model.UnscoredResult;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

/**
 * One run's results by {@link BenchmarkResult#key()}, refusing a run in which two results share a
 * key: pairing them with the other run's would be a guess (a file merging two runs, or a key that
 * misses what tells the results apart), and a guess can fail a CI gate for no reason. A result JMH
 * wrote no score for ({@link ResultSet#unscored()}) counts as one: beside a scored result of its key
 * it is as much a second run of that benchmark as another score is.
 */
final class RunIndex {
    private RunIndex() {
    }

    /**
     * @param run a run
     * @return its scored results by key, in file order
     * @throws IllegalArgumentException when two results of the run, scored or not, share a key
     */
    static Map<String, BenchmarkResult> of(ResultSet run) {
        Map<String, BenchmarkResult> byKey = new LinkedHashMap<>();
        for (BenchmarkResult r : run.results()) {
            if (byKey.putIfAbsent(r.key(), r) != null) {
                throw twice(run, r.key(), "");
            }
        }
        Set<String> unscored = new HashSet<>();
        for (UnscoredResult u : run.unscored()) {
            if (byKey.containsKey(u.key()) || !unscored.add(u.key())) {
                throw twice(run, u.key(), " (" + (byKey.containsKey(u.key()) ? "one with a score, one" : "both") + " with none: "
                        + u.meaning() + ")");
            }
        }
        return byKey;
    }

    /**
     * @param run a run
     * @return its results JMH wrote no score for, by key, in file order (call {@link #of} first to refuse duplicates)
     */
    static Map<String, UnscoredResult> unscored(ResultSet run) {
        Map<String, UnscoredResult> byKey = new LinkedHashMap<>();
        run.unscored().forEach(u -> byKey.putIfAbsent(u.key(), u));
        return byKey;
    }

    private static IllegalArgumentException twice(ResultSet run, String key, String which) {
        return new IllegalArgumentException(run.source() + " has two results for " + key
                + " that cannot be told apart (same benchmark, mode, parameters and threads)" + which
                + "; compare files that each hold one run");
    }
}
