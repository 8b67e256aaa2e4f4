package io.chunkwise.reports.compare;

import io.chunkwise.reports.model.BenchmarkResult;
import io.chunkwise.reports.model.Direction;
import io.chunkwise.reports.model.ResultSet;
import io.chunkwise.reports.model.Score;
import io.chunkwise.reports.stats.WelchTest;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Compares two JMH runs benchmark by benchmark. A change is a {@link Verdict#REGRESSION} only when
 * it is (1) worse in the metric's direction (throughput down, time up), (2) statistically
 * significant and (3) larger than the threshold.
 *
 * <p>Significance: with at least 2 raw iteration values on both sides, Welch's t-test at
 * {@code alpha} (default 0.01: these machines are noisy); otherwise JMH's 99.9% confidence
 * intervals (score ± error) must not overlap. Without either, the verdict is
 * {@link Verdict#UNKNOWN}, never a regression.
 *
 * @param thresholdPercent the smallest change that counts, in percent (e.g. 5)
 * @param alpha the significance level of Welch's test
 */
public record Comparator(double thresholdPercent, double alpha) {
    /** The default threshold: 5%. */
    public static final double DEFAULT_THRESHOLD_PERCENT = 5;
    /** The default significance level. */
    public static final double DEFAULT_ALPHA = 0.01;

    /** Validates the settings. */
    public Comparator {
        if (!(thresholdPercent >= 0) || !(alpha > 0 && alpha < 1)) {
            throw new IllegalArgumentException("threshold must be >= 0% and alpha in (0, 1)");
        }
    }

    /** @return a comparator with the default threshold and significance level */
    public static Comparator defaults() {
        return new Comparator(DEFAULT_THRESHOLD_PERCENT, DEFAULT_ALPHA);
    }

    /**
     * Compares two runs.
     *
     * @param baseline the baseline run
     * @param current the current run
     * @return one comparison per benchmark of either run, baseline order first, then new ones
     */
    public ComparisonReport compare(ResultSet baseline, ResultSet current) {
        return compare(baseline, current, java.util.List.of());
    }

    /**
     * Compares two runs, primary metrics and the named secondary metrics (e.g.
     * {@code mem.peak.rssAnon.bytes}) wherever both results have them.
     *
     * @param baseline the baseline run
     * @param current the current run
     * @param secondary secondary metric names to compare too
     * @return one comparison per benchmark and metric, baseline order first, then new ones
     * @throws IllegalArgumentException when a run has two results with one key, or a secondary
     *     metric is in no benchmark of both runs
     */
    public ComparisonReport compare(ResultSet baseline, ResultSet current, List<String> secondary) {
        Map<String, BenchmarkResult> base = RunIndex.of(baseline);
        Map<String, BenchmarkResult> cur = RunIndex.of(current);
        SecondaryMetrics.check(secondary, base, cur);
        List<Comparison> out = new ArrayList<>();
        for (BenchmarkResult b : base.values()) {
            BenchmarkResult c = cur.remove(b.key());
            if (c == null) {
                out.add(new Comparison(b.key(), Comparison.PRIMARY, b, null, Double.NaN, Double.NaN, Double.NaN, Double.NaN, "",
                        Verdict.MISSING));
                continue;
            }
            out.add(compare(b, c));
            for (String metric : secondary) {
                Score bs = b.secondary().get(metric);
                Score cs = c.secondary().get(metric);
                if (bs != null && cs != null) {
                    out.add(compare(b, c, metric, bs, cs, Direction.of(c.mode(), cs.unit())));
                }
            }
        }
        cur.values().forEach(c -> out.add(new Comparison(c.key(), Comparison.PRIMARY, null, c, Double.NaN, Double.NaN,
                Double.NaN, Double.NaN, "", Verdict.NEW)));
        return new ComparisonReport(baseline.source(), current.source(), thresholdPercent, out);
    }

    /**
     * Compares one benchmark's two results (same key).
     *
     * @param baseline the baseline result
     * @param current the current result
     * @return the comparison
     */
    public Comparison compare(BenchmarkResult baseline, BenchmarkResult current) {
        return compare(baseline, current, Comparison.PRIMARY, baseline.primary(), current.primary(), current.direction());
    }

    private Comparison compare(BenchmarkResult baseline, BenchmarkResult current, String metric, Score b, Score c,
            Direction direction) {
        if (!b.unit().equals(c.unit())) {
            throw new IllegalArgumentException(baseline.key() + " " + metric + ": units differ (" + b.unit() + " vs " + c.unit()
                    + "); rerun with the same time unit");
        }
        double change = (c.value() - b.value()) / Math.abs(b.value()) * 100;
        boolean higherIsBetter = direction == Direction.HIGHER_IS_BETTER;
        double worseBy = higherIsBetter ? -change : change;
        double p = Double.NaN;
        double g = Double.NaN;
        String basis;
        boolean significant;
        if (b.samples().length >= 2 && c.samples().length >= 2) {
            WelchTest test = WelchTest.of(b.samples(), c.samples());
            p = test.p();
            g = test.hedgesG();
            significant = p < alpha;
            basis = "Welch t-test";
        } else if (b.hasError() && c.hasError()) {
            significant = b.value() + b.error() < c.value() - c.error() || c.value() + c.error() < b.value() - b.error();
            basis = "99.9% CIs";
        } else {
            return new Comparison(current.key(), metric, baseline, current, change, worseBy, p, g, "none", Verdict.UNKNOWN);
        }
        Verdict verdict;
        if (!significant) {
            verdict = Verdict.NOISE;
        } else if (Math.abs(change) < thresholdPercent) {
            verdict = Verdict.WITHIN_THRESHOLD;
        } else {
            verdict = worseBy > 0 ? Verdict.REGRESSION : Verdict.IMPROVEMENT;
        }
        return new Comparison(current.key(), metric, baseline, current, change, worseBy, p, g, basis, verdict);
    }
}
