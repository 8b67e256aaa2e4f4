package io.chunkwise.reports.table;

import io.chunkwise.reports.model.BenchmarkResult;
import io.chunkwise.reports.model.Dimensions;
import io.chunkwise.reports.model.Measures;
import io.chunkwise.reports.model.Measures.MemoryMetric;
import io.chunkwise.reports.model.MemoryUnit;
import io.chunkwise.reports.model.MetricSummary;
import io.chunkwise.reports.model.RunSummary;
import io.chunkwise.reports.model.SampleDistribution;
import io.chunkwise.reports.model.Sizes;
import io.chunkwise.reports.model.UnscoredResult;
import io.chunkwise.reports.model.WorkTimes;
import io.chunkwise.reports.stats.GrowthModel;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;

/**
 * The standard tables of a report, computed from results (never typed by hand). Each returns
 * empty when the results lack what the table needs (e.g. no size parameter).
 */
public final class ResultTables {
    /** Input throughput is shown in decimal MB/s (10^6 bytes a second), as bench, index and the README give it. */
    private static final double MB = 1e6;

    private ResultTables() {
    }

    /**
     * Every result as measured: works for any JMH JSON.
     *
     * @param results the results
     * @return the table
     */
    public static Table allResults(List<BenchmarkResult> results) {
        return allResults(results, List.of());
    }

    /**
     * Every result as measured, and those JMH wrote no score for, listed as such (a "–" score and
     * a note saying what JMH meant), never dropped.
     *
     * <p>Samples: the measurement iterations (all forks), except in sample mode, where JMH times
     * operations one by one: there it is the operations timed (its histogram's counts; the
     * iterations said 2 where 1,000 were timed), and p50 and p99 columns give their percentiles,
     * added only when a result is in sample mode.
     *
     * @param results the results
     * @param unscored the results without a score
     * @return the table
     */
    public static Table allResults(List<BenchmarkResult> results, List<UnscoredResult> unscored) {
        boolean sampled = results.stream().anyMatch(r -> r.primary().sampled().isPresent());
        Table.Builder t = Table.builder("All results").column("Benchmark", Kind.TEXT).column("Mode", Kind.TEXT)
                .column("Params", Kind.TEXT).column("Score", Kind.MEASURED).column("Samples", Kind.COUNT);
        if (sampled) {
            t.column("p50", Kind.MEASURED).column("p99", Kind.MEASURED);
        }
        // the preferred kind wherever measured: one result without it (its profiler's NaN) shows "–", not
        // another kind for every result
        Optional<MemoryMetric> memory = Measures.preferredPeakMemory(results);
        memory.ifPresent(m -> t.column(capitalize(m.kind()), Kind.BYTES));
        for (BenchmarkResult r : results) {
            Optional<SampleDistribution> d = r.primary().sampled();
            // "(4 threads)" as compare writes it: two runs differing only in threads otherwise read as one result twice
            List<Object> row = new ArrayList<>(List.of(r.shortName() + r.threadsText(), r.mode().jmh(), r.paramsText(), measured(r),
                    (double) d.map(SampleDistribution::count).orElse((long) r.primary().samples().length)));
            if (sampled) {
                row.add(d.map(x -> new Kind.Measured(x.p50(), Double.NaN, r.primary().unit())).orElse(null));
                row.add(d.map(x -> new Kind.Measured(x.p99(), Double.NaN, r.primary().unit())).orElse(null));
            }
            memory.ifPresent(m -> row.add(Measures.memoryBytes(r, m.name()).orElse(Double.NaN)));
            t.row(row.toArray());
        }
        int columns = 5 + (sampled ? 2 : 0) + (memory.isPresent() ? 1 : 0);
        for (UnscoredResult u : unscored) {
            // a row of its own, as a benchmark missing from compare's current run has: "–" where JMH gave no number
            Object[] row = new Object[columns];
            row[0] = u.shortName() + u.threadsText();
            row[1] = u.mode().jmh();
            row[2] = u.paramsText();
            t.row(row);
        }
        memory.flatMap(m -> lackingNote(results, m)).ifPresent(t::note);
        if (!unscored.isEmpty()) {
            t.note("No score: " + String.join("; ", unscored.stream().map(UnscoredResult::describe).toList())
                    + ". Shown as –; in no other table or chart.");
        }
        // what Samples counts differs by mode: said, so that 5 iterations are not read as 5 operations timed
        t.note(sampled ? "Samples: measurement iterations (all forks), except in sample mode, where it is the operations timed "
                + "(the counts of JMH's histogram); p50 and p99 are their median and 99th percentile, for sample mode only."
                : "Samples: measurement iterations, all forks together.");
        return t.note("Score ± error is JMH's mean and the half-width of its 99.9% confidence interval.").build();
    }

    /**
     * Peak memory by input size per variant, with savings against the baseline variant.
     *
     * @param results the results
     * @return the table, when results have a size parameter and a peak memory metric
     */
    public static Optional<Table> memoryBySize(List<BenchmarkResult> results) {
        List<BenchmarkResult> sized = Measures.withPeakMemory(results).stream().filter(r -> Dimensions.sizeBytes(r).isPresent()).toList();
        Optional<MemoryMetric> metric = Measures.preferredPeakMemory(sized);
        if (sized.isEmpty() || metric.isEmpty()) {
            return Optional.empty();
        }
        MemoryMetric m = metric.get();
        Table.Builder t = Table.builder("Memory by input size").column("Benchmark", Kind.TEXT).column("Input size", Kind.BYTES)
                .column("Variant", Kind.TEXT).column(capitalize(m.kind()), Kind.BYTES).column("Saving vs baseline", Kind.PERCENT);
        GroupBaselines baselines = new GroupBaselines();
        for (var group : Groups.by(sized, r -> Dimensions.context(r, Dimensions.SIZE)).entrySet()) {
            // a benchmark alone in its group (another workers or threads value sets it apart) is shown, without a saving
            String base = baselines.of(group.getValue());
            for (var bySize : bySize(group.getValue()).entrySet()) {
                OptionalDouble baseMem = variant(bySize.getValue(), base).map(r -> Measures.memoryBytes(r, m.name()).orElse(Double.NaN))
                        .map(OptionalDouble::of).orElse(OptionalDouble.empty());
                for (BenchmarkResult r : bySize.getValue()) {
                    double mem = Measures.memoryBytes(r, m.name()).orElse(Double.NaN);
                    boolean isBase = Dimensions.variant(r).equalsIgnoreCase(base);
                    double saving = baseMem.isPresent() && !isBase ? (baseMem.getAsDouble() - mem) / baseMem.getAsDouble() * 100 : Double.NaN;
                    t.row(group.getKey(), (double) bySize.getKey(), Dimensions.variant(r), mem, saving);
                }
            }
        }
        if (baselines.names().isEmpty()) {
            return Optional.empty();
        }
        lackingNote(sized, m).ifPresent(t::note);
        t.note("Saving: how much less memory than the baseline variant (" + String.join(", ", baselines.names())
                + ") at the same size; '" + Groups.BASELINE_VARIANT + "' is the baseline wherever it was measured.");
        if (baselines.alone()) {
            t.note(GroupBaselines.ALONE_NOTE);
        }
        return Optional.of(t.build());
    }

    /**
     * Throughput by input size per variant, with the speed ratio to the baseline variant.
     *
     * @param results the results
     * @return the table, when results have a size parameter
     */
    public static Optional<Table> throughputBySize(List<BenchmarkResult> results) {
        List<BenchmarkResult> sized = results.stream()
                .filter(r -> Dimensions.sizeBytes(r).isPresent() && Measures.secondsPerOp(r).isPresent()).toList();
        if (sized.isEmpty()) {
            return Optional.empty();
        }
        Table.Builder t = Table.builder("Throughput by input size").column("Benchmark", Kind.TEXT).column("Input size", Kind.BYTES)
                .column("Variant", Kind.TEXT).column("Score", Kind.MEASURED).column("Input MB/s", Kind.NUMBER)
                .column("Speed vs baseline", Kind.RATIO);
        GroupBaselines baselines = new GroupBaselines();
        for (var group : Groups.by(sized, r -> Dimensions.context(r, Dimensions.SIZE)).entrySet()) {
            // a benchmark alone in its group (another workers or threads value sets it apart) is shown, without a ratio
            String base = baselines.of(group.getValue());
            for (var bySize : bySize(group.getValue()).entrySet()) {
                Optional<BenchmarkResult> b = variant(bySize.getValue(), base);
                for (BenchmarkResult r : bySize.getValue()) {
                    double ratio = b.map(x -> Measures.secondsPerOp(x).getAsDouble() / Measures.secondsPerOp(r).getAsDouble())
                            .orElse(Double.NaN);
                    t.row(group.getKey(), (double) bySize.getKey(), Dimensions.variant(r), measured(r),
                            Measures.bytesPerSecond(r).orElse(Double.NaN) / MB, ratio);
                }
            }
        }
        if (baselines.names().isEmpty()) {
            return Optional.empty();
        }
        // a throughput of zero (no operation finished) has no time per operation: said, not hidden
        List<String> noRate = results.stream()
                .filter(r -> Dimensions.sizeBytes(r).isPresent() && Measures.secondsPerOp(r).isEmpty()
                        && r.primary().unit().strip().toLowerCase(Locale.ROOT).startsWith("ops/"))
                .map(r -> r.shortName() + " " + Dimensions.variant(r) + " at " + Sizes.format(Dimensions.sizeBytes(r).getAsLong())
                        + " (" + r.primary().value() + " " + r.primary().unit() + ")")
                .toList();
        if (!noRate.isEmpty()) {
            t.note("Left out, with no time per operation to compare: " + String.join(", ", noRate) + ".");
        }
        t.note("Speed vs baseline: the baseline variant's (" + String.join(", ", baselines.names())
                + ") time per operation over this variant's at the same size; above 1× is faster.");
        if (baselines.alone()) {
            t.note(GroupBaselines.ALONE_NOTE);
        }
        return Optional.of(t.build());
    }

    /**
     * Chunk-size impact: memory, time, throughput, and efficiency against the smallest chunk.
     *
     * @param results the results
     * @return the table, when results have a chunk size parameter
     */
    public static Optional<Table> chunkImpact(List<BenchmarkResult> results) {
        List<BenchmarkResult> chunked = results.stream()
                .filter(r -> Dimensions.chunkBytes(r).isPresent() && Measures.secondsPerOp(r).isPresent()).toList();
        if (chunked.isEmpty()) {
            return Optional.empty();
        }
        Optional<MemoryMetric> metric = Measures.preferredPeakMemory(chunked);
        Table.Builder t = Table.builder("Chunk size impact").column("Benchmark", Kind.TEXT).column("Variant", Kind.TEXT)
                .column("Chunk size", Kind.BYTES).column(metric.map(m -> capitalize(m.kind())).orElse("Peak memory"), Kind.BYTES)
                .column("Time per op", Kind.SECONDS).column("Throughput (ops/s)", Kind.NUMBER)
                .column("Efficiency vs smallest chunk", Kind.RATIO);
        for (var group : Groups.by(chunked, r -> Dimensions.context(r, Dimensions.CHUNK) + " " + Dimensions.variant(r)).entrySet()) {
            List<BenchmarkResult> rows = group.getValue().stream()
                    .sorted(Comparator.comparingLong(r -> Dimensions.chunkBytes(r).getAsLong())).toList();
            double smallest = Measures.secondsPerOp(rows.getFirst()).getAsDouble();
            for (BenchmarkResult r : rows) {
                double s = Measures.secondsPerOp(r).getAsDouble();
                t.row(Dimensions.context(r, Dimensions.CHUNK), Dimensions.variant(r), (double) Dimensions.chunkBytes(r).getAsLong(),
                        metric.map(m -> Measures.memoryBytes(r, m.name()).orElse(Double.NaN)).orElse(Double.NaN),
                        s, 1 / s, smallest / s);
            }
        }
        metric.flatMap(m -> lackingNote(chunked, m)).ifPresent(t::note);
        return Optional.of(t.note("Efficiency: throughput relative to the smallest chunk size of the same benchmark and variant.").build());
    }

    /**
     * Scaling with workers: speed-up against the fewest workers and parallel efficiency.
     *
     * @param results the results
     * @return the table, when results have a workers parameter
     */
    public static Optional<Table> workerScaling(List<BenchmarkResult> results) {
        List<BenchmarkResult> withWorkers = results.stream()
                .filter(r -> Dimensions.workers(r).isPresent() && Measures.secondsPerOp(r).isPresent()).toList();
        if (withWorkers.isEmpty()) {
            return Optional.empty();
        }
        Table.Builder t = Table.builder("Scaling with workers").column("Benchmark", Kind.TEXT).column("Variant", Kind.TEXT)
                .column("Workers", Kind.COUNT).column("Time per op", Kind.SECONDS).column("Speed-up", Kind.RATIO)
                .column("Parallel efficiency", Kind.SHARE);
        for (var group : Groups.by(withWorkers, r -> Dimensions.context(r, Dimensions.WORKERS) + " " + Dimensions.variant(r)).entrySet()) {
            List<BenchmarkResult> rows = group.getValue().stream()
                    .sorted(Comparator.comparingInt(r -> Dimensions.workers(r).getAsInt())).toList();
            double firstTime = Measures.secondsPerOp(rows.getFirst()).getAsDouble();
            int firstWorkers = Dimensions.workers(rows.getFirst()).getAsInt();
            for (BenchmarkResult r : rows) {
                double s = Measures.secondsPerOp(r).getAsDouble();
                int w = Dimensions.workers(r).getAsInt();
                double speedup = firstTime / s;
                t.row(Dimensions.context(r, Dimensions.WORKERS), Dimensions.variant(r), (double) w, s, speedup,
                        speedup / ((double) w / firstWorkers) * 100);
            }
        }
        return Optional.of(t.note("Speed-up against the fewest workers measured; efficiency is speed-up over the ideal (linear) speed-up.").build());
    }

    /**
     * Growth model: the fitted slope of peak memory against input size, O(1), O(n) or O(n)? from the fit.
     *
     * @param results the results
     * @return the table, when some variant was measured at two sizes or more with a peak memory metric
     */
    public static Optional<Table> growthModel(List<BenchmarkResult> results) {
        List<BenchmarkResult> withMemory = Measures.withPeakMemory(results).stream().filter(r -> Dimensions.sizeBytes(r).isPresent()).toList();
        Optional<MemoryMetric> metric = Measures.preferredPeakMemory(withMemory);
        if (metric.isEmpty()) {
            return Optional.empty();
        }
        // a result without the kind (its profiler's NaN) is left out of its variant's fit, not fitted as another kind
        List<BenchmarkResult> sized = withMemory.stream().filter(r -> r.secondary().containsKey(metric.get().name())).toList();
        Table.Builder t = Table.builder("Memory growth model (" + metric.get().kind() + " vs input size)")
                .column("Benchmark", Kind.TEXT).column("Variant", Kind.TEXT).column("Sizes", Kind.COUNT)
                .column("Slope (B per input B)", Kind.NUMBER).column("Intercept", Kind.BYTES)
                .column("Change over sizes", Kind.PERCENT).column("Model", Kind.TEXT);
        boolean any = false;
        for (var group : Groups.by(sized, r -> Dimensions.context(r, Dimensions.SIZE) + "\u0000" + Dimensions.variant(r)).entrySet()) {
            List<BenchmarkResult> rs = group.getValue();
            double[] x = rs.stream().mapToDouble(r -> Dimensions.sizeBytes(r).getAsLong()).toArray();
            if (java.util.Arrays.stream(x).distinct().count() < 2) {
                continue;
            }
            double[] y = rs.stream().mapToDouble(r -> Measures.memoryBytes(r, metric.get().name()).getAsDouble()).toArray();
            GrowthModel g = GrowthModel.fit(x, y);
            t.row(Dimensions.context(rs.getFirst(), Dimensions.SIZE), Dimensions.variant(rs.getFirst()),
                    (double) java.util.Arrays.stream(x).distinct().count(), g.bytesPerInputByte(), g.fit().intercept(),
                    g.growthOverRange() * 100, g.order().label());
            any = true;
        }
        if (!any) {
            return Optional.empty();
        }
        lackingNote(withMemory, metric.get()).map(n -> n.replace("shown as –", "left out of the fit")).ifPresent(t::note);
        // the legend plan gives: one meaning for each label wherever it is shown
        return Optional.of(t.note("Model: " + GrowthModel.legend() + ".").build());
    }

    /**
     * Memory profiling results: initial, peak, final and delta of each memory kind per profiled run.
     *
     * @param runs profiled runs' summaries
     * @return the table, when there is a run
     */
    public static Optional<Table> memoryProfiles(List<RunSummary> runs) {
        if (runs.isEmpty()) {
            return Optional.empty();
        }
        Table.Builder t = Table.builder("Memory profiling results").column("Run", Kind.TEXT).column("Memory kind", Kind.TEXT)
                .column("Initial", Kind.BYTES).column("Peak", Kind.BYTES).column("Final", Kind.BYTES).column("Delta", Kind.BYTES)
                .column("Peak at", Kind.SECONDS);
        for (RunSummary run : runs) {
            for (MetricSummary m : run.metrics().values()) {
                double factor = bytesPer(m.unit());
                if (Double.isNaN(factor) || Double.isNaN(m.peak())) {
                    continue;
                }
                t.row(run.name(), m.kind(), m.initial() * factor, m.peak() * factor, m.last() * factor, m.delta() * factor,
                        m.peakAtMs() / 1000);
            }
        }
        return Optional.of(t.note("RssAnon is the program's own memory (heap and native); RssFile is page cache of mapped files, not the program's.").build());
    }

    /**
     * @param runs profiled runs
     * @return how long each run's chunks and batches took, by kind of work, when any run recorded them
     */
    public static Optional<Table> workTimings(List<RunSummary> runs) {
        if (runs.stream().allMatch(r -> r.work().isEmpty())) {
            return Optional.empty();
        }
        Table.Builder t = Table.builder("Chunk and batch timings (JFR)").column("Run", Kind.TEXT).column("Work", Kind.TEXT)
                .column("Count", Kind.COUNT).column("Threads", Kind.COUNT).column("Median", Kind.SECONDS)
                .column("Each thread's first, longest", Kind.SECONDS).column("Busy per thread, least", Kind.SECONDS)
                .column("Busy per thread, most", Kind.SECONDS).column("MB/s a thread", Kind.NUMBER)
                .column("Fallbacks", Kind.COUNT);
        for (RunSummary run : runs) {
            for (WorkTimes w : run.work()) {
                t.row(run.name(), w.name(), (double) w.count(), (double) w.threads(), w.medianMs() / 1000,
                        w.firstPerThreadMaxMs() / 1000, w.busyPerThreadMinMs() / 1000, w.busyPerThreadMaxMs() / 1000,
                        w.mbPerSecPerThread(), (double) w.fallbacks());
            }
        }
        return Optional.of(t.note("Timed from the run's own JFR events, on the threads that did the work. A first chunk far "
                + "longer than the median is the JIT's warm-up; busy times far apart are an uneven split; a fallback "
                + "is a chunk parsed again after a wrong guess at its first record.").build());
    }

    /**
     * @return a note naming the results shown without the memory kind of their column though they
     *     have another (a profiler that gave {@code NaN} for it on that run), so that a "–" is read as
     *     not measured, never as a gap in the report
     */
    private static Optional<String> lackingNote(List<BenchmarkResult> results, MemoryMetric m) {
        List<String> lacking = Measures.withPeakMemory(results).stream().filter(r -> !r.secondary().containsKey(m.name()))
                .map(r -> r.shortName() + r.threadsText() + (r.params().isEmpty() ? "" : " at " + r.paramsText())).toList();
        if (lacking.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of("No " + m.kind() + " figure for " + String.join("; ", lacking) + ": not measured (its profiler gave "
                + "none, or NaN, on " + (lacking.size() == 1 ? "that run" : "those runs") + "), so shown as –; the other results keep "
                + "theirs, and no other kind of memory stands in for it.");
    }

    private static double bytesPer(String unit) {
        // the one reading of memory units, as for JMH results (a summary in TiB is no summary in bytes)
        return Measures.byteCount(unit).map(MemoryUnit::bytes).orElse(Double.NaN);
    }

    static Kind.Measured measured(BenchmarkResult r) {
        return new Kind.Measured(r.primary().value(), r.primary().error(), r.primary().unit());
    }

    private static java.util.SortedMap<Long, List<BenchmarkResult>> bySize(List<BenchmarkResult> group) {
        java.util.TreeMap<Long, List<BenchmarkResult>> m = new java.util.TreeMap<>();
        group.forEach(r -> m.computeIfAbsent(Dimensions.sizeBytes(r).getAsLong(), k -> new ArrayList<>()).add(r));
        return m;
    }

    private static Optional<BenchmarkResult> variant(List<BenchmarkResult> rs, String variant) {
        return rs.stream().filter(r -> Dimensions.variant(r).equalsIgnoreCase(variant)).findFirst();
    }

    private static String capitalize(String s) {
        return s.isEmpty() ? s : Character.toUpperCase(s.charAt(0)) + s.substring(1);
    }

}
