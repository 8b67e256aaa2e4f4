package io.chunkwise.reports.compare;

import io.chunkwise.reports.model.BenchmarkResult;
import io.chunkwise.reports.model.Direction;
import io.chunkwise.reports.model.Measures;
import io.chunkwise.reports.model.ResultSet;
import io.chunkwise.reports.model.Score;
import io.chunkwise.reports.model.SecondaryName;
import io.chunkwise.reports.model.UnscoredResult;
import io.chunkwise.reports.stats.WelchTest;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Compares two JMH runs benchmark by benchmark. A change is a {@link Verdict#REGRESSION} only when
 * it is (1) worse in the metric's direction (throughput down, time up), (2) statistically
 * significant and (3) larger than the threshold.
 *
 * <p>Significance: with at least 2 raw iteration values on both sides, Welch's t-test at
 * {@code alpha} (default 0.01: these machines are noisy); otherwise JMH's 99.9% confidence
 * intervals (score ± error) must not overlap.
 *
 * <p>Too few samples: a test that is not significant with fewer than {@link #MIN_TEST_SAMPLES}
 * values on either side (a {@code bench --quick} run has 2), or with neither raw data nor error
 * estimates, cannot tell a real change from noise: it has almost no power. Then a change beyond
 * the threshold is judged on the point estimates alone (the basis says so), so a 90% drop is a
 * {@link Verdict#REGRESSION}, never noise; a change within it is {@link Verdict#NOISE} (with a
 * test) or {@link Verdict#UNKNOWN} (without).
 *
 * <p>From zero: a baseline of 0 (an allocation-free benchmark's {@code gc.alloc.rate.norm}) has
 * no percentage change; a current score other than 0 is beyond every threshold, so it is judged
 * on its significance (or its point estimates) alone, worse or better by the metric's direction;
 * 0 beside 0 is no change. See {@link Comparison#fromZero()}.
 *
 * <p>Units: a current score in another time unit than its baseline's (ops/ms beside ops/s: a run
 * with {@code -tu ms}, or a class whose {@code @OutputTimeUnit} changed) is converted to the
 * baseline's unit by {@link Measures#inUnit} and judged there, as {@code report} converts. A unit
 * that does not convert (bytes beside ops/s) and a benchmark measured in another mode (thrpt
 * beside avgt) are refused, saying why.
 *
 * <p>Pairing: by {@link BenchmarkResult#key()}; a baseline result left without a match is paired
 * with a current one that differs only in how its sizes are written ({@code size=1GiB} and
 * {@code size=1024MiB}), never taking a result another key matches.
 *
 * <p>No score: a result JMH wrote NaN or an infinity for ({@link ResultSet#unscored()}) is not
 * compared but listed as a {@link NoScore}, paired with the other run's result as scored ones are
 * (by key, else across size spellings); a baseline benchmark whose current result is such fails as
 * a missing one does ({@link ComparisonReport#failingNoScores()}); a current score whose baseline
 * had none is that one row, not also a new benchmark.
 *
 * @param thresholdPercent the smallest change that counts, in percent (e.g. 5)
 * @param alpha the significance level of Welch's test
 */
public record RunComparator(double thresholdPercent, double alpha) {
    /** The default threshold: 5%. */
    public static final double DEFAULT_THRESHOLD_PERCENT = 5;
    /** The default significance level. */
    public static final double DEFAULT_ALPHA = 0.01;
    /**
     * The fewest raw values per side for which a test that is not significant is trusted to mean
     * noise: JMH's default measurement iterations.
     */
    public static final int MIN_TEST_SAMPLES = 5;
    /** How a {@link Comparison#basis()} starts when too few samples left only the threshold. */
    public static final String POINT_ESTIMATES = "point estimates vs threshold";

    /** Validates the settings. */
    public RunComparator {
        if (!(thresholdPercent >= 0) || !(alpha > 0 && alpha < 1)) {
            throw new IllegalArgumentException("threshold must be >= 0% and alpha in (0, 1)");
        }
    }

    /** @return a comparator with the default threshold and significance level */
    public static RunComparator defaults() {
        return new RunComparator(DEFAULT_THRESHOLD_PERCENT, DEFAULT_ALPHA);
    }

    /**
     * Compares two runs.
     *
     * @param baseline the baseline run
     * @param current the current run
     * @return one comparison per benchmark of either run, baseline order first, then new ones
     */
    public ComparisonReport compare(ResultSet baseline, ResultSet current) {
        return compare(baseline, current, List.of());
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
        Map<String, UnscoredResult> baseUnscored = RunIndex.unscored(baseline);
        Map<String, UnscoredResult> curUnscored = RunIndex.unscored(current);
        // a metric named twice (a CI variable and a literal, ·gc.alloc.rate as JMH prints it and gc.alloc.rate
        // as results are read) is one figure: judged twice, it counts twice
        List<String> metrics = secondary.stream().map(SecondaryName::of).distinct().toList();
        // each baseline result's counterpart, scored or not: by key first, then one size written two
        // ways (1GiB, 1024MiB), after every exact match, so that none is taken from its own key
        Map<String, BenchmarkResult> paired = new LinkedHashMap<>();
        Map<String, UnscoredResult> broken = new LinkedHashMap<>();
        Map<String, BenchmarkResult> measuredNow = new LinkedHashMap<>();
        base.keySet().forEach(key -> Optional.ofNullable(cur.remove(key)).ifPresent(c -> paired.put(key, c)));
        base.keySet().stream().filter(key -> !paired.containsKey(key))
                .forEach(key -> Optional.ofNullable(curUnscored.remove(key)).ifPresent(u -> broken.put(key, u)));
        baseUnscored.keySet().forEach(key -> Optional.ofNullable(cur.remove(key)).ifPresent(c -> measuredNow.put(key, c)));
        base.values().stream().filter(b -> !paired.containsKey(b.key()) && !broken.containsKey(b.key()))
                .forEach(b -> SizeSpellings.pair(b, cur.values()).map(c -> cur.remove(c.key())).ifPresentOrElse(c -> paired.put(b.key(), c),
                        () -> SizeSpellings.pairUnscored(b, curUnscored.values()).ifPresent(u -> broken.put(b.key(), curUnscored.remove(u.key())))));
        baseUnscored.values().stream().filter(u -> !measuredNow.containsKey(u.key()))
                .forEach(u -> SizeSpellings.pairScored(u, cur.values()).ifPresent(c -> measuredNow.put(u.key(), cur.remove(c.key()))));
        SecondaryMetrics.check(metrics, base, paired);
        List<Comparison> out = new ArrayList<>();
        List<NoScore> noScores = new ArrayList<>();
        for (BenchmarkResult b : base.values()) {
            BenchmarkResult c = paired.get(b.key());
            if (broken.containsKey(b.key())) {
                // in the current run, but JMH wrote no score: unjudged, so it fails as a missing one does
                noScores.add(new NoScore(true, broken.get(b.key()), b));
                continue;
            }
            if (c == null) {
                out.add(new Comparison(b.key(), Comparison.PRIMARY, b, null, null, Double.NaN, Double.NaN, Double.NaN, Double.NaN, "",
                        Verdict.MISSING));
                continue;
            }
            out.add(compare(b, c, Comparison.PRIMARY, b.primary(), c.primary(), c.direction(), baseline.source(), current.source()));
            for (String metric : metrics) {
                Score bs = b.secondary().get(metric);
                Score cs = c.secondary().get(metric);
                if (bs != null && cs != null) {
                    out.add(compare(b, c, metric, bs, cs, Direction.of(c.mode(), metric, cs.unit()), baseline.source(), current.source()));
                } else if (bs != null) {
                    // measured before, not now (a profiler that took no sample): unjudged is not passed
                    out.add(new Comparison(b.key(), metric, b, null, null, Double.NaN, Double.NaN, Double.NaN, Double.NaN, "",
                            Verdict.MISSING));
                }
            }
        }
        ModeChange.refuse(out.stream().filter(c -> c.verdict() == Verdict.MISSING && c.isPrimary()).map(Comparison::baseline).toList(),
                cur.values(), baseline.source(), current.source());
        cur.values().forEach(c -> out.add(new Comparison(c.key(), Comparison.PRIMARY, null, c, c.primary(), Double.NaN, Double.NaN,
                Double.NaN, Double.NaN, "", Verdict.NEW)));
        // one row per benchmark: a baseline with no score beside a current score is not also "new"
        baseUnscored.values().forEach(u -> noScores.add(new NoScore(false, u, measuredNow.get(u.key()))));
        curUnscored.values().forEach(u -> noScores.add(new NoScore(true, u, null)));
        return new ComparisonReport(baseline.source(), current.source(), thresholdPercent, out, noScores);
    }

    /**
     * Compares one benchmark's two results (same key).
     *
     * @param baseline the baseline result
     * @param current the current result
     * @return the comparison
     */
    public Comparison compare(BenchmarkResult baseline, BenchmarkResult current) {
        return compare(baseline, current, Comparison.PRIMARY, baseline.primary(), current.primary(), current.direction(), null, null);
    }

    /**
     * @param baselineSource the baseline's file, for a refusal's message (null when unknown)
     * @param currentSource the current run's file, likewise
     */
    private Comparison compare(BenchmarkResult baseline, BenchmarkResult current, String metric, Score b, Score measured,
            Direction direction, String baselineSource, String currentSource) {
        // in the baseline's unit: a run with -tu ms, or a class whose @OutputTimeUnit changed, beside one in ops/s
        Score c = Measures.inUnit(metric, measured, b.unit())
                .orElseThrow(() -> UnitMismatch.refusal(baseline.key(), metric, b.unit(), measured.unit(), baselineSource, currentSource));
        // from zero (an allocation-free benchmark's 0 B/op, then 16) there is no percentage: any
        // change is beyond every threshold, and judged significant or not as any other; 0 to 0 is none
        boolean fromZero = b.value() == 0 && c.value() != 0;
        double change = b.value() == 0 ? (fromZero ? Double.NaN : 0) : (c.value() - b.value()) / Math.abs(b.value()) * 100;
        boolean higherIsBetter = direction == Direction.HIGHER_IS_BETTER;
        double worseBy = higherIsBetter ? -change : change;
        boolean worse = fromZero ? (c.value() > 0) != higherIsBetter : worseBy > 0;
        double p = Double.NaN;
        double g = Double.NaN;
        String basis;
        boolean significant;
        int fewest = Math.min(b.samples().length, c.samples().length);
        boolean powered;
        boolean beyond = fromZero || change != 0 && AtTheLimit.atLeast(Math.abs(change), thresholdPercent);
        if (Measures.isPeak(metric)) {
            // a peak's samples are running maxima within a fork, not independent draws: a t-test
            // over them finds "significance" in ordinary fork-to-fork noise
            Verdict verdict = !beyond ? Verdict.WITHIN_THRESHOLD : worse ? Verdict.REGRESSION : Verdict.IMPROVEMENT;
            return new Comparison(current.key(), metric, baseline, current, c, change, worseBy, p, g,
                    POINT_ESTIMATES + "; a peak's samples are running maxima, not independent draws", verdict);
        }
        if (fewest >= 2) {
            WelchTest test = WelchTest.of(b.samples(), c.samples());
            p = test.p();
            g = test.hedgesG();
            significant = p < alpha;
            basis = "Welch t-test";
            powered = fewest >= MIN_TEST_SAMPLES;
        } else if (b.hasError() && c.hasError()) {
            significant = b.value() + b.error() < c.value() - c.error() || c.value() + c.error() < b.value() - b.error();
            basis = "99.9% CIs";
            powered = true;
        } else {
            significant = false;
            basis = "none";
            powered = false;
        }
        Verdict verdict;
        if (!significant && !powered && beyond) {
            // one level of clauses, the p-value among them, so that the verdict reads in one breath:
            // "point estimates vs threshold; Welch t-test p=0.058 on 2 vs 2 samples, too few to judge"
            basis = POINT_ESTIMATES + "; " + (basis.equals("none") ? "no raw data or error estimate to judge by"
                    : basis + (Double.isFinite(p) ? " p=" + ComparisonTable.p(p) : "") + " on " + b.samples().length + " vs "
                            + c.samples().length + " samples, too few to judge");
            verdict = worse ? Verdict.REGRESSION : Verdict.IMPROVEMENT;
        } else if (!significant) {
            verdict = basis.equals("none") ? Verdict.UNKNOWN : Verdict.NOISE;
        } else if (!beyond) {
            verdict = Verdict.WITHIN_THRESHOLD;
        } else {
            verdict = worse ? Verdict.REGRESSION : Verdict.IMPROVEMENT;
        }
        return new Comparison(current.key(), metric, baseline, current, c, change, worseBy, p, g, basis, verdict);
    }
}
