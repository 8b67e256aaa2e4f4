package io.chunkwise.reports.model;

import java.util.Collections;
import java.util.Objects;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * A JMH result whose primary score is no number to judge: JMH wrote {@code "NaN"} (it measured
 * nothing) or an infinity ({@code "+INF"}, {@code "-INF"}). It is kept, never dropped, so that
 * reports and verdicts name it beside the results that have a score.
 *
 * @param benchmark the fully qualified method
 * @param mode the mode
 * @param params the {@code @Param} values, sorted by name
 * @param threads JMH threads
 * @param written the score as the file wrote it, e.g. {@code NaN} or {@code +INF}
 */
public record UnscoredResult(String benchmark, Mode mode, SortedMap<String, String> params, int threads, String written) {
    /** Copies the parameters. */
    public UnscoredResult {
        Objects.requireNonNull(benchmark, "benchmark");
        Objects.requireNonNull(mode, "mode");
        Objects.requireNonNull(written, "written");
        params = Collections.unmodifiableSortedMap(new TreeMap<>(params));
    }

    /** @return what identifies it across runs, as {@link BenchmarkResult#key()} does for a scored result */
    public String key() {
        return BenchmarkResult.key(benchmark, mode, params, threads);
    }

    /** @return {@code Class.method}, without the package */
    public String shortName() {
        return BenchmarkResult.shortName(benchmark);
    }

    /** @return the parameters as {@code a=1, b=x}, or empty */
    public String paramsText() {
        return BenchmarkResult.paramsText(params);
    }

    /** @return {@code " (N threads)"} when JMH ran more than one thread, else empty */
    public String threadsText() {
        return BenchmarkResult.threadsText(threads);
    }

    /** @return e.g. {@code IndexBuildBenchmark.build (thrpt, size=1GiB)} */
    public String name() {
        return shortName() + " (" + mode.jmh() + (params.isEmpty() ? "" : ", " + paramsText()) + ")" + threadsText();
    }

    /**
     * @return what JMH meant by the score it wrote, e.g. {@code JMH wrote NaN: it measured no value,
     *     as for a benchmark that failed or ran no operation}
     */
    public String meaning() {
        double v = switch (written.strip()) {
            case "+INF", "INF", "Infinity", "+Infinity" -> Double.POSITIVE_INFINITY;
            case "-INF", "-Infinity" -> Double.NEGATIVE_INFINITY;
            default -> Double.NaN;
        };
        // no parentheses: the meaning is quoted inside them, in tables and notices
        String why = Double.isNaN(v) ? "it measured no value, as for a benchmark that failed or ran no operation"
                : v > 0 ? "a division by zero, as for an iteration that measured no time or completed no operation"
                : "no time or throughput is negative, so a broken or edited file";
        return "JMH wrote " + written.strip() + ": " + why;
    }

    /** @return e.g. {@code IndexBuildBenchmark.build (thrpt, size=1GiB): no score (JMH wrote NaN: …)} */
    public String describe() {
        return name() + ": no score (" + meaning() + ")";
    }
}
