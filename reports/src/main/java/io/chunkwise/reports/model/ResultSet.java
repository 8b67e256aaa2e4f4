package io.chunkwise.reports.model;

import java.util.List;
import java.util.Objects;

/**
 * The results of one JMH run (one JSON file).
 *
 * @param source where they were read from, for messages
 * @param results the results, in file order
 * @param unscored the results JMH wrote no score for (NaN or an infinity), in file order: read
 *     apart from the others, so that one broken benchmark leaves the others to judge
 */
public record ResultSet(String source, List<BenchmarkResult> results, List<UnscoredResult> unscored) {
    /** Copies the lists. */
    public ResultSet {
        Objects.requireNonNull(source, "source");
        results = List.copyOf(results);
        unscored = List.copyOf(unscored);
    }

    /**
     * A run whose every result has a score.
     *
     * @param source where they were read from
     * @param results the results, in file order
     */
    public ResultSet(String source, List<BenchmarkResult> results) {
        this(source, results, List.of());
    }
}
