package io.chunkwise.reports.compare;

import io.chunkwise.reports.model.BenchmarkResult;
import io.chunkwise.reports.model.Direction;
import java.util.Optional;

/**
 * One benchmark compared between a baseline and a current run.
 *
 * @param key what matched the two: benchmark, mode and parameters
 * @param baseline the baseline result; null when {@link Verdict#NEW}
 * @param current the current result; null when {@link Verdict#MISSING}
 * @param changePercent the current score's change from the baseline's, in percent (signed as the
 *     raw score moved: a throughput drop is negative)
 * @param worseBy how much worse in the metric's direction, in percent (negative when better)
 * @param pValue the two-sided p-value of Welch's test; NaN when decided on confidence intervals
 * @param effectSize Hedges' g (positive: current higher); NaN without raw data
 * @param basis how significance was judged, e.g. {@code Welch t-test} or {@code 99.9% CIs}
 * @param verdict the verdict
 */
public record Comparison(String key, BenchmarkResult baseline, BenchmarkResult current, double changePercent,
        double worseBy, double pValue, double effectSize, String basis, Verdict verdict) {

    /** @return the result that identifies the benchmark (the current one, else the baseline) */
    public BenchmarkResult any() {
        return current != null ? current : baseline;
    }

    /** @return the direction of the metric */
    public Direction direction() {
        return any().direction();
    }

    /** @return the baseline, when present */
    public Optional<BenchmarkResult> baselineResult() {
        return Optional.ofNullable(baseline);
    }
}
