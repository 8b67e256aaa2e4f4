package io.chunkwise.cli.report;

import io.chunkwise.cli.BaseCommand;
import io.chunkwise.cli.Counted;
import io.chunkwise.cli.ExitCodes;
import io.chunkwise.cli.OutputFileConverter;
import io.chunkwise.cli.UserError;
import io.chunkwise.loader.io.FileArguments;
import io.chunkwise.loader.io.FileErrors;
import io.chunkwise.loader.io.ScratchFiles;
import io.chunkwise.reports.compare.RunComparator;
import io.chunkwise.reports.compare.Comparison;
import io.chunkwise.reports.compare.ComparisonReport;
import io.chunkwise.reports.compare.ComparisonTable;
import io.chunkwise.reports.compare.Gate;
import io.chunkwise.reports.compare.NoScore;
import io.chunkwise.reports.compare.ParamMismatch;
import io.chunkwise.reports.compare.Verdict;
import io.chunkwise.reports.model.BenchmarkResult;
import io.chunkwise.reports.model.ResultSet;
import io.chunkwise.reports.model.Score;
import io.chunkwise.reports.model.UnscoredResult;
import io.chunkwise.reports.read.JmhJsonReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code chunkwise compare BASELINE.json CURRENT.json}: the regression verdict for CI. */
@Command(name = "compare", mixinStandardHelpOptions = true,
        description = {"Compare two JMH JSON runs; exit 3 on a regression.",
            "A regression is worse in the metric's direction (throughput down, time up), statistically significant "
                    + "(Welch's t-test on JMH raw data, p < 0.01; else non-overlapping 99.9%% CIs) and beyond the threshold; "
                    + "with fewer than 5 raw values on a side, a change beyond the threshold counts on its own. "
                    + "Improvements and noise are reported, never failed; a baseline benchmark missing from CURRENT, or a "
                    + "--secondary metric missing from its CURRENT result, fails unless --allow-missing.",
            "A result JMH wrote no score for (NaN, +INF, -INF) is not compared, and named; the others are compared as usual. "
                    + "A baseline benchmark with no score in CURRENT fails as a missing one, unless --allow-missing; "
                    + "a file with no scored result at all is refused (exit 2).",
            "Scores in two time units (ops/ms beside ops/s, ms/op beside us/op) or memory units (bytes beside MiB, "
                    + "B/op beside KiB/op) are converted to BASELINE's unit and compared there, as report converts them; "
                    + "units that do not convert (bytes beside ops/s, B/op beside bytes) and a benchmark measured in another "
                    + "mode (thrpt beside avgt) are refused (exit 2).",
            "A change from a baseline of 0 (0 B/op, then 16) has no percentage: it is beyond any threshold, judged on "
                    + "its significance alone, and shown as 'from 0'."})
public final class CompareCommand extends BaseCommand {
    @Parameters(index = "0", paramLabel = "BASELINE.json", description = "JMH JSON of the baseline (e.g. main's results).")
    private Path baseline;

    @Parameters(index = "1", paramLabel = "CURRENT.json", description = "JMH JSON of the run to judge.")
    private Path current;

    @Option(names = "--threshold", paramLabel = "PERCENT", defaultValue = "5%", converter = Percent.class,
            description = "Smallest change that counts, e.g. 5%% or 5 (default: ${DEFAULT-VALUE}); "
                    + "0.25 or 1.0 (a fraction or a percentage?) is refused: write 25%% or 0.25%%.")
    private double threshold;

    @Option(names = "--markdown", paramLabel = "FILE", converter = OutputFileConverter.class, description = "Also write the Markdown (for a PR comment) to FILE.")
    private Path markdown;

    @Option(names = "--require", paramLabel = "GATE",
            description = "Relative gate within CURRENT, e.g. \"mmap/full >= 3\" (mmap at least 3x faster than full "
                    + "wherever both ran). Repeatable; a failed gate exits 3.")
    private List<String> require = new ArrayList<>();

    @Option(names = "--allow-missing",
            description = "Pass although benchmarks of BASELINE have no result in CURRENT (e.g. removed on purpose).")
    private boolean allowMissing;

    @Option(names = "--secondary", paramLabel = "METRIC",
            description = "Also judge this secondary metric where both runs have it, e.g. mem.peak.rssAnon.bytes "
                    + "(its direction from its name first: gc.*, cpu.*, mem.* and allocation lower is better; "
                    + "then from its unit: bytes and time lower, rates higher). A peak (mem.peak.*, and "
                    + "mem.rssAnon.perInputByte or perRecord, a peak over the input) is judged on its point "
                    + "estimates against the threshold. JMH's ·gc.alloc.rate and gc.alloc.rate name one metric. Repeatable.")
    private List<String> secondary = new ArrayList<>();

    @Override
    public Integer call() {
        List<Gate> gates = require.stream().map(Gate::parse).toList();
        requireOffJsonStdout("--markdown", markdown);
        if (markdown != null) {
            FileArguments.requireOutput(markdown, "--markdown", false, baseline, current);
        }
        ResultSet base = JmhJsonReader.read(baseline);
        ResultSet cur = JmhJsonReader.read(current);
        ComparisonReport report = new RunComparator(threshold, RunComparator.DEFAULT_ALPHA).compare(base, cur, secondary);
        List<GateJson> checks = new ArrayList<>();
        List<String> ratios = new ArrayList<>();
        for (Gate gate : gates) {
            for (Gate.Check c : gate.check(cur)) {
                checks.add(new GateJson(gate.toString(), c.context(), c.ratio(), c.passed()));
                ratios.add(gate.ratioText(c.ratio()));
            }
        }
        long failedGates = checks.stream().filter(c -> !c.passed()).count();
        // a benchmark in both runs at other params (-p size=8MiB, then 16MiB) is no renamed suite: say which differ
        Optional<String> otherParams = report.compared() == 0
                ? ParamMismatch.describe(base.results(), cur.results(), baseline.toString(), current.toString()) : Optional.empty();
        String md = ComparisonTable.markdown(report, failedGates, !allowMissing) + gatesMarkdown(checks, ratios)
                + otherParams.map(d -> "\nNothing compared: " + d + ".\n").orElse("");
        // a benchmark that broke (no score) is unjudged as a missing one is: a script reading .missing sees it
        long missing = report.count(Verdict.MISSING) + report.failingNoScores();
        List<String> failures = failures(report, failedGates);
        emit(new CompareJson(baseline.toString(), current.toString(), threshold, report.compared(),
                report.compared() > 0 && failures.isEmpty(), report.hasRegression(), failedGates == 0, missing,
                report.comparisons().stream().map(CompareCommand::json).toList(), checks,
                report.noScores().stream().map(CompareCommand::json).toList()), () -> md);
        // in the log too, one line each: a CI job shows stderr, where a broken benchmark must not go unseen
        report.noScores().forEach(n -> notice("compare: " + (n.inCurrent() ? current : baseline) + ": " + n.result().describe()
                + ", not compared" + (n.failsAsMissing() && !allowMissing ? " (fails as missing unless --allow-missing)" : "")
                + (n.measuredNow() ? "; " + current + " measured it" + (n.other().params().equals(n.result().params()) ? ""
                        : " as {" + n.other().paramsText() + "}") + ", with nothing to compare it with" : "")));
        if (markdown != null) {
            // after the verdict is printed: a comment that cannot be written must not hide it from the log
            try {
                // whole or not at all, as every output (and through the shell's descriptor when it is /dev/stdout)
                ScratchFiles.writeWhole(markdown, scratch -> Files.writeString(scratch, md, StandardCharsets.UTF_8));
            } catch (IOException e) {
                // the device's error (a full disk, EIO) on the file the user named: the machine's state, not a bug
                throw new UserError("cannot write the markdown file " + markdown + ": " + FileErrors.reason(e));
            }
        }
        if (sameFile(baseline, current)) {
            // a CI job whose two paths name one file would pass every run: say so where its log shows it
            notice("compare: " + baseline + " and " + current + " are the same file: it cannot regress against itself;"
                    + " only --require gates judge it");
        }
        if (report.compared() == 0) {
            notice(nothingCompared(report, otherParams));
            return ExitCodes.USAGE;
        }
        if (!failures.isEmpty()) {
            notice("compare: " + String.join(", ", failures));
            return ExitCodes.REGRESSION;
        }
        return ExitCodes.OK;
    }

    /**
     * Why nothing was compared, in the words of what happened: a benchmark in both runs whose score
     * one of them lacks is in CURRENT, so "no benchmark of BASELINE is in CURRENT" is said only when
     * none is (it was said beside "(2 benchmarks … with no score in CURRENT)", which contradicted it).
     *
     * @param report the comparison, with nothing compared
     * @param otherParams the benchmarks in both at other params, when any
     * @return the notice
     */
    private String nothingCompared(ComparisonReport report, Optional<String> otherParams) {
        long noScoreNow = report.failingNoScores();
        long noScoreBefore = report.noScores().stream().filter(NoScore::measuredNow).count();
        long missing = report.missingBenchmarks();
        if (noScoreNow == 0 && noScoreBefore == 0) {
            return "compare: nothing compared: no benchmark of " + baseline + " is in " + current
                    + " (same benchmark, mode, parameters and threads), so there is no verdict" + otherParams.map(d -> ": " + d).orElse("");
        }
        String nan = " (NaN or an infinity: it measured no value)";
        List<String> what = new ArrayList<>();
        // "every" only when no benchmark of BASELINE is accounted for otherwise (absent, or with no score there)
        boolean every = missing == 0 && noScoreBefore == 0
                && report.noScores().stream().noneMatch(n -> !n.inCurrent() && n.other() == null);
        if (noScoreNow > 0 && every) {
            what.add((noScoreNow == 1 ? "the one benchmark of " + baseline + " is in " + current + ", but JMH wrote no score for it there"
                    : "every benchmark of " + baseline + " is in " + current + " (" + noScoreNow
                            + "), but JMH wrote no score for any of them there") + nan);
        } else if (noScoreNow > 0) {
            what.add(Counted.of(noScoreNow, "benchmark") + " of " + baseline + (noScoreNow == 1 ? " is" : " are") + " in " + current
                    + ", but JMH wrote no score for " + (noScoreNow == 1 ? "it" : "them") + " there" + nan);
        }
        if (noScoreBefore > 0) {
            what.add(Counted.of(noScoreBefore, "benchmark") + " of " + baseline + (noScoreBefore == 1 ? " is" : " are") + " in " + current
                    + " with a score, but JMH wrote none for " + (noScoreBefore == 1 ? "it" : "them") + " in " + baseline + nan);
        }
        if (missing > 0) {
            what.add(Counted.of(missing, "other benchmark") + " of " + baseline + (missing == 1 ? " is" : " are") + " not in " + current
                    + otherParams.map(d -> " (" + d + ")").orElse(""));
        }
        return "compare: nothing compared, so there is no verdict: " + String.join("; ", what);
    }

    /** @return what fails the run (exit 3), each in the words of the notice; empty when it passes */
    private List<String> failures(ComparisonReport report, long failedGates) {
        List<String> failures = new ArrayList<>();
        if (report.hasRegression()) {
            failures.add(Counted.of(report.regressions().size(), "regression"));
        }
        if (failedGates > 0) {
            failures.add(Counted.of(failedGates, "failed gate"));
        }
        if (report.missingBenchmarks() > 0 && !allowMissing) {
            // a benchmark that crashed in the PR has no result: it must not pass the gate unseen
            failures.add(Counted.of(report.missingBenchmarks(), "benchmark") + " of " + baseline + " missing in " + current
                    + " (--allow-missing if removed on purpose)");
        }
        if (report.failingNoScores() > 0 && !allowMissing) {
            // JMH wrote NaN or an infinity for it: as unjudged as a benchmark that crashed, so not passed either
            failures.add(Counted.of(report.failingNoScores(), "benchmark") + " of " + baseline + " with no score in " + current
                    + " (JMH wrote NaN or an infinity; --allow-missing to pass without them)");
        }
        if (report.missingMetrics() > 0 && !allowMissing) {
            failures.add(Counted.of(report.missingMetrics(), "secondary metric") + " of " + baseline + "'s results missing in their "
                    + current + " results (--allow-missing if removed on purpose)");
        }
        return failures;
    }

    /** @return whether both paths name one file (a link or another spelling of it included) */
    private static boolean sameFile(Path a, Path b) {
        try {
            return Files.isSameFile(a, b);
        } catch (IOException e) {
            return false; // both were read a moment ago; a file gone since is not the same as the other
        }
    }

    /**
     * @param ratios each check's ratio as its gate prints it: with the digits that explain its
     *     result (0.996× failing {@code >= 1}, not 1.00×)
     */
    private static String gatesMarkdown(List<GateJson> checks, List<String> ratios) {
        if (checks.isEmpty()) {
            return "";
        }
        StringBuilder out = new StringBuilder("\n| Gate | Where | Ratio | Result |\n|---|---|---:|---|\n");
        for (int i = 0; i < checks.size(); i++) {
            GateJson c = checks.get(i);
            out.append(String.format(Locale.ROOT, "| %s | %s | %s | %s |%n", c.gate(), c.where().replace("|", "\\|"), ratios.get(i),
                    c.passed() ? "pass" : "FAIL"));
        }
        return out.toString();
    }

    private static ComparisonJson json(Comparison c) {
        BenchmarkResult any = c.any();
        return new ComparisonJson(any.benchmark(), any.mode().jmh(), any.params(), any.threads(), c.metric(),
                score(c.baselineScore()), score(c.currentScore()), c.convertedFrom().orElse(null),
                c.changePercent(), c.fromZero(), c.pValue(), c.effectSize(), c.basis(), c.verdict().name().toLowerCase(Locale.ROOT));
    }

    private static UnscoredJson json(NoScore n) {
        UnscoredResult r = n.result();
        return new UnscoredJson(n.run(), r.benchmark(), r.mode().jmh(), r.params(), r.threads(), r.written(), r.meaning(),
                n.failsAsMissing(), n.other() == null ? null : score(n.other().primary()));
    }

    private static ScoreJson score(Score s) {
        return s == null ? null : new ScoreJson(s.value(), s.error(), s.unit());
    }

    /**
     * The JSON form of {@code compare --json}.
     *
     * @param baseline the baseline file
     * @param current the current file
     * @param thresholdPercent the threshold
     * @param compared how many benchmarks were in both runs (0: no verdict, exit 2)
     * @param passed whether the run passes, as exit 0 says: something compared, and no regression,
     *     failed gate or (unless allowed) missing result; one field for a script ({@code jq -e .passed})
     * @param regression whether a benchmark regressed
     * @param gatesPassed whether every gate passed
     * @param missing benchmarks of the baseline with no result in the current run or no score in it (see
     *     {@code unscored}), and secondary metrics asked for that a baseline result has and its current result
     *     lacks (they fail unless allowed)
     * @param comparisons one per benchmark
     * @param gates the gate checks
     * @param unscored results of either run that JMH wrote no score for (NaN or an infinity): not compared
     */
    public record CompareJson(String baseline, String current, double thresholdPercent, long compared, boolean passed,
            boolean regression, boolean gatesPassed, long missing, List<ComparisonJson> comparisons, List<GateJson> gates,
            List<UnscoredJson> unscored) {
    }

    /**
     * A result not compared because JMH wrote no score for it.
     *
     * @param run {@code baseline} or {@code current}: the run whose result it is
     * @param benchmark the benchmark method
     * @param mode the JMH mode
     * @param params its parameters
     * @param threads JMH threads
     * @param score the score as JMH wrote it: {@code NaN}, {@code +INF} or {@code -INF}
     * @param reason what JMH meant by it
     * @param failsAsMissing whether it counts as a benchmark of the baseline missing from the current run
     *     (in {@code missing}; it fails the run unless --allow-missing)
     * @param otherScore the other run's score of the benchmark (the baseline's when the current result has
     *     none, the current one's when the baseline's has none; paired as comparisons are, by key or across
     *     size spellings), null when it has none there
     */
    public record UnscoredJson(String run, String benchmark, String mode, Map<String, String> params, int threads, String score,
            String reason, boolean failsAsMissing, ScoreJson otherScore) {
    }

    /**
     * One comparison.
     *
     * @param benchmark the benchmark method
     * @param mode the JMH mode
     * @param params its parameters
     * @param threads JMH threads
     * @param metric {@code primary} or the secondary metric's name
     * @param baseline the baseline score (null when new)
     * @param current the current score, in the baseline's unit (null when missing)
     * @param currentConvertedFrom the unit the current run measured it in, when it was converted to the
     *     baseline's (ops/ms to ops/s); null when it was in the baseline's unit
     * @param changePercent the change in percent (NaN, written as null, when it has none: from a baseline of 0)
     * @param fromZero whether the baseline's score is 0 and the current one is not: no percentage,
     *     beyond every threshold, judged on its significance or point estimates alone
     * @param pValue Welch's p-value, when raw data allowed the test (else NaN, written as null)
     * @param effectSize Hedges' g (NaN, written as null, when unknown)
     * @param basis how significance was judged
     * @param verdict the verdict
     */
    public record ComparisonJson(String benchmark, String mode, Map<String, String> params, int threads, String metric, ScoreJson baseline,
            ScoreJson current, String currentConvertedFrom, double changePercent, boolean fromZero, double pValue, double effectSize, String basis, String verdict) {
    }

    /**
     * A score.
     *
     * @param score the value
     * @param error JMH's 99.9% error, when known (else NaN, written as null by the CLI's JSON)
     * @param unit the unit
     */
    public record ScoreJson(double score, double error, String unit) {
    }

    /**
     * A gate checked in one context.
     *
     * @param gate the gate
     * @param where the benchmark context
     * @param ratio how many times better
     * @param passed whether it held
     */
    public record GateJson(String gate, String where, double ratio, boolean passed) {
    }
}
