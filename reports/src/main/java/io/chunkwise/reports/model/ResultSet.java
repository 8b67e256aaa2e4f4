package io.chunkwise.reports.model;

import java.util.List;
import java.util.Objects;

/**
 * The results of one JMH run (one JSON file).
 *
 * @param source where they were read from, for messages
 * @param results the results, in file order
 */
public record ResultSet(String source, List<BenchmarkResult> results) {
    /** Copies the list. */
    public ResultSet {
        Objects.requireNonNull(source, "source");
        results = List.copyOf(results);
    }
}
