package io.chunkwise.reports.model;

import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.stream.Collectors;

/**
 * One JMH result: a benchmark method in one mode with one combination of parameters.
 *
 * @param benchmark the fully qualified method, e.g. {@code io.chunkwise.bench.LoadBench.load}
 * @param mode the mode
 * @param params the {@code @Param} values, sorted by name
 * @param threads JMH threads
 * @param forks JMH forks
 * @param primary the primary metric
 * @param secondary secondary metrics by name (e.g. {@code mem.peak.rssAnon.bytes})
 * @param jvmArgs the arguments of the JVMs that measured it (JMH's {@code jvmArgs}), or null when
 *     the input records none (not a JMH result)
 */
public record BenchmarkResult(String benchmark, Mode mode, SortedMap<String, String> params, int threads, int forks,
        Score primary, Map<String, Score> secondary, List<String> jvmArgs) {
    /** Copies the maps and the arguments. */
    public BenchmarkResult {
        Objects.requireNonNull(benchmark, "benchmark");
        Objects.requireNonNull(mode, "mode");
        Objects.requireNonNull(primary, "primary");
        params = java.util.Collections.unmodifiableSortedMap(new TreeMap<>(params));
        secondary = Map.copyOf(secondary);
        jvmArgs = jvmArgs == null ? null : List.copyOf(jvmArgs);
    }

    /**
     * A result whose JVM arguments are unknown.
     *
     * @param benchmark the fully qualified method
     * @param mode the mode
     * @param params the {@code @Param} values
     * @param threads JMH threads
     * @param forks JMH forks
     * @param primary the primary metric
     * @param secondary secondary metrics by name
     */
    public BenchmarkResult(String benchmark, Mode mode, SortedMap<String, String> params, int threads, int forks,
            Score primary, Map<String, Score> secondary) {
        this(benchmark, mode, params, threads, forks, primary, secondary, null);
    }

    /** @return {@code Class.method}, without the package */
    public String shortName() {
        return shortName(benchmark);
    }

    /** {@code Class.method} of a fully qualified method: one spelling for scored and unscored results. */
    static String shortName(String benchmark) {
        int method = benchmark.lastIndexOf('.');
        int type = method <= 0 ? -1 : benchmark.lastIndexOf('.', method - 1);
        return benchmark.substring(type + 1);
    }

    /** @return the method's simple name */
    public String method() {
        return benchmark.substring(benchmark.lastIndexOf('.') + 1);
    }

    /**
     * @param name a parameter name
     * @return its value, when the benchmark has that parameter
     */
    public Optional<String> param(String name) {
        return Optional.ofNullable(params.get(name));
    }

    /** @return the parameters as {@code a=1, b=x}, or empty */
    public String paramsText() {
        return paramsText(params);
    }

    static String paramsText(SortedMap<String, String> params) {
        return params.entrySet().stream().map(e -> e.getKey() + "=" + e.getValue()).collect(Collectors.joining(", "));
    }

    /**
     * @return what identifies this result across runs: benchmark, mode, parameters and (when not 1)
     *     threads, e.g. {@code a.B.c [thrpt] {size=1} (4 threads)}
     */
    public String key() {
        return key(benchmark, mode, params, threads);
    }

    /** The key of {@link #key()}, for an {@link UnscoredResult} to pair with a scored result of the other run. */
    static String key(String benchmark, Mode mode, SortedMap<String, String> params, int threads) {
        return benchmark + " [" + mode.jmh() + "]" + (params.isEmpty() ? "" : " {" + paramsText(params) + "}") + threadsText(threads);
    }

    /** @return {@code " (N threads)"} when JMH ran more than one thread, else empty */
    public String threadsText() {
        return threadsText(threads);
    }

    static String threadsText(int threads) {
        return threads == 1 ? "" : " (" + threads + " threads)";
    }

    /** @return whether a higher primary score is better */
    public Direction direction() {
        return Direction.of(mode, primary.unit());
    }
}
