package io.chunkwise.reports.report;

import io.chunkwise.reports.chart.MemoryTimelineChart;
import io.chunkwise.reports.chart.NamedChart;
import io.chunkwise.reports.chart.ResultCharts;
import io.chunkwise.reports.model.BenchmarkResult;
import io.chunkwise.reports.model.MemoryTimeline;
import io.chunkwise.reports.model.UnscoredResult;
import io.chunkwise.reports.plan.CapacityPlanner;
import io.chunkwise.reports.plan.NothingToFitException;
import io.chunkwise.reports.read.ResultInputs;
import io.chunkwise.reports.table.ResultTables;
import io.chunkwise.reports.table.Table;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.regex.Pattern;

/**
 * Builds the standard report from results: every table and chart the results allow, nothing
 * typed by hand. Sections without data are left out (and listed in the summary), never filled
 * with placeholders.
 */
public final class ReportBuilder {
    private ReportBuilder() {
    }

    /**
     * @param title the report's title
     * @param inputs the results read
     * @return the report
     * @throws IllegalArgumentException when the inputs hold nothing to report
     */
    public static Report build(String title, ResultInputs inputs) {
        return build(title, inputs, java.util.Optional.empty());
    }

    /**
     * Builds the report with a capacity plan section.
     *
     * @param title the report's title
     * @param inputs the results read
     * @param plan a plan made from the same results (see {@link io.chunkwise.reports.plan.CapacityPlanner}), if any
     * @return the report
     * @throws IllegalArgumentException when the inputs hold nothing to report
     */
    public static Report build(String title, ResultInputs inputs, Optional<io.chunkwise.reports.plan.CapacityPlan> plan) {
        return build(title, inputs, plan, null);
    }

    /**
     * Builds the report with a capacity plan for a target size when the results allow one; when
     * they do not (no size parameter, one size only), the plan is listed as not possible.
     *
     * @param title the report's title
     * @param inputs the results read
     * @param targetBytes the input size to plan for
     * @param budgetBytes the plan's memory budget, if any
     * @param benchmarks when present, plan only the benchmarks it finds (see {@link CapacityPlanner})
     * @return the report
     * @throws IllegalArgumentException when the inputs hold nothing to report or the target is not positive
     */
    public static Report build(String title, ResultInputs inputs, long targetBytes, OptionalLong budgetBytes,
            Optional<Pattern> benchmarks) {
        try {
            return build(title, inputs, Optional.of(CapacityPlanner.plan(inputs.allResults(), targetBytes, budgetBytes, benchmarks)),
                    null);
        } catch (NothingToFitException e) {
            return build(title, inputs, Optional.empty(), "Capacity plan: not possible (" + e.getMessage() + ")");
        }
    }

    private static Report build(String title, ResultInputs inputs, Optional<io.chunkwise.reports.plan.CapacityPlan> plan,
            String planMissing) {
        List<BenchmarkResult> results = inputs.allResults();
        if (results.isEmpty() && inputs.summaries().isEmpty() && inputs.timelines().isEmpty()) {
            throw new IllegalArgumentException("nothing to report: no benchmark result and no profiled run");
        }
        List<Report.Section> sections = new ArrayList<>();
        List<String> missing = new ArrayList<>();
        if (!results.isEmpty()) {
            section(sections, missing, "Memory by input size", ResultTables.memoryBySize(results),
                    ResultCharts.memoryVsSize(results), ResultCharts.memoryVsSizeLeftOut(results), "no benchmark has two variants or two input sizes to compare with a "
                            + "size parameter and a peak memory metric");
            section(sections, missing, "Throughput by input size", ResultTables.throughputBySize(results),
                    ResultCharts.throughputVsSize(results), ResultCharts.throughputVsSizeLeftOut(results), "no benchmark has two variants or two input sizes to compare with "
                            + "a size parameter");
            section(sections, missing, "Memory growth model", ResultTables.growthModel(results), List.of(),
                    "no variant was measured at two sizes with a peak memory metric");
            List<BenchmarkResult> chunkVaried = Varied.chunkSizes(results);
            List<NamedChart> chunkCharts = new ArrayList<>(ResultCharts.throughputVsChunk(chunkVaried));
            chunkCharts.addAll(ResultCharts.memoryVsChunk(chunkVaried));
            section(sections, missing, "Chunk size impact", ResultTables.chunkImpact(chunkVaried), chunkCharts,
                    "no benchmark was measured at two chunk sizes or more");
            List<BenchmarkResult> workersVaried = Varied.workers(results);
            section(sections, missing, "Scaling with workers", ResultTables.workerScaling(workersVaried),
                    ResultCharts.throughputVsWorkers(workersVaried), "no benchmark was measured with two worker counts or more");
            List<NamedChart> sideBySide = ResultCharts.sideBySide(results);
            if (!sideBySide.isEmpty()) {
                sections.add(new Report.Section("Variants and peers side by side", List.of(), List.of(), sideBySide));
            }
        }
        if (planMissing != null) {
            missing.add(planMissing);
        }
        plan.ifPresent(p -> {
            List<Table> tables = new ArrayList<>(List.of(io.chunkwise.reports.plan.PlanTable.variants(p)));
            if (!p.configurations().isEmpty()) {
                tables.add(io.chunkwise.reports.plan.PlanTable.configurations(p));
            }
            sections.add(new Report.Section("Capacity plan", List.of(io.chunkwise.reports.plan.PlanTable.recommendation(p)), tables,
                    io.chunkwise.reports.plan.PlanChart.of(results, p)));
        });
        List<NamedChart> timelines = new ArrayList<>();
        for (MemoryTimeline t : inputs.timelines()) {
            timelines.add(NamedChart.of("memory-timeline-" + slug(t.name()), "Memory over time: " + t.name(), MemoryTimelineChart.spec(t)));
        }
        inputs.unsampled().forEach(dir -> missing.add("Memory over time for " + dir
                + ": no samples (the command ended before it could be sampled), not charted"));
        inputs.gaps().forEach(gap -> missing.add(gap.message()));
        Optional<Table> profiles = ResultTables.memoryProfiles(inputs.summaries());
        if (profiles.isPresent() || !timelines.isEmpty()) {
            List<Table> tables = new ArrayList<>(profiles.stream().toList());
            ResultTables.workTimings(inputs.summaries()).ifPresent(tables::add);
            sections.add(new Report.Section("Memory profiles", List.of(), tables, timelines));
        } else {
            missing.add("Memory profiles: no profiler output directory given");
        }
        List<UnscoredResult> unscored = inputs.allUnscored();
        if (!results.isEmpty()) {
            sections.add(new Report.Section("All results", List.of(), List.of(ResultTables.allResults(results, unscored)), List.of()));
        }
        List<String> intro = new ArrayList<>();
        if (!inputs.runs().isEmpty()) {
            intro.add("JMH results: " + String.join(", ", inputs.runs().stream().map(r -> r.source()).toList()) + " ("
                    + results.size() + (results.size() == 1 ? " result" : " results") + (unscored.isEmpty() ? "" : ", and " + unscored.size()
                    + " with no score, named under All results and charted or planned nowhere") + ").");
        }

        List<String> profiled = profiledNames(inputs);
        if (!profiled.isEmpty()) {
            intro.add("Profiled runs: " + String.join(", ", profiled) + ".");
        }
        if (!missing.isEmpty()) {
            intro.add("Not in this report (the results do not have the data): " + String.join("; ", missing) + ".");
        }
        sections.addFirst(new Report.Section("About these results", intro, List.of(), List.of()));
        return new Report(title, sections);
    }

    private static List<String> profiledNames(ResultInputs inputs) {
        List<String> names = new ArrayList<>();
        inputs.timelines().forEach(t -> names.add(t.name()));
        inputs.summaries().forEach(s -> {
            if (!names.contains(s.name())) {
                names.add(s.name());
            }
        });
        return names;
    }

    private static void section(List<Report.Section> sections, List<String> missing, String heading, Optional<Table> table,
            List<NamedChart> charts, String why) {
        section(sections, missing, heading, table, charts, List.of(), why);
    }

    /**
     * A section whose table shows results its charts draw no point for: the paragraph names them and
     * why, so that a chart is never read as all there is.
     */
    private static void section(List<Report.Section> sections, List<String> missing, String heading, Optional<Table> table,
            List<NamedChart> charts, List<String> notCharted, String why) {
        if (table.isEmpty() && charts.isEmpty()) {
            missing.add(heading + ": " + why);
            return;
        }
        List<String> paragraphs = notCharted.isEmpty() || table.isEmpty() ? List.of()
                : List.of("Not charted, only in the table: " + String.join("; ", notCharted) + ".");
        sections.add(new Report.Section(heading, paragraphs, table.stream().toList(), charts));
    }

    private static String slug(String s) {
        return s.toLowerCase(java.util.Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("(^-|-$)", "");
    }
}
