package io.chunkwise.reports.compare;

import io.chunkwise.reports.model.BenchmarkResult;
import io.chunkwise.reports.model.Direction;
import io.chunkwise.reports.model.Score;
import java.util.Optional;

/**
 * One benchmark compared between a baseline and a current run.
 *
 * @param key what matched the two: benchmark, mode and parameters
 * @param metric {@link #PRIMARY} or the name of the secondary metric compared
 * @param baseline the baseline result; null when {@link Verdict#NEW}
 * @param current the current result; null when {@link Verdict#MISSING}
 * @param currentScore the current result's score of the metric, in the baseline's unit (converted
 *     when the current run measured it in another time unit, e.g. ops/ms beside ops/s); null when
 *     {@link Verdict#MISSING}
 * @param changePercent the current score's change from the baseline's, in percent (signed as the
 *     raw score moved: a throughput drop is negative); NaN when {@link #fromZero()}, 0 from 0 to 0
 * @param worseBy how much worse in the metric's direction, in percent (negative when better); NaN
 *     when {@link #fromZero()}
 * @param pValue the two-sided p-value of Welch's test; NaN when decided on confidence intervals
 * @param effectSize Hedges' g (positive: current higher); NaN without raw data
 * @param basis how significance was judged, e.g. {@code Welch t-test} or {@code 99.9% CIs}
 * @param verdict the verdict
 */
public record Comparison(String key, String metric, BenchmarkResult baseline, BenchmarkResult current, Score currentScore,
        double changePercent, double worseBy, double pValue, double effectSize, String basis, Verdict verdict) {

    /** The name of the primary metric in {@link #metric()}. */
    public static final String PRIMARY = "primary";

    /**
     * @return whether the baseline's score is 0 and the current one is not (0 B/op, then 16): a
     *     change with no percentage, beyond every threshold
     */
    public boolean fromZero() {
        return baseline != null && currentScore != null && measured(baseline).value() == 0 && currentScore.value() != 0;
    }

    /** @return whether this compares the primary metric */
    public boolean isPrimary() {
        return PRIMARY.equals(metric);
    }

    /** @return the result that identifies the benchmark (the current one, else the baseline) */
    public BenchmarkResult any() {
        return current != null ? current : baseline;
    }

    /** @return the direction of the metric */
    public Direction direction() {
        return isPrimary() ? any().direction() : Direction.of(any().mode(), metric, any().secondary().get(metric).unit());
    }

    /** @return the baseline result's score of the metric, or null when {@link Verdict#NEW} */
    public Score baselineScore() {
        return baseline == null ? null : measured(baseline);
    }

    /**
     * @return the unit the current run measured the metric in, when its score was converted to the
     *     baseline's unit to compare them (ops/ms to ops/s)
     */
    public Optional<String> convertedFrom() {
        if (current == null || currentScore == null) {
            return Optional.empty();
        }
        String unit = measured(current).unit();
        return unit.equals(currentScore.unit()) ? Optional.empty() : Optional.of(unit);
    }

    private Score measured(BenchmarkResult r) {
        return isPrimary() ? r.primary() : r.secondary().get(metric);
    }

    /** @return the baseline, when present */
    public Optional<BenchmarkResult> baselineResult() {
        return Optional.ofNullable(baseline);
    }
}
