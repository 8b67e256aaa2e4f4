package io.chunkwise.reports.plan;

import io.chunkwise.reports.chart.ChartSeries;
import io.chunkwise.reports.chart.ChartSpec;
import io.chunkwise.reports.chart.Marker;
import io.chunkwise.reports.chart.NamedChart;
import io.chunkwise.reports.chart.SizeUnit;
import io.chunkwise.reports.model.BenchmarkResult;
import io.chunkwise.reports.model.Dimensions;
import io.chunkwise.reports.model.Measures;
import io.chunkwise.reports.model.Sizes;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.ToDoubleFunction;

/**
 * The capacity plan drawn: for each fitted variant, the measured points and the prediction at the
 * target with its 95% band (dashed), on a logarithmic size axis with the target marked.
 */
public final class PlanChart {
    private PlanChart() {
    }

    /**
     * @param results the results the plan was made from
     * @param plan the plan
     * @return a time chart and, when the results have a peak memory metric, a memory chart (each
     *     when a variant was measured at a size); a variant whose memory is not predicted keeps its
     *     measured points there
     */
    public static List<NamedChart> of(List<BenchmarkResult> results, CapacityPlan plan) {
        List<NamedChart> charts = new ArrayList<>();
        SizeUnit unit = SizeUnit.of(plan.targetBytes());
        String target = Sizes.format(plan.targetBytes());
        Drawn time = spec("Time", "", "time per run (s)", unit, results, plan, r -> LeftOut.seconds(r).orElse(Double.NaN), 1,
                v -> Double.isFinite(v.predictedSeconds())
                        ? new double[] {v.predictedSeconds(), orNaN(v.secondsLower()), orNaN(v.secondsUpper())} : null,
                v -> "no finite time predicted");
        if (time != null) {
            charts.add(NamedChart.of("plan-time", time.caption("time", target), time.spec()));
        }
        // the kind the plan fitted, chosen as the planner chose it: a variant whose memory was measured but not
        // predicted (its line reaches zero before the target) still has its measured points to draw
        Optional<Measures.MemoryMetric> fitted = Measures.preferredPeakMemory(
                results.stream().filter(r -> Dimensions.sizeBytes(r).isPresent() && LeftOut.seconds(r).isPresent()).toList());
        if (fitted.isPresent()) {
            String kind = fitted.get().kind();
            Optional<String> metric = fitted.map(Measures.MemoryMetric::name);
            double mib = 1024.0 * 1024;
            Drawn memory = spec(capitalize(kind), plan.budgetBytes() == null ? "" : " (budget " + Sizes.format(plan.budgetBytes()) + ")",
                    kind + " (MiB)", unit, results, plan,
                    r -> metric.flatMap(m -> Measures.memoryBytes(r, m).isPresent()
                            ? Optional.of(Measures.memoryBytes(r, m).getAsDouble()) : Optional.empty()).orElse(Double.NaN) / mib,
                    1 / mib, v -> v.predictedPeakAnonBytes() == null ? null : new double[] {peak(v.predictedPeakAnonBytes()),
                        peak(v.peakAnonLower()), peak(v.peakAnonUpper())},
                    v -> unpredictedMemory(results, v, fitted.get()));
            if (memory != null) {
                charts.add(NamedChart.of("plan-memory", memory.caption(kind, target), memory.spec()));
            }
        }
        return List.copyOf(charts);
    }

    private interface Predicted {
        double[] of(VariantPlan v);
    }

    /**
     * A chart drawn, with what its title claims: the variants whose prediction it draws, and why
     * each of the others is drawn measured only.
     *
     * @param spec the chart
     * @param predicted how many variants have a prediction drawn
     * @param unpredicted for each variant drawn measured only, why (e.g. {@code full: its fitted line reaches zero short of the target})
     */
    private record Drawn(ChartSpec spec, int predicted, List<String> unpredicted) {
        /** @return e.g. {@code Predicted peak RssAnon at 16.0 MiB}, or {@code Peak RssAnon measured, not predicted at 16.0 MiB} */
        String caption(String kind, String target) {
            return predicted > 0 ? "Predicted " + kind + " at " + target : capitalize(kind) + " measured, not predicted at " + target;
        }
    }

    /**
     * @return the title of a chart of {@code what} against input size: "predicted at" only when a
     *     prediction is drawn, else "measured (not predicted at …: why)"; a variant drawn measured
     *     only beside predicted ones is named with its reason
     */
    private static String title(String what, String target, String suffix, int predicted, List<String> unpredicted) {
        String why = String.join("; ", unpredicted);
        if (predicted == 0) {
            return what + " vs input size, measured (not predicted at " + target + ": " + why + ")" + suffix;
        }
        return what + " vs input size, predicted at " + target + suffix + (unpredicted.isEmpty() ? "" : " (measured only: " + why + ")");
    }

    private static Drawn spec(String what, String suffix, String yTitle, SizeUnit unit, List<BenchmarkResult> results, CapacityPlan plan,
            ToDoubleFunction<BenchmarkResult> measured, double scale, Predicted predicted, Function<VariantPlan, String> whyNot) {
        List<ChartSeries> series = new ArrayList<>();
        int drawnPredictions = 0;
        List<String> unpredicted = new ArrayList<>();
        double target = unit.scale(plan.targetBytes());
        for (VariantPlan v : plan.variants()) {
            double[] p = predicted.of(v);
            List<BenchmarkResult> rs = measuredLine(results.stream()
                    .filter(r -> Dimensions.variant(r).equals(v.variant()) && Dimensions.sizeBytes(r).isPresent()
                            && Double.isFinite(measured.applyAsDouble(r))).toList());
            if (rs.isEmpty()) {
                continue;
            }
            double[] x = rs.stream().mapToDouble(r -> unit.scale(Dimensions.sizeBytes(r).getAsLong())).toArray();
            double[] y = rs.stream().mapToDouble(measured).toArray();
            series.add(new ChartSeries(v.name() + " (measured)", x, y, ChartSeries.Style.LINE_MARKERS));
            double lastX = x[x.length - 1];
            double lastY = y[y.length - 1];
            if (p == null || !Double.isFinite(p[0])) {
                // no prediction (a peak whose line reaches zero) or no number to draw (a peak beyond what a byte
                // count holds): the measurements alone, and the title says why
                unpredicted.add(v.name() + ": " + (p == null ? whyNot.apply(v) : "beyond what a byte count holds"));
                continue;
            }
            drawnPredictions++;
            if (Double.isFinite(p[2])) {
                series.add(new ChartSeries(v.name() + " (predicted, 95% band)", new double[] {lastX, target, target, target},
                        new double[] {lastY, p[0] * scale, Math.max(0, p[1]) * scale, p[2] * scale}, ChartSeries.Style.PREDICTED));
            } else {
                series.add(new ChartSeries(v.name() + " (predicted)", new double[] {lastX, target},
                        new double[] {lastY, p[0] * scale}, ChartSeries.Style.PREDICTED));
            }
        }
        if (series.isEmpty()) {
            return null; // no variant measured at a size: nothing to draw
        }
        String title = title(what, Sizes.format(plan.targetBytes()), suffix, drawnPredictions, unpredicted);
        List<Marker> markers = List.of(new Marker(target, "target " + Sizes.format(plan.targetBytes()), 0));
        return new Drawn(ChartSpec.scaled(title, "input size (" + unit.label() + ", log scale)", yTitle, series, markers, true)
                .withLogYWhenSpanning(), drawnPredictions, List.copyOf(unpredicted));
    }

    /**
     * @return why a variant's memory was not predicted, as the plan's notes say at length: a figure
     *     missing at some size measured, or a fitted line that reaches zero before the target
     */
    private static String unpredictedMemory(List<BenchmarkResult> results, VariantPlan v, Measures.MemoryMetric metric) {
        boolean everySize = results.stream()
                .filter(r -> Dimensions.variant(r).equals(v.variant()) && Dimensions.sizeBytes(r).isPresent()
                        && LeftOut.seconds(r).isPresent())
                .allMatch(r -> Measures.memoryBytes(r, metric.name()).isPresent());
        return everySize ? "its fitted line reaches zero short of the target" : "no " + metric.kind() + " figure at every size measured";
    }

    /**
     * @return one line of a variant's measurements: those at one chunk size and worker count (the
     *     configuration measured at the most sizes; none at all when some were), by size
     */
    private static List<BenchmarkResult> measuredLine(List<BenchmarkResult> variant) {
        java.util.Map<String, List<BenchmarkResult>> byConfiguration = new java.util.LinkedHashMap<>();
        for (BenchmarkResult r : variant) {
            String configuration = Dimensions.chunkBytes(r).isEmpty() && Dimensions.workers(r).isEmpty() ? ""
                    : Dimensions.chunkBytes(r) + "/" + Dimensions.workers(r);
            byConfiguration.computeIfAbsent(configuration, k -> new ArrayList<>()).add(r);
        }
        List<BenchmarkResult> line = byConfiguration.containsKey("") ? byConfiguration.get("")
                : byConfiguration.values().stream().max(Comparator.comparingInt(List::size)).orElse(List.of());
        return line.stream().sorted(Comparator.comparingLong(r -> Dimensions.sizeBytes(r).getAsLong())).toList();
    }

    /** @return the bytes, or NaN when unknown or held at {@link Sizes#MOST}: no figure to draw there */
    private static double peak(Long bytes) {
        return bytes == null || bytes >= Sizes.MOST ? Double.NaN : bytes;
    }

    private static double orNaN(Number d) {
        return d == null ? Double.NaN : d.doubleValue();
    }

    private static String capitalize(String s) {
        return s.isEmpty() ? s : Character.toUpperCase(s.charAt(0)) + s.substring(1);
    }
}
