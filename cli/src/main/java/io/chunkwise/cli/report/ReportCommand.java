package io.chunkwise.cli.report;

import io.chunkwise.cli.BaseCommand;
import io.chunkwise.cli.ByteSize;
import io.chunkwise.cli.Counted;
import io.chunkwise.cli.ExitCodes;
import io.chunkwise.cli.UserError;
import io.chunkwise.reports.plan.CapacityPlanner;
import io.chunkwise.reports.plan.NothingToFitException;
import io.chunkwise.reports.read.ResultInputs;
import io.chunkwise.reports.report.Report;
import io.chunkwise.reports.report.ReportBuilder;
import io.chunkwise.reports.report.ReportWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.regex.Pattern;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code chunkwise report RESULTS… --out DIR}: tables and charts from results. */
@Command(name = "report", mixinStandardHelpOptions = true,
        description = {"Write report.md, report.html (self-contained) and charts (PNG, SVG) from results.",
            "RESULTS: JMH JSON files (any JMH project's) and profiler output directories (memory.csv, phases.csv, summary.json), "
                    + "or their summary.json files, read with the files beside them; a file a profile lacks is named on stderr."})
public final class ReportCommand extends BaseCommand {
    @Parameters(arity = "1..*", paramLabel = "RESULTS", description = "JMH JSON files, and profiler output directories or their summary.json.")
    private List<Path> results;

    @Option(names = "--out", required = true, paramLabel = "DIR", description = "Directory to write the report into.")
    private Path out;

    private static final String DEFAULT_TITLE = "Chunkwise performance report";

    @Option(names = "--title", paramLabel = "TEXT", defaultValue = DEFAULT_TITLE,
            description = "The report's title (default: ${DEFAULT-VALUE}).")
    private String title;

    @Option(names = "--target-size", paramLabel = "SIZE",
            description = "Add a capacity plan for this input size (see 'chunkwise plan').")
    private ByteSize target;

    @Option(names = "--memory-budget", paramLabel = "SIZE", description = "The capacity plan's memory budget: peak RssAnon, as plan's --memory-budget.")
    private ByteSize budget;

    @Option(names = "--benchmark", paramLabel = "REGEX",
            description = "Plan only the benchmarks whose name this finds (see 'chunkwise plan').")
    private Pattern benchmark;

    @Override
    public Integer call() {
        if (title.isBlank()) {
            throw new UserError("--title must not be empty (leave it out for the default title, '" + DEFAULT_TITLE + "')");
        }
        PositiveSize.require(target, "--target-size");
        PositiveSize.require(budget, "--memory-budget");
        OutputDirectory.require(out);
        ForeignReportFiles.refuse(out);
        ResultInputs inputs = ResultInputs.read(results);
        if (budget != null && target == null) {
            throw new UserError("--memory-budget needs --target-size (it is the capacity plan's budget)");
        }
        if (benchmark != null && target == null) {
            throw new UserError("--benchmark needs --target-size (it selects the benchmarks the capacity plan is of)");
        }
        if (benchmark != null) {
            // a pattern that finds nothing is a typo to name, not a plan to list as not possible
            CapacityPlanner.selected(inputs.allResults(), benchmark);
        }
        OptionalLong budgetBytes = budget == null ? OptionalLong.empty() : OptionalLong.of(budget.bytes());
        String noPlan = target == null ? null : planNotPossible(inputs, budgetBytes);
        Report report = target == null ? ReportBuilder.build(title, inputs)
                : ReportBuilder.build(title, inputs, target.bytes(), budgetBytes, Optional.ofNullable(benchmark));
        ReportWriter.Written written = ReportWriter.write(report, out);
        long pngs = written.charts().stream().filter(p -> p.toString().endsWith(".png")).count();
        emit(new ReportJson(written.markdown().toString(), written.html().toString(),
                written.charts().stream().map(Path::toString).toList(),
                report.sections().stream().map(Report.Section::heading).toList(),
                inputs.gaps().stream().map(g -> new GapJson(g.profile().toString(), g.file(), g.leftOut())).toList(),
                unscored(inputs)),
                () -> "report: " + written.markdown() + "\nreport: " + written.html() + "\ncharts: " + pngs + " (PNG and SVG) in "
                        + out.resolve(ReportWriter.CHARTS) + "\nsections: "
                        + String.join(", ", report.sections().stream().map(Report.Section::heading).toList()));
        if (!written.otherImages().isEmpty()) {
            // charts/ is read as this report's: images of other results there (an older report's, from before runs recorded
            // their charts, which are never removed unrecorded) are said, not left to be taken for these results'
            List<String> names = written.otherImages().stream().map(p -> p.getFileName().toString()).toList();
            notice("report: " + out.resolve(ReportWriter.CHARTS) + " also holds " + Counted.of(names.size(), "image")
                    + " this report did not draw, left as they are (no report recorded drawing them: your own, or an older "
                    + "report's, not of these results): " + String.join(", ", names.subList(0, Math.min(5, names.size())))
                    + (names.size() > 5 ? ", …" : ""));
        }
        if (noPlan != null) {
            // the report is written (exit 0), but the plan asked for is not in it: said here, not only in report.md
            notice("report: no capacity plan for " + ByteSize.argument(target.bytes()) + ": not possible (" + noPlan + "); " + written.markdown()
                    + " lists it so");
        }
        // listed in the report too, and said here, in the log: a profile's timeline must not go missing unseen
        inputs.gaps().forEach(gap -> notice("report: " + gap.message()));
        // and a result JMH wrote no score for: listed in the report, named in the log
        inputs.runs().forEach(run -> run.unscored().forEach(u -> notice("report: " + run.source() + ": " + u.describe()
                + ", listed as such, in no table but All results")));
        return ExitCodes.OK;
    }

    /** @return why the results give no capacity plan for the target, as the report lists it; null when they give one */
    private String planNotPossible(ResultInputs inputs, OptionalLong budgetBytes) {
        try {
            CapacityPlanner.plan(inputs.allResults(), target.bytes(), budgetBytes, Optional.ofNullable(benchmark));
            return null;
        } catch (NothingToFitException e) {
            return e.getMessage();
        }
    }

    private static List<UnscoredJson> unscored(ResultInputs inputs) {
        return inputs.runs().stream().flatMap(run -> run.unscored().stream().map(u -> new UnscoredJson(run.source(), u.benchmark(),
                u.mode().jmh(), u.params(), u.threads(), u.written(), u.meaning()))).toList();
    }

    /**
     * The JSON form of {@code report --json}.
     *
     * @param markdown report.md
     * @param html report.html
     * @param charts chart files
     * @param sections section headings
     * @param gaps the files profiles lack, and what the report leaves out for want of them (a CI
     *     step can fail on a profile whose timeline went missing)
     * @param unscored the results JMH wrote no score for (NaN or an infinity): listed, not measured
     */
    public record ReportJson(String markdown, String html, List<String> charts, List<String> sections, List<GapJson> gaps,
            List<UnscoredJson> unscored) {
    }

    /**
     * A result JMH wrote no score for.
     *
     * @param file the JMH JSON file it is in
     * @param benchmark the benchmark method
     * @param mode the JMH mode
     * @param params its parameters
     * @param threads JMH threads
     * @param score the score as JMH wrote it: {@code NaN}, {@code +INF} or {@code -INF}
     * @param reason what JMH meant by it
     */
    public record UnscoredJson(String file, String benchmark, String mode, java.util.Map<String, String> params, int threads,
            String score, String reason) {
    }

    /**
     * A file a profile lacks ({@link io.chunkwise.reports.read.ProfileGap}).
     *
     * @param profile the profile as given: its directory or its summary.json
     * @param file the missing file, e.g. {@code memory.csv}
     * @param leftOut what the report leaves out for want of it
     */
    public record GapJson(String profile, String file, String leftOut) {
    }
}
