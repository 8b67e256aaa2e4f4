package io.chunkwise.reports.chart;

import io.chunkwise.reports.model.BenchmarkResult;
import io.chunkwise.reports.model.Dimensions;
import io.chunkwise.reports.model.Measures;
import io.chunkwise.reports.model.Measures.MemoryMetric;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.ToDoubleFunction;

/**
 * The standard charts of a report, as pure functions from results to chart specs (tested without
 * pixels). Each returns no chart when the results lack what it needs (e.g. no size parameter);
 * a spec never has an empty series.
 */
public final class ResultCharts {
    private static final double MIB = 1024 * 1024;
    /** Input throughput is drawn in decimal MB/s (10^6 bytes a second), as the tables show it; memory in MiB. */
    private static final double MB = 1e6;
    private static final double LOG_SPAN = 20;

    private ResultCharts() {
    }

    /** The name of each {@link #throughputVsChunk} chart starts with this, then a dash. */
    public static final String THROUGHPUT_VS_CHUNK = "throughput-vs-chunk";
    /** The name of each {@link #memoryVsChunk} chart starts with this, then a dash. */
    public static final String MEMORY_VS_CHUNK = "memory-vs-chunk";
    /** The name of each {@link #throughputVsWorkers} chart starts with this, then a dash. */
    public static final String THROUGHPUT_VS_WORKERS = "throughput-vs-workers";

    /**
     * Input throughput (decimal MB/s) against input size, one line per variant, per benchmark; in
     * operations per second for a benchmark some of whose results give no input rate (a lookup), so
     * that every result of the by-size table is drawn or named by {@link #throughputVsSizeLeftOut}.
     *
     * @param results the results
     * @return one chart per benchmark measured at two sizes or more
     */
    public static List<NamedChart> throughputVsSize(List<BenchmarkResult> results) {
        return perContext(throughputSized(results), Dimensions.SIZE, "throughput-vs-size", (context, group, seriesName) -> {
            SizeUnit unit = SizeUnit.of(group.stream().mapToDouble(r -> Dimensions.sizeBytes(r).getAsLong()).max().orElseThrow());
            boolean bytes = group.stream().allMatch(r -> Measures.bytesPerSecond(r).isPresent());
            return lines("Throughput vs input size: " + context, "input size (" + unit.label() + ")", throughputTitle(bytes), group,
                    seriesName, r -> unit.scale(Dimensions.sizeBytes(r).getAsLong()), r -> throughput(r, bytes));
        });
    }

    /**
     * What {@link #throughputVsSize} draws no point for, though the by-size table shows it.
     *
     * @param results the results
     * @return one phrase per reason, naming the benchmarks and why (empty when every result is drawn)
     */
    public static List<String> throughputVsSizeLeftOut(List<BenchmarkResult> results) {
        return oneSizeOnly(throughputSized(results)).stream().toList();
    }

    /**
     * Peak memory (MiB) against input size, one line per variant, per benchmark.
     *
     * @param results the results
     * @return one chart per benchmark with a size parameter and a peak memory metric
     */
    public static List<NamedChart> memoryVsSize(List<BenchmarkResult> results) {
        List<BenchmarkResult> sized = memorySized(results);
        Optional<MemoryMetric> metric = Measures.preferredPeakMemory(sized);
        if (metric.isEmpty()) {
            return List.of();
        }
        MemoryMetric m = metric.get();
        // a result without that kind (its profiler's NaN) has no point here; the others keep theirs
        List<BenchmarkResult> rs = sized.stream().filter(r -> r.secondary().containsKey(m.name())).toList();
        return perContext(rs, Dimensions.SIZE, "memory-vs-size", (context, group, seriesName) -> {
            SizeUnit unit = SizeUnit.of(group.stream().mapToDouble(r -> Dimensions.sizeBytes(r).getAsLong()).max().orElseThrow());
            return lines(capitalize(m.kind()) + " vs input size: " + context, "input size (" + unit.label() + ")",
                    m.kind() + " (MiB)", group, seriesName, r -> unit.scale(Dimensions.sizeBytes(r).getAsLong()),
                    r -> Measures.memoryBytes(r, m.name()).getAsDouble() / MIB);
        });
    }

    /**
     * What {@link #memoryVsSize} draws no point for, though the by-size table shows it.
     *
     * @param results the results
     * @return one phrase per reason, naming the benchmarks and why (empty when every result is drawn)
     */
    public static List<String> memoryVsSizeLeftOut(List<BenchmarkResult> results) {
        List<BenchmarkResult> sized = memorySized(results);
        Optional<MemoryMetric> metric = Measures.preferredPeakMemory(sized);
        if (metric.isEmpty()) {
            return List.of();
        }
        String name = metric.get().name();
        List<String> leftOut = new ArrayList<>();
        oneSizeOnly(sized.stream().filter(r -> r.secondary().containsKey(name)).toList()).ifPresent(leftOut::add);
        List<String> lacking = sized.stream().filter(r -> !r.secondary().containsKey(name))
                .map(r -> r.shortName() + r.threadsText() + " at " + r.paramsText()).toList();
        if (!lacking.isEmpty()) {
            leftOut.add("no " + metric.get().kind() + " figure to draw (shown as – in the table): " + String.join(", ", lacking));
        }
        return List.copyOf(leftOut);
    }

    /** The results the by-size throughput table shows: a size and a time per operation. */
    private static List<BenchmarkResult> throughputSized(List<BenchmarkResult> results) {
        return results.stream().filter(r -> Dimensions.sizeBytes(r).isPresent() && Measures.secondsPerOp(r).isPresent()).toList();
    }

    /** The results the by-size memory table shows: a size and a peak memory metric. */
    private static List<BenchmarkResult> memorySized(List<BenchmarkResult> results) {
        return Measures.withPeakMemory(results).stream().filter(r -> Dimensions.sizeBytes(r).isPresent()).toList();
    }

    /**
     * @return the benchmarks (chart contexts) measured at one input size only, which draw no line
     *     against size, with that size, as one phrase; empty when there is none
     */
    private static Optional<String> oneSizeOnly(List<BenchmarkResult> rs) {
        List<String> single = new ArrayList<>();
        for (var g : contexts(rs).entrySet()) {
            if (!isCurve(g.getValue(), Dimensions.SIZE)) {
                single.add(g.getKey() + " (" + io.chunkwise.reports.model.Sizes.format(Dimensions.sizeBytes(g.getValue().getFirst())
                        .getAsLong()) + ")");
            }
        }
        return single.isEmpty() ? Optional.empty()
                : Optional.of("measured at one input size only, and a line against size needs two: " + String.join(", ", single));
    }

    /**
     * The tuning curve: throughput (ops/s) against chunk size, one line per variant.
     *
     * @param results the results
     * @return one chart per benchmark with a chunk size parameter
     */
    public static List<NamedChart> throughputVsChunk(List<BenchmarkResult> results) {
        List<BenchmarkResult> rs = results.stream()
                .filter(r -> Dimensions.chunkBytes(r).isPresent() && Measures.secondsPerOp(r).isPresent()).toList();
        return perContext(rs, Dimensions.CHUNK, THROUGHPUT_VS_CHUNK, (context, group, seriesName) -> {
            SizeUnit unit = SizeUnit.of(group.stream().mapToDouble(r -> Dimensions.chunkBytes(r).getAsLong()).max().orElseThrow());
            boolean bytes = group.stream().allMatch(r -> Measures.bytesPerSecond(r).isPresent());
            return lines("Throughput vs chunk size: " + context, "chunk size (" + unit.label() + ")", throughputTitle(bytes),
                    group, seriesName, r -> unit.scale(Dimensions.chunkBytes(r).getAsLong()), r -> throughput(r, bytes));
        });
    }

    /**
     * Peak memory against chunk size, one line per variant.
     *
     * @param results the results
     * @return one chart per benchmark with a chunk size parameter and a peak memory metric
     */
    public static List<NamedChart> memoryVsChunk(List<BenchmarkResult> results) {
        List<BenchmarkResult> chunked = Measures.withPeakMemory(results).stream().filter(r -> Dimensions.chunkBytes(r).isPresent()).toList();
        Optional<MemoryMetric> metric = Measures.preferredPeakMemory(chunked);
        if (metric.isEmpty()) {
            return List.of();
        }
        MemoryMetric m = metric.get();
        List<BenchmarkResult> rs = chunked.stream().filter(r -> r.secondary().containsKey(m.name())).toList();
        return perContext(rs, Dimensions.CHUNK, MEMORY_VS_CHUNK, (context, group, seriesName) -> {
            SizeUnit unit = SizeUnit.of(group.stream().mapToDouble(r -> Dimensions.chunkBytes(r).getAsLong()).max().orElseThrow());
            return lines(capitalize(m.kind()) + " vs chunk size: " + context, "chunk size (" + unit.label() + ")",
                    m.kind() + " (MiB)", group, seriesName, r -> unit.scale(Dimensions.chunkBytes(r).getAsLong()),
                    r -> Measures.memoryBytes(r, m.name()).getAsDouble() / MIB);
        });
    }

    /**
     * Scaling: throughput (ops/s) against workers, one line per variant, with each variant's ideal
     * (linear from its fewest workers) dashed.
     *
     * @param results the results
     * @return one chart per benchmark with a workers parameter
     */
    public static List<NamedChart> throughputVsWorkers(List<BenchmarkResult> results) {
        List<BenchmarkResult> rs = results.stream()
                .filter(r -> Dimensions.workers(r).isPresent() && Measures.secondsPerOp(r).isPresent()).toList();
        return perContext(rs, Dimensions.WORKERS, THROUGHPUT_VS_WORKERS, (context, group, seriesName) -> {
            List<ChartSeries> series = new ArrayList<>();
            Map<String, List<BenchmarkResult>> lines = group(group, seriesName);
            boolean bytes = group.stream().allMatch(r -> Measures.bytesPerSecond(r).isPresent());
            ChartSeries best = null;
            for (var byVariant : lines.entrySet()) {
                List<BenchmarkResult> sorted = byVariant.getValue().stream()
                        .sorted(Comparator.comparingInt(r -> Dimensions.workers(r).getAsInt())).toList();
                double[] x = sorted.stream().mapToDouble(r -> Dimensions.workers(r).getAsInt()).toArray();
                double[] y = sorted.stream().mapToDouble(r -> throughput(r, bytes)).toArray();
                ChartSeries measured = new ChartSeries(byVariant.getKey(), x, y, ChartSeries.Style.LINE_MARKERS);
                series.add(measured);
                if (best == null || y[y.length - 1] > best.y()[best.y().length - 1]) {
                    best = measured;
                }
            }
            // One ideal line: linear scaling of the line that ends fastest (one per line would clutter).
            series.add(new ChartSeries("ideal (" + best.name() + ")", best.x(), ideal(best.x(), best.y()), ChartSeries.Style.DASHED));
            return ChartSpec.scaled("Throughput vs workers: " + context, "workers", throughputTitle(bytes), series,
                    List.of(), false);
        });
    }

    /**
     * Variants and peers side by side: input throughput (or operations per second without a size)
     * at the largest size measured, per benchmark.
     *
     * @param results the results
     * @return one bar chart per benchmark that has two variants or more
     */
    public static List<NamedChart> sideBySide(List<BenchmarkResult> results) {
        List<BenchmarkResult> rs = results.stream().filter(r -> Measures.secondsPerOp(r).isPresent()).toList();
        List<NamedChart> charts = new ArrayList<>();
        Map<String, List<BenchmarkResult>> groups = group(rs, r -> Dimensions.context(r, Dimensions.SIZE, Dimensions.CHUNK, Dimensions.WORKERS));
        for (var g : groups.entrySet()) {
            long largest = g.getValue().stream().mapToLong(r -> Dimensions.sizeBytes(r).orElse(0)).max().orElse(0);
            Map<String, BenchmarkResult> best = new LinkedHashMap<>();
            for (BenchmarkResult r : g.getValue()) {
                if (Dimensions.sizeBytes(r).orElse(0) == largest) {
                    best.merge(Dimensions.variant(r), r, (a, b) -> seconds(a) <= seconds(b) ? a : b);
                }
            }
            if (best.size() < 2) {
                continue;
            }
            boolean bytes = largest > 0 && best.values().stream().allMatch(r -> Measures.bytesPerSecond(r).isPresent());
            List<String> names = new ArrayList<>(best.keySet());
            double[] values = best.values().stream().mapToDouble(r -> throughput(r, bytes)).toArray();
            double[] errors = best.values().stream().mapToDouble(r -> relativeError(r) * throughput(r, bytes)).toArray();
            String title = "Side by side" + (largest > 0 ? " at " + io.chunkwise.reports.model.Sizes.format(largest) : "") + ": " + g.getKey();
            charts.add(NamedChart.of(slug("side-by-side-" + g.getKey()), title,
                    new BarSpec(title, bytes ? "input MB/s (best of each)" : "operations per second (best of each)", names, values, errors)));
        }
        return List.copyOf(charts);
    }

    /**
     * The ideal (linear) scaling from the first point: y0 * x / x0.
     *
     * @param x worker counts, ascending
     * @param y measured throughput
     * @return the ideal throughput at each x
     */
    static double[] ideal(double[] x, double[] y) {
        double[] ideal = new double[x.length];
        for (int i = 0; i < x.length; i++) {
            ideal[i] = y[0] * x[i] / x[0];
        }
        return ideal;
    }

    private static String throughputTitle(boolean bytes) {
        return bytes ? "input MB/s" : "operations per second";
    }

    private static double throughput(BenchmarkResult r, boolean bytes) {
        return bytes ? Measures.bytesPerSecond(r).getAsDouble() / MB : 1 / Measures.secondsPerOp(r).getAsDouble();
    }

    private static double seconds(BenchmarkResult r) {
        return Measures.secondsPerOp(r).getAsDouble();
    }

    private static double relativeError(BenchmarkResult r) {
        double e = r.primary().error();
        return Double.isFinite(e) && r.primary().value() != 0 ? Math.abs(e / r.primary().value()) : 0;
    }

    private interface ChartMaker {
        ChartSpec make(String context, List<BenchmarkResult> group, Function<BenchmarkResult, String> series);
    }

    /**
     * A series' name: the variant, plus the chunk size and workers when they are not the x axis
     * (a chunk × workers sweep gives one line per worker count on the chunk chart).
     */
    static String seriesName(BenchmarkResult r, List<String> axis) {
        StringBuilder name = new StringBuilder(Dimensions.variant(r));
        if (axis != Dimensions.CHUNK && Dimensions.chunkBytes(r).isPresent()) {
            name.append(", ").append(io.chunkwise.reports.model.Sizes.format(Dimensions.chunkBytes(r).getAsLong())).append(" chunks");
        }
        if (axis != Dimensions.WORKERS && Dimensions.workers(r).isPresent()) {
            int w = Dimensions.workers(r).getAsInt();
            name.append(", ").append(w).append(w == 1 ? " worker" : " workers");
        }
        return name.toString();
    }

    private static List<NamedChart> perContext(List<BenchmarkResult> rs, List<String> axis, String kind, ChartMaker maker) {
        List<NamedChart> charts = new ArrayList<>();
        for (var g : contexts(rs).entrySet()) {
            if (!isCurve(g.getValue(), axis)) {
                continue; // one point per variant is not a curve: named by the *LeftOut methods, barred side by side
            }
            ChartSpec spec = maker.make(g.getKey(), g.getValue(), r -> seriesName(r, axis));
            charts.add(NamedChart.of(slug(kind + "-" + g.getKey()), spec.title(), spec));
        }
        return List.copyOf(charts);
    }

    private static Map<String, List<BenchmarkResult>> contexts(List<BenchmarkResult> rs) {
        return group(rs, r -> Dimensions.context(r, Dimensions.SIZE, Dimensions.CHUNK, Dimensions.WORKERS));
    }

    private static boolean isCurve(List<BenchmarkResult> group, List<String> axis) {
        return group.stream().map(r -> axisValue(r, axis)).distinct().count() >= 2;
    }

    /** The axis value as a number, so that two spellings of one size ({@code 64MiB}, {@code 67108864}) are one point. */
    private static String axisValue(BenchmarkResult r, List<String> axis) {
        if (axis == Dimensions.SIZE) {
            return Long.toString(Dimensions.sizeBytes(r).orElse(-1));
        }
        if (axis == Dimensions.CHUNK) {
            return Long.toString(Dimensions.chunkBytes(r).orElse(-1));
        }
        return r.params().entrySet().stream().filter(e -> axis.contains(e.getKey().toLowerCase(Locale.ROOT)))
                .map(Map.Entry::getValue).findFirst().orElse("");
    }

    private static ChartSpec lines(String title, String xTitle, String yTitle, List<BenchmarkResult> group,
            Function<BenchmarkResult, String> seriesName, ToDoubleFunction<BenchmarkResult> x, ToDoubleFunction<BenchmarkResult> y) {
        List<ChartSeries> series = new ArrayList<>();
        for (var byVariant : group(group, seriesName).entrySet()) {
            List<BenchmarkResult> sorted = byVariant.getValue().stream().sorted(Comparator.comparingDouble(x)).toList();
            series.add(new ChartSeries(byVariant.getKey(), sorted.stream().mapToDouble(x).toArray(),
                    sorted.stream().mapToDouble(y).toArray(), ChartSeries.Style.LINE_MARKERS));
        }
        double[] xs = group.stream().mapToDouble(x).toArray();
        double min = java.util.Arrays.stream(xs).min().orElseThrow();
        double max = java.util.Arrays.stream(xs).max().orElseThrow();
        return ChartSpec.scaled(title, xTitle, yTitle, series, List.of(), min > 0 && max / min >= LOG_SPAN);
    }

    private static Map<String, List<BenchmarkResult>> group(List<BenchmarkResult> rs, Function<BenchmarkResult, String> key) {
        Map<String, List<BenchmarkResult>> m = new LinkedHashMap<>();
        rs.forEach(r -> m.computeIfAbsent(key.apply(r), k -> new ArrayList<>()).add(r));
        return m;
    }

    /**
     * @param text any text
     * @return a file-name-safe slug of it
     */
    static String slug(String text) {
        String s = text.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("(^-|-$)", "");
        return s.length() > 80 ? s.substring(0, 80).replaceAll("-$", "") : s;
    }

    private static String capitalize(String s) {
        return s.isEmpty() ? s : Character.toUpperCase(s.charAt(0)) + s.substring(1);
    }
}
