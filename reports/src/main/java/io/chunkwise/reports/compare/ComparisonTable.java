package io.chunkwise.reports.compare;

import io.chunkwise.reports.model.BenchmarkResult;
import io.chunkwise.reports.table.Kind;
import io.chunkwise.reports.table.ReportFormat;
import io.chunkwise.reports.table.Table;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** The comparison of two runs as a table (for PR comments) and a one-line summary. */
public final class ComparisonTable {
    private ComparisonTable() {
    }

    /**
     * @param report a comparison
     * @return benchmark, params, baseline ± error, current ± error (in the baseline's unit), change %,
     *     verdict; a note names each conversion of the current run's unit
     */
    public static Table of(ComparisonReport report) {
        Table.Builder t = Table.builder("Benchmark comparison").column("Benchmark", Kind.TEXT).column("Params", Kind.TEXT)
                .column("Baseline", Kind.MEASURED).column("Current", Kind.MEASURED).column("Change", Kind.PERCENT)
                .column("Verdict", Kind.TEXT);
        for (Comparison c : report.comparisons()) {
            BenchmarkResult any = c.any();
            t.row(any.shortName() + " (" + any.mode().jmh() + ")" + any.threadsText() + (c.isPrimary() ? "" : " " + c.metric()), any.paramsText(),
                    measured(c.baselineScore()), measured(c.currentScore()), c.changePercent(), verdict(c));
        }
        for (NoScore n : report.noScores()) {
            // named where a missing benchmark is, with what JMH meant by the score it wrote
            // with the other run's score where it has one: a current score beside a baseline without is this one row
            Kind.Measured other = n.other() == null ? null : measured(n.other().primary());
            t.row(n.result().shortName() + " (" + n.result().mode().jmh() + ")" + n.result().threadsText(), n.result().paramsText(),
                    n.inCurrent() ? other : null, n.inCurrent() ? null : other, Double.NaN, n.verdict());
        }
        if (!report.noScores().isEmpty()) {
            t.note("No score: JMH wrote NaN or an infinity for the result, so it is not compared; a benchmark of the baseline "
                    + "with no score in the current run fails as a missing one does, unless missing results are allowed.");
        }
        if (report.comparisons().stream().anyMatch(Comparison::fromZero)) {
            t.note("A change from a baseline of 0 has no percentage (–): any value other than 0 is beyond the threshold and "
                    + "judged on its significance (or its point estimates) alone, worse or better in the metric's direction, "
                    + "marked \"from 0\"; 0 beside 0 is no change.");
        }
        UnitConversions.notes(report.comparisons()).forEach(t::note);
        SizeSpellings.notes(report.comparisons(), report.noScores()).forEach(t::note);
        return t.note(String.format(Locale.ROOT, "Regression: worse in the metric's direction (throughput down, time up), "
                + "statistically significant (Welch's t-test on iteration data at p < 0.01, else non-overlapping 99.9%% "
                + "confidence intervals) and beyond %s%%; with fewer than %d raw values on a side the test cannot judge, "
                + "and a change beyond %s%% counts on its own (marked \"%s\").", trim(report.thresholdPercent()),
                RunComparator.MIN_TEST_SAMPLES, trim(report.thresholdPercent()), RunComparator.POINT_ESTIMATES)).build();
    }

    /**
     * @param report a comparison
     * @return e.g. {@code 1 regression, 2 improvements, 5 noise, 0 within threshold (threshold 5%)}
     */
    public static String summary(ComparisonReport report) {
        return String.format(Locale.ROOT, "%d regression%s, %d improvement%s, %d within threshold, %d noise%s%s (threshold %s%%)",
                report.count(Verdict.REGRESSION), report.count(Verdict.REGRESSION) == 1 ? "" : "s",
                report.count(Verdict.IMPROVEMENT), report.count(Verdict.IMPROVEMENT) == 1 ? "" : "s",
                report.count(Verdict.WITHIN_THRESHOLD), report.count(Verdict.NOISE),
                extra(report, Verdict.UNKNOWN), extra(report, Verdict.MISSING) + extra(report, Verdict.NEW) + noScore(report),
                trim(report.thresholdPercent()));
    }

    /**
     * @param report a comparison
     * @return the Markdown for a PR comment: a summary line and the table
     */
    public static String markdown(ComparisonReport report) {
        return markdown(report, 0, false);
    }

    /**
     * @param report a comparison
     * @param failedGates how many of the run's gates failed (they fail CI as a regression does)
     * @param missingFails whether a baseline benchmark missing from the current run, or with no score in it, fails CI
     * @return the Markdown for a PR comment: a headline naming every reason the run fails, a
     *     summary line and the table
     */
    public static String markdown(ComparisonReport report, long failedGates, boolean missingFails) {
        List<String> failures = new ArrayList<>();
        if (report.hasRegression()) {
            failures.add("Performance regression");
        }
        if (failedGates > 0) {
            failures.add(failedGates + (failedGates == 1 ? " failed gate" : " failed gates"));
        }
        long missing = report.missingBenchmarks();
        if (missingFails && missing > 0 && report.compared() > 0) {
            failures.add(missing + (missing == 1 ? " benchmark" : " benchmarks") + " missing in current");
        }
        long noScore = report.failingNoScores();
        if (missingFails && noScore > 0 && report.compared() > 0) {
            failures.add(noScore + (noScore == 1 ? " benchmark" : " benchmarks") + " with no score in current");
        }
        long metrics = report.missingMetrics();
        if (missingFails && metrics > 0) {
            failures.add(metrics + (metrics == 1 ? " metric" : " metrics") + " missing in current");
        }
        String headline = !failures.isEmpty() ? String.join(", ", failures)
                : report.compared() == 0 ? "Nothing compared" : "No performance regression";
        return "**" + headline + "**: "
                + summary(report) + "\n\n" + ReportFormat.MARKDOWN.table(of(report));
    }

    private static String noScore(ComparisonReport report) {
        return report.noScores().isEmpty() ? "" : ", " + report.noScores().size() + " no score";
    }

    private static String extra(ComparisonReport report, Verdict v) {
        long n = report.count(v);
        return n == 0 ? "" : ", " + n + " " + v.label();
    }

    private static String verdict(Comparison c) {
        String label = c.verdict() == Verdict.REGRESSION ? "REGRESSION" : c.verdict().label();
        // the Change cell has no percentage to show: the verdict says what it judged instead
        String v = c.fromZero() ? label + " from 0 " + c.currentScore().unit() : label;
        if (c.basis().startsWith(RunComparator.POINT_ESTIMATES)) {
            return v + " (" + c.basis() + ")"; // the basis names the test's p-value where there is one
        }
        if (Double.isFinite(c.pValue())) {
            return v + " (p=" + p(c.pValue()) + ", " + g(c.effectSize()) + ")";
        }
        return c.basis().isEmpty() || c.basis().equals("none") ? v : v + " (" + c.basis() + ")";
    }

    /** @return the p-value in two significant digits, or three where two would round it across the test's level */
    static String p(double p) {
        String two = String.format(Locale.ROOT, "%.2g", p);
        boolean below = p < RunComparator.DEFAULT_ALPHA;
        return below == Double.parseDouble(two) < RunComparator.DEFAULT_ALPHA ? two : String.format(Locale.ROOT, "%.3g", p);
    }

    /**
     * @return Hedges' g in one decimal, unsigned when it rounds to zero ({@code g=0.0}, not
     *     {@code g=-0.0}); {@code g n/a} when it has no value (iterations without spread on both
     *     sides give no standard deviation to divide by), as {@code --json} writes it null
     */
    static String g(double g) {
        if (!Double.isFinite(g)) {
            return "g n/a";
        }
        String text = String.format(Locale.ROOT, "%.1f", g);
        return "g=" + (text.equals("-0.0") ? "0.0" : text);
    }

    private static Kind.Measured measured(io.chunkwise.reports.model.Score s) {
        return s == null ? null : new Kind.Measured(s.value(), s.error(), s.unit());
    }

    private static String trim(double d) {
        return d == Math.rint(d) ? String.valueOf((long) d) : String.valueOf(d);
    }
}
