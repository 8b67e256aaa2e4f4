package io.chunkwise.reports.compare;

import io.chunkwise.reports.model.BenchmarkResult;
import io.chunkwise.reports.model.UnscoredResult;

/**
 * A benchmark left out of the comparison because one run's result has no score (JMH wrote NaN
 * or an infinity for it): named, never dropped.
 *
 * @param inCurrent whether the result without a score is the current run's (else the baseline's)
 * @param result the result without a score
 * @param baseline the baseline's scored result of the same benchmark, when the current run's has
 *     no score: it cannot be judged, so it fails as a benchmark missing from the current run does;
 *     null otherwise
 */
public record NoScore(boolean inCurrent, UnscoredResult result, BenchmarkResult baseline) {
    /**
     * @return whether it fails the run unless missing results are allowed: a baseline benchmark
     *     with a score whose current result has none (a benchmark that broke in the change judged);
     *     one broken in the baseline, or new and broken, had nothing to regress from
     */
    public boolean failsAsMissing() {
        return inCurrent && baseline != null;
    }

    /** @return {@code current} or {@code baseline}: the run whose result has no score */
    public String run() {
        return inCurrent ? "current" : "baseline";
    }
}
