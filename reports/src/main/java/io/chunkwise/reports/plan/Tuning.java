package io.chunkwise.reports.plan;

import io.chunkwise.reports.chart.NamedChart;
import io.chunkwise.reports.chart.ResultCharts;
import io.chunkwise.reports.chart.StaleCharts;
import io.chunkwise.reports.model.BenchmarkResult;
import io.chunkwise.reports.model.Measures;
import io.chunkwise.reports.model.Mode;
import io.chunkwise.reports.model.Score;
import io.chunkwise.reports.model.Sizes;
import io.chunkwise.reports.table.Kind;
import io.chunkwise.reports.table.Table;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.TreeMap;
import java.util.stream.Stream;

/**
 * The analysis of a chunk size × workers sweep on the user's own file: the evidence table, the
 * Pareto front of median time against median peak RssAnon, the recommendation (the fastest
 * configuration on the front within the budget) and the tuning charts. Running the sweep is the
 * caller's job (the CLI); this class only reads measurements.
 */
public final class Tuning {
    /** The benchmark name sweeps are reported under. */
    public static final String BENCHMARK = "chunkwise.tune.Sweep.load";

    private Tuning() {
    }

    /**
     * @param fileName a file's name
     * @return whether it is a tuning chart (one an earlier sweep may have written), by its name
     */
    public static boolean isChart(String fileName) {
        return StaleCharts.isImage(fileName) && Stream.of(ResultCharts.THROUGHPUT_VS_CHUNK, ResultCharts.MEMORY_VS_CHUNK,
                ResultCharts.THROUGHPUT_VS_WORKERS).anyMatch(kind -> fileName.startsWith(kind + "-"));
    }

    /**
     * The result of a sweep.
     *
     * @param results the measurements as results (single-shot, seconds per load; median of runs)
     * @param evidence the evidence table
     * @param recommendation the recommended configuration
     * @param charts throughput and memory against chunk size, and throughput against workers
     */
    public record Result(List<BenchmarkResult> results, Table evidence, Recommendation recommendation, List<NamedChart> charts) {
        /** Copies the lists. */
        public Result {
            results = List.copyOf(results);
            charts = List.copyOf(charts);
        }
    }

    /**
     * Analyses a sweep.
     *
     * @param measurements one per configuration
     * @param budgetBytes the memory budget, if any
     * @return the analysis
     * @throws IllegalArgumentException when there is no measurement
     */
    public static Result analyse(List<TuneMeasurement> measurements, OptionalLong budgetBytes) {
        if (measurements.isEmpty()) {
            throw new IllegalArgumentException("no measurement to analyse");
        }
        List<double[]> points = measurements.stream()
                .map(m -> new double[] {m.medianSeconds(), m.medianPeakAnonBytes()}).toList();
        boolean[] front = ParetoFront.of(points);
        Table.Builder t = Table.builder("Tuning sweep").column("Strategy", Kind.TEXT).column("Chunk size", Kind.BYTES)
                .column("Workers", Kind.COUNT).column("Median time", Kind.SECONDS).column("Input MB/s", Kind.NUMBER)
                .column("Median peak RssAnon", Kind.BYTES).column("Runs", Kind.COUNT).column("Pareto front", Kind.TEXT)
                .column("Fits budget", Kind.TEXT);
        for (int i = 0; i < measurements.size(); i++) {
            TuneMeasurement m = measurements.get(i);
            // input MB/s is decimal (10^6 bytes a second), as report's tables and index's own line give it
            t.row(m.strategy(), (double) m.chunkSize(), (double) m.workers(), m.medianSeconds(),
                    m.inputBytes() / m.medianSeconds() / 1e6, m.medianPeakAnonBytes(), (double) m.seconds().length,
                    front[i] ? "yes" : "", budgetBytes.isEmpty() ? "no budget" : fits(m, budgetBytes) ? "yes" : "no");
        }
        t.note("Each configuration ran as its own process; times and peaks are medians over runs. "
                + "Pareto front: no other configuration is both faster and smaller.");
        Recommendation recommendation = recommend(measurements, front, budgetBytes);
        List<BenchmarkResult> results = measurements.stream().map(Tuning::asResult).toList();
        List<NamedChart> charts = new ArrayList<>(ResultCharts.throughputVsChunk(results));
        charts.addAll(ResultCharts.memoryVsChunk(results));
        charts.addAll(ResultCharts.throughputVsWorkers(results));
        return new Result(results, t.build(), recommendation, charts);
    }

    /** A configuration as the recommendation names one: {@code parallel, chunk size 1.0 MiB, 1 worker, 3 runs}. */
    private static String describe(TuneMeasurement m) {
        int runs = m.seconds().length;
        return m.strategy() + ", chunk size " + Sizes.format(m.chunkSize()) + ", " + m.workers()
                + (m.workers() == 1 ? " worker, " : " workers, ") + runs + (runs == 1 ? " run" : " runs");
    }

    static Recommendation recommend(List<TuneMeasurement> ms, boolean[] front, OptionalLong budget) {
        Optional<TuneMeasurement> best = java.util.stream.IntStream.range(0, ms.size()).filter(i -> front[i])
                .mapToObj(ms::get).filter(m -> fits(m, budget))
                .min(Comparator.comparingDouble(TuneMeasurement::medianSeconds));
        if (best.isEmpty()) {
            TuneMeasurement smallest = ms.stream().min(Comparator.comparingDouble(TuneMeasurement::medianPeakAnonBytes)).orElseThrow();
            return new Recommendation(null, null, null, "no configuration stayed within " + Sizes.format(budget.getAsLong())
                    + "; the smallest peak was " + Sizes.format(smallest.medianPeakAnonBytes()) + " (" + describe(smallest) + ")");
        }
        TuneMeasurement m = best.get();
        double[] s = m.seconds();
        double spread = (java.util.Arrays.stream(s).max().orElseThrow() - java.util.Arrays.stream(s).min().orElseThrow())
                / 2 / m.medianSeconds() * 100;
        long close = ms.stream().filter(o -> o != m && fits(o, budget)
                && o.medianSeconds() <= m.medianSeconds() * (1 + spread / 100)).count();
        return new Recommendation(m.strategy(), m.chunkSize(), m.workers(), String.format(Locale.ROOT,
                "the fastest configuration on the measured Pareto front%s: median %s, peak RssAnon %s%s",
                budget.isPresent() ? " within " + Sizes.format(budget.getAsLong()) : "", Kind.SECONDS.format(m.medianSeconds()),
                Sizes.format(m.medianPeakAnonBytes()), s.length < 2 ? " (one run each: measure 3 runs of each to gauge noise)"
                        : close == 0 ? String.format(Locale.ROOT, "; run-to-run spread ±%.0f%%", spread)
                        : String.format(Locale.ROOT, "; %d other configuration%s within this one's run-to-run spread (±%.0f%%): "
                                + "on a busy machine they are as good", close, close == 1 ? " is" : "s are", spread)));
    }

    private static boolean fits(TuneMeasurement m, OptionalLong budget) {
        return budget.isEmpty() || m.medianPeakAnonBytes() <= budget.getAsLong();
    }

    /**
     * A measurement as a result, so the standard tables and charts apply.
     *
     * @param m a measurement
     * @return a single-shot result in seconds per load, with peak RssAnon as a secondary metric
     */
    public static BenchmarkResult asResult(TuneMeasurement m) {
        TreeMap<String, String> params = new TreeMap<>();
        params.put("strategy", m.strategy());
        params.put("chunkSize", Long.toString(m.chunkSize()));
        params.put("workers", Integer.toString(m.workers()));
        params.put("size", Long.toString(m.inputBytes()));
        Score time = new Score(m.medianSeconds(), Double.NaN, "s/op", m.seconds());
        Score peak = new Score(m.medianPeakAnonBytes(), Double.NaN, "bytes", m.peakAnonBytes());
        return new BenchmarkResult(BENCHMARK, Mode.SINGLE_SHOT, params, 1, m.seconds().length, time,
                Map.of(Measures.PEAK_RSS_ANON, peak));
    }
}
