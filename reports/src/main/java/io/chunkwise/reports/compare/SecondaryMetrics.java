package io.chunkwise.reports.compare;

import io.chunkwise.reports.model.BenchmarkResult;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * Checks that each secondary metric asked for can be compared somewhere: a misspelt metric name
 * must not pass a CI gate by comparing nothing.
 */
final class SecondaryMetrics {
    private SecondaryMetrics() {
    }

    /**
     * @param metrics the secondary metric names asked for
     * @param baseline the baseline's results by key
     * @param current the current run's results by the key of the baseline result each is paired with
     * @throws IllegalArgumentException when a metric is in no benchmark that both runs have, while
     *     some benchmark is in both (with none in both, there is nothing to compare at all)
     */
    static void check(List<String> metrics, Map<String, BenchmarkResult> baseline, Map<String, BenchmarkResult> current) {
        Set<String> comparable = new TreeSet<>();
        boolean anyPair = false;
        for (BenchmarkResult b : baseline.values()) {
            BenchmarkResult c = current.get(b.key());
            if (c != null) {
                anyPair = true;
                b.secondary().keySet().stream().filter(c.secondary()::containsKey).forEach(comparable::add);
            }
        }
        if (!anyPair) {
            return;
        }
        List<String> unknown = metrics.stream().filter(m -> !comparable.contains(m)).distinct().toList();
        if (!unknown.isEmpty()) {
            throw new IllegalArgumentException("secondary metric" + (unknown.size() == 1 ? " " : "s ")
                    + String.join(", ", unknown) + (unknown.size() == 1 ? " is" : " are")
                    + " in no benchmark of both runs; "
                    + (comparable.isEmpty() ? "the runs share no secondary metric"
                            : "metrics in both: " + String.join(", ", comparable)));
        }
    }
}
