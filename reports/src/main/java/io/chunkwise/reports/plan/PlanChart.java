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
        ChartSpec time = spec("Time vs input size, predicted at " + Sizes.format(plan.targetBytes()), "time per run (s)", unit,
                results, plan, r -> LeftOut.seconds(r).orElse(Double.NaN), 1,
                v -> new double[] {v.predictedSeconds(), orNaN(v.secondsLower()), orNaN(v.secondsUpper())});
        if (time != null) {
            charts.add(NamedChart.of("plan-time", "Predicted time at " + Sizes.format(plan.targetBytes()), time));
        }
        // the kind the plan fitted, chosen as the planner chose it: a variant whose memory was measured but not
        // predicted (its line reaches zero before the target) still has its measured points to draw
        Optional<Measures.MemoryMetric> fitted = Measures.preferredPeakMemory(
                results.stream().filter(r -> Dimensions.sizeBytes(r).isPresent() && LeftOut.seconds(r).isPresent()).toList());
        if (fitted.isPresent()) {
            String kind = fitted.get().kind();
            Optional<String> metric = fitted.map(Measures.MemoryMetric::name);
            double mib = 1024.0 * 1024;
            ChartSpec memory = spec(capitalize(kind) + " vs input size, predicted at " + Sizes.format(plan.targetBytes())
                            + (plan.budgetBytes() == null ? "" : " (budget " + Sizes.format(plan.budgetBytes()) + ")"),
                    kind + " (MiB)", unit, results, plan,
                    r -> metric.flatMap(m -> Measures.memoryBytes(r, m).isPresent()
                            ? Optional.of(Measures.memoryBytes(r, m).getAsDouble()) : Optional.empty()).orElse(Double.NaN) / mib,
                    1 / mib, v -> v.predictedPeakAnonBytes() == null ? null : new double[] {peak(v.predictedPeakAnonBytes()),
                        peak(v.peakAnonLower()), peak(v.peakAnonUpper())});
            if (memory != null) {
                charts.add(NamedChart.of("plan-memory", "Predicted " + kind + " at " + Sizes.format(plan.targetBytes()), memory));
            }
        }
        return List.copyOf(charts);
    }

    private interface Predicted {
        double[] of(VariantPlan v);
    }

    private static ChartSpec spec(String title, String yTitle, SizeUnit unit, List<BenchmarkResult> results, CapacityPlan plan,
            ToDoubleFunction<BenchmarkResult> measured, double scale, Predicted predicted) {
        List<ChartSeries> series = new ArrayList<>();
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
                // count holds): the measurements alone
                continue;
            }
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
        List<Marker> markers = List.of(new Marker(target, "target " + Sizes.format(plan.targetBytes()), 0));
        return ChartSpec.scaled(title, "input size (" + unit.label() + ", log scale)", yTitle, series, markers, true)
                .withLogYWhenSpanning();
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
