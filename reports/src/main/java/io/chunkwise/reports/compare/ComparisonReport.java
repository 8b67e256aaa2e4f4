package io.chunkwise.reports.compare;

import java.util.List;

/**
 * The comparison of two runs.
 *
 * @param baselineSource where the baseline was read from
 * @param currentSource where the current run was read from
 * @param thresholdPercent the threshold used
 * @param comparisons one per benchmark
 * @param noScores the benchmarks not compared because a run's result has no score (JMH wrote NaN
 *     or an infinity), baseline's first
 */
public record ComparisonReport(String baselineSource, String currentSource, double thresholdPercent,
        List<Comparison> comparisons, List<NoScore> noScores) {
    /** Copies the lists. */
    public ComparisonReport {
        comparisons = List.copyOf(comparisons);
        noScores = List.copyOf(noScores);
    }

    /**
     * A comparison of runs whose every result has a score.
     *
     * @param baselineSource where the baseline was read from
     * @param currentSource where the current run was read from
     * @param thresholdPercent the threshold used
     * @param comparisons one per benchmark
     */
    public ComparisonReport(String baselineSource, String currentSource, double thresholdPercent, List<Comparison> comparisons) {
        this(baselineSource, currentSource, thresholdPercent, comparisons, List.of());
    }

    /**
     * @return benchmarks of the baseline with a score whose current result has none: unjudged,
     *     they fail as missing ones do unless missing results are allowed
     */
    public long failingNoScores() {
        return noScores.stream().filter(NoScore::failsAsMissing).count();
    }

    /** @return the regressions */
    public List<Comparison> regressions() {
        return comparisons.stream().filter(c -> c.verdict() == Verdict.REGRESSION).toList();
    }

    /** @return whether any benchmark regressed */
    public boolean hasRegression() {
        return !regressions().isEmpty();
    }

    /** @return how many benchmarks (primary metrics) were in both runs and so compared */
    public long compared() {
        return comparisons.stream().filter(c -> c.isPrimary() && c.baseline() != null && c.current() != null).count();
    }

    /**
     * @param verdict a verdict
     * @return how many comparisons have it
     */
    public long count(Verdict verdict) {
        return comparisons.stream().filter(c -> c.verdict() == verdict).count();
    }

    /** @return benchmarks of the baseline with no result in the current run */
    public long missingBenchmarks() {
        return comparisons.stream().filter(c -> c.verdict() == Verdict.MISSING && c.isPrimary()).count();
    }

    /** @return secondary metrics asked for that a baseline result has and its current result lacks */
    public long missingMetrics() {
        return comparisons.stream().filter(c -> c.verdict() == Verdict.MISSING && !c.isPrimary()).count();
    }
}
