package io.chunkwise.reports.model;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.OptionalDouble;

/**
 * Derived quantities of a JMH result, independent of the mode it was measured in: seconds per
 * operation (from {@code s/op}, {@code ms/op}… or the inverse of {@code ops/s}…), and peak memory
 * from the secondary metrics of the Chunkwise JMH memory profiler.
 */
public final class Measures {
    /** Peak anonymous resident memory (heap + native), the program's own memory. */
    public static final String PEAK_RSS_ANON = "mem.peak.rssAnon.bytes";
    /** Peak file-backed resident memory (page cache of mapped files). */
    public static final String PEAK_RSS_FILE = "mem.peak.rssFile.bytes";
    /** Peak heap used. */
    public static final String PEAK_HEAP = "mem.peak.heapUsed.bytes";
    /** Peak NMT committed. */
    public static final String PEAK_NMT = "mem.peak.nmtCommitted.bytes";
    /** Peak RssAnon divided by the input bytes of one operation. */
    public static final String RSS_ANON_PER_INPUT_BYTE = "mem.rssAnon.perInputByte";
    /** Peak RssAnon divided by the input records of one operation. */
    public static final String RSS_ANON_PER_RECORD = "mem.rssAnon.perRecord";
    /** Memory metrics in order of preference for "peak memory", with the kind each names. */
    public static final List<MemoryMetric> PEAK_MEMORY = List.of(
            new MemoryMetric(PEAK_RSS_ANON, "peak RssAnon"),
            new MemoryMetric(PEAK_HEAP, "peak heap used"),
            new MemoryMetric(PEAK_NMT, "peak NMT committed"));

    /** What a primary score is called where a metric's name is asked for, as {@code compare} calls it. */
    private static final String PRIMARY = "primary";

    private Measures() {
    }

    /**
     * A secondary metric holding memory.
     *
     * @param name the metric's name in JMH JSON
     * @param kind what it measures, for headers
     */
    public record MemoryMetric(String name, String kind) {
    }

    /**
     * @param metric a secondary metric's name
     * @return whether it is a peak ({@code mem.peak.*}, or {@code .peak.} in another profiler's
     *     name) or a peak over a constant ({@link #RSS_ANON_PER_INPUT_BYTE},
     *     {@link #RSS_ANON_PER_RECORD}): a running maximum within a fork, MAX-aggregated, whose
     *     samples are not independent draws
     */
    public static boolean isPeak(String metric) {
        return metric.startsWith("mem.peak.") || metric.contains(".peak.") || metric.equals(RSS_ANON_PER_INPUT_BYTE)
                || metric.equals(RSS_ANON_PER_RECORD);
    }

    /**
     * @param r a result
     * @return seconds per operation, when the unit is a time or a rate
     */
    public static OptionalDouble secondsPerOp(BenchmarkResult r) {
        String unit = r.primary().unit().strip().toLowerCase(Locale.ROOT);
        double v = r.primary().value();
        if (unit.endsWith("/op")) {
            double s = seconds(unit.substring(0, unit.length() - 3));
            return Double.isNaN(s) ? OptionalDouble.empty() : OptionalDouble.of(v * s);
        }
        if (unit.startsWith("ops/")) {
            double s = seconds(unit.substring(4));
            return Double.isNaN(s) || v <= 0 ? OptionalDouble.empty() : OptionalDouble.of(s / v);
        }
        return OptionalDouble.empty();
    }

    /**
     * How many times one result's primary score is the other's, in one unit: two times per
     * operation or two rates in different time units are converted (0.5 ops/ms is 5 times
     * 100 ops/s), as {@link #inUnit(Score, String)} converts them; scores in one unit are divided
     * as they are.
     *
     * @param a a result
     * @param b another result
     * @return a's score over b's, or empty when their units differ and are not both times per
     *     operation or both rates of operations (a throughput over a time is no ratio of either)
     */
    public static OptionalDouble scoreRatio(BenchmarkResult a, BenchmarkResult b) {
        OptionalDouble scale = scale(PRIMARY, a.primary().unit(), b.primary().unit());
        return scale.isEmpty() ? scale : OptionalDouble.of(a.primary().value() * scale.getAsDouble() / b.primary().value());
    }

    /**
     * A primary score in another unit of its kind, as {@link #inUnit(String, Score, String)} converts a metric's.
     *
     * @param score a score
     * @param unit the unit to express it in, e.g. {@code ops/s}
     * @return the score in that unit (itself when it has it), or empty when the two units do not convert
     */
    public static Optional<Score> inUnit(Score score, String unit) {
        return inUnit(PRIMARY, score, unit);
    }

    /**
     * A score in another unit of its kind: a rate of operations in another time unit (0.5 ops/ms is
     * 500 ops/s), a time per operation in another (2 ms/op is 2,000 us/op), or memory in another
     * byte unit per the same thing (1 KiB/op is 1,024 B/op; 1 MiB is 1,048,576 bytes; 1 MiB/s of
     * {@value #RATE_MB} is 1.048576 MB/s, its MB being 10^6 bytes: see {@link MemoryUnit#parse(String, String)}).
     * Its error and samples are scaled alike, so a test on them judges as on the score as measured.
     *
     * @param metric the metric the score is of (its name, or {@code primary}): it says whose KB, MB… the unit's are
     * @param score a score
     * @param unit the unit to express it in, e.g. {@code ops/s}
     * @return the score in that unit (itself when it has it), or empty when the two units are not
     *     both rates of operations, both times per operation or both memory per the same thing
     */
    public static Optional<Score> inUnit(String metric, Score score, String unit) {
        OptionalDouble scale = scale(metric, score.unit(), unit);
        if (scale.isEmpty()) {
            return Optional.empty();
        }
        double k = scale.getAsDouble();
        return Optional.of(score.unit().equals(unit) ? score
                : new Score(score.value() * k, score.error() * k, unit, Arrays.stream(score.samples()).map(v -> v * k).toArray()));
    }

    /**
     * @param unit a score's unit
     * @return whether it is a rate of operations JMH writes ({@code ops/s}, {@code ops/ms}…)
     */
    public static boolean isRate(String unit) {
        String u = unit.strip().toLowerCase(Locale.ROOT);
        return u.startsWith("ops/") && !Double.isNaN(seconds(u.substring(4)));
    }

    /**
     * @param unit a score's unit
     * @return whether it is a time per operation JMH writes ({@code s/op}, {@code us/op}…)
     */
    public static boolean isTimePerOp(String unit) {
        String u = unit.strip().toLowerCase(Locale.ROOT);
        return u.endsWith("/op") && !Double.isNaN(seconds(u.substring(0, u.length() - 3)));
    }

    /**
     * The one conversion between time units, for ratios and scores alike.
     *
     * @return what a value in {@code from} is multiplied by to be in {@code to}: 1 for one unit,
     *     1,000 from ops/ms to ops/s, 0.001 from ms/op to s/op, 1,024 from KiB to bytes; empty when
     *     the units are not both rates of operations, both times per operation or both memory per
     *     the same thing ({@link MemoryUnit#scaleTo})
     */
    private static OptionalDouble scale(String metric, String from, String to) {
        String f = from.strip().toLowerCase(Locale.ROOT);
        String t = to.strip().toLowerCase(Locale.ROOT);
        if (f.equals(t)) {
            return OptionalDouble.of(1);
        }
        if (isTimePerOp(f) && isTimePerOp(t)) {
            // seconds per from's unit over seconds per to's: 1 ms/op is a thousandth of 1 s/op
            return OptionalDouble.of(seconds(f.substring(0, f.length() - 3)) / seconds(t.substring(0, t.length() - 3)));
        }
        if (isRate(f) && isRate(t)) {
            // operations per second of from's unit: 0.5 ops/ms is 500 ops/s
            return OptionalDouble.of(seconds(t.substring(4)) / seconds(f.substring(4)));
        }
        // memory per the same thing: 16 B/op is 0.015625 KiB/op, 1 MiB is 1,048,576 bytes
        Optional<MemoryUnit> fm = MemoryUnit.parse(metric, f);
        Optional<MemoryUnit> tm = MemoryUnit.parse(metric, t);
        return fm.isPresent() && tm.isPresent() ? fm.get().scaleTo(tm.get()) : OptionalDouble.empty();
    }

    /**
     * @param r a result
     * @return whether its score unit is a time per operation or a rate JMH writes ({@code ms/op},
     *     {@code ops/s}…), whatever its score: a throughput of zero has such a unit and no time
     */
    public static boolean hasTimeUnit(BenchmarkResult r) {
        return isRate(r.primary().unit()) || isTimePerOp(r.primary().unit());
    }

    /** Input rate from the Chunkwise JMH throughput profiler, decimal MB/s, when an operation processes the input. */
    public static final String RATE_MB = "rate.mb";
    /** Record rate from the Chunkwise JMH throughput profiler. */
    public static final String RATE_RECORDS = "rate.records";

    /**
     * The package of the Chunkwise benchmarks: they run with the throughput profiler, so one of
     * them without {@value #RATE_MB} declared no input volume per operation.
     */
    static final String CHUNKWISE_BENCH_PACKAGE = "io.chunkwise.bench.";

    /**
     * Input bytes processed per second. With the Chunkwise throughput profiler's {@value #RATE_MB}
     * that rate is used, in its unit (MB/s: 10^6 bytes a second); when the profiler reported only {@value #RATE_RECORDS}, or a Chunkwise
     * benchmark reported neither (it declared no input volume: a lookup's operation does not
     * process the whole input, so its size over the time per lookup would be no rate), there is no
     * input rate; otherwise (any other JMH project) the size parameter over the time per operation.
     *
     * @param r a result
     * @return input bytes processed per second, when known
     */
    public static OptionalDouble bytesPerSecond(BenchmarkResult r) {
        Score rate = r.secondary().get(RATE_MB);
        if (rate != null) {
            // as its unit says: the profiler's MB/s is 10^6 bytes a second; read as MiB/s it was 4.9% off
            double bytes = MemoryUnit.parse(RATE_MB, rate.unit()).map(u -> u.bytes() / seconds(u.per()))
                    .filter(Double::isFinite).orElse(1e6);
            return OptionalDouble.of(rate.value() * bytes);
        }
        if (r.secondary().containsKey(RATE_RECORDS) || r.benchmark().startsWith(CHUNKWISE_BENCH_PACKAGE)) {
            return OptionalDouble.empty();
        }
        OptionalDouble s = secondsPerOp(r);
        var size = Dimensions.sizeBytes(r);
        return s.isPresent() && size.isPresent() && s.getAsDouble() > 0
                ? OptionalDouble.of(size.getAsLong() / s.getAsDouble()) : OptionalDouble.empty();
    }

    /**
     * @param r a result
     * @param metric a memory secondary metric name
     * @return its value in bytes, when present
     * @throws IllegalArgumentException when its unit is no byte count ({@value MemoryUnit#KNOWN}):
     *     a figure in TiB, or in a misspelt unit, read as bytes would pass any budget
     */
    public static OptionalDouble memoryBytes(BenchmarkResult r, String metric) {
        Score s = r.secondary().get(metric);
        if (s == null) {
            return OptionalDouble.empty();
        }
        return OptionalDouble.of(s.value() * byteCount(metric, s.unit()).orElseThrow(() -> new IllegalArgumentException(
                r.benchmark() + ": " + notAByteCount(metric, s.unit()))).bytes());
    }

    /**
     * @param unit a memory figure's unit (KB, MB… read as powers of 1,000, KiB, MiB… of 1,024)
     * @return the unit, when it is a byte count (per nothing)
     */
    public static Optional<MemoryUnit> byteCount(String unit) {
        return byteCount(PRIMARY, unit);
    }

    /**
     * @param metric the metric the figure is of: it says whose KB, MB… the unit's are ({@link MemoryUnit#parse(String, String)})
     * @param unit a memory figure's unit
     * @return the unit, when it is a byte count (per nothing)
     */
    public static Optional<MemoryUnit> byteCount(String metric, String unit) {
        return MemoryUnit.parse(metric, unit).filter(MemoryUnit::isCount);
    }

    /**
     * @param metric a memory metric's name
     * @param unit its unit, which is no byte count
     * @return why it is refused, e.g. {@code mem.peak.rssAnon.bytes is in 'TeraBytes', no unit of a byte count (…)}
     */
    public static String notAByteCount(String metric, String unit) {
        return metric + " is in '" + unit + "', no unit of a byte count (" + MemoryUnit.KNOWN + ")";
    }

    /**
     * @param results some results
     * @return those with a figure of {@link #PEAK_MEMORY}: a peer measured without a memory
     *     profiler (another project's results, {@code bench --no-memory}) has none, and must not
     *     take the memory of the results beside it that have one
     */
    public static List<BenchmarkResult> withPeakMemory(List<BenchmarkResult> results) {
        return results.stream().filter(r -> PEAK_MEMORY.stream().anyMatch(m -> r.secondary().containsKey(m.name()))).toList();
    }

    /**
     * @param results some results
     * @return the first memory metric of {@link #PEAK_MEMORY} that any of them has: the kind a plan
     *     checks budgets against and a report shows, so that one result without it (a profiler that
     *     failed on that run) leaves only its own variant unchecked, or its own cell "–", instead of
     *     turning every check and column into another kind
     */
    public static Optional<MemoryMetric> preferredPeakMemory(List<BenchmarkResult> results) {
        return PEAK_MEMORY.stream()
                .filter(m -> results.stream().anyMatch(r -> r.secondary().containsKey(m.name())))
                .findFirst();
    }

    /** @return seconds in one of a time unit JMH writes ({@code ms}, {@code sec}…), NaN for another */
    static double seconds(String unit) {
        return switch (unit) {
            case "s", "sec" -> 1;
            case "ms" -> 1e-3;
            case "us", "µs" -> 1e-6;
            case "ns" -> 1e-9;
            case "min" -> 60;
            case "hr", "h" -> 3600;
            default -> Double.NaN;
        };
    }
}
