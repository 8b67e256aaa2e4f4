package io.chunkwise.reports.model;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.OptionalLong;
import java.util.TreeMap;

/**
 * What a result's JMH parameters mean, by name (case-insensitive), so that reports work on any JMH
 * project that follows common naming:
 * <ul>
 * <li>variant: {@code strategy}, {@code variant}, {@code loader}, {@code impl}, {@code implementation},
 *     {@code peer}, {@code type}, {@code library}, {@code engine}, {@code backend}, {@code algorithm},
 *     {@code codec}, {@code cacheType}; without one, the benchmark method's name is the variant;
 * <li>input size in bytes: {@code size}, {@code inputSize}, {@code fileSize}, {@code sizeBytes},
 *     {@code inputBytes}, {@code bytes}, {@code dataSize}, {@code payload}, {@code payloadSize} (a
 *     number of bytes or a size with a unit:
 *     {@code 64MiB}, {@code 1GB});
 * <li>chunk size in bytes: {@code chunkSize}, {@code chunk}, {@code chunkBytes};
 * <li>workers: {@code workers}, {@code parallelism}, {@code threads} (else JMH's own thread count
 *     is not used: it measures contention, not a worker pool).
 * </ul>
 */
public final class Dimensions {
    /** Parameter names read as the variant. */
    public static final List<String> VARIANT = List.of("strategy", "variant", "loader", "impl", "implementation", "peer", "type",
            "library", "engine", "backend", "algorithm", "codec", "cachetype", "sampling");
    /** Parameter names read as the input size. */
    public static final List<String> SIZE = List.of("size", "inputsize", "filesize", "sizebytes", "inputbytes", "bytes", "datasize",
            "payload", "payloadsize");
    /** Parameter names read as the chunk size. */
    public static final List<String> CHUNK = List.of("chunksize", "chunk", "chunkbytes");
    /** Parameter names read as the worker count. */
    public static final List<String> WORKERS = List.of("workers", "parallelism", "threads");

    private Dimensions() {
    }

    /**
     * @param r a result
     * @return its variant: the variant parameter's value, else the method name
     */
    public static String variant(BenchmarkResult r) {
        return find(r, VARIANT).orElse(r.method());
    }

    /** @return whether the variant comes from a parameter (else from the method name) */
    public static boolean variantIsParam(BenchmarkResult r) {
        return find(r, VARIANT).isPresent();
    }

    /**
     * @param r a result
     * @return the input size in bytes, when a size parameter holds a size
     */
    public static OptionalLong sizeBytes(BenchmarkResult r) {
        return find(r, SIZE).map(Sizes::parse).orElse(OptionalLong.empty());
    }

    /**
     * @param r a result
     * @return the size parameter's value as written, whether or not it holds a size
     */
    public static Optional<String> sizeParameter(BenchmarkResult r) {
        return find(r, SIZE);
    }

    /**
     * @param r a result
     * @return the chunk size in bytes, when a chunk parameter holds a size
     */
    public static OptionalLong chunkBytes(BenchmarkResult r) {
        return find(r, CHUNK).map(Sizes::parse).orElse(OptionalLong.empty());
    }

    /**
     * @param r a result
     * @return the worker count, when a workers parameter holds a number
     */
    public static OptionalInt workers(BenchmarkResult r) {
        Optional<String> w = find(r, WORKERS);
        if (w.isEmpty()) {
            return OptionalInt.empty();
        }
        try {
            return OptionalInt.of(Integer.parseInt(w.get().strip()));
        } catch (NumberFormatException e) {
            return OptionalInt.empty();
        }
    }

    /**
     * What a result is measured against its variants in: its benchmark (or class, when the method
     * is the variant), mode, the parameters other than those named in {@code except}, and JMH's
     * threads when more than one.
     *
     * @param r a result
     * @param except parameter lists to leave out (e.g. {@link #SIZE} to group sizes together)
     * @return a key; results with the same key differ only by variant and the left-out parameters
     */
    @SafeVarargs
    public static String context(BenchmarkResult r, List<String>... except) {
        String where = benchmarkOf(r);
        TreeMap<String, String> rest = new TreeMap<>();
        r.params().forEach((k, v) -> {
            String key = k.toLowerCase(Locale.ROOT);
            boolean skip = VARIANT.contains(key);
            for (List<String> names : except) {
                skip |= names.contains(key);
            }
            if (!skip) {
                rest.put(k, v);
            }
        });
        // JMH's threads too: a run at 1 and at 4 threads (two files, or @Threads) is two contexts, never
        // one variant's points side by side (its 4 threads were "3.50×" its own 1 thread, fitted as one line)
        return where + " [" + r.mode().jmh() + "]" + (rest.isEmpty() ? "" : " " + rest) + r.threadsText();
    }

    /**
     * @param r a result
     * @return what its variants are variants of: the benchmark's short name, or its class when the
     *     method is the variant, e.g. {@code IndexBuildBenchmark.build}, {@code CsvPeerBenchmark}
     */
    public static String benchmarkOf(BenchmarkResult r) {
        return variantIsParam(r) ? r.shortName() : className(r);
    }

    private static String className(BenchmarkResult r) {
        String s = r.shortName();
        int dot = s.lastIndexOf('.');
        return dot < 0 ? s : s.substring(0, dot);
    }

    private static Optional<String> find(BenchmarkResult r, List<String> names) {
        for (var e : r.params().entrySet()) {
            if (names.contains(e.getKey().toLowerCase(Locale.ROOT))) {
                return Optional.of(e.getValue());
            }
        }
        return Optional.empty();
    }
}
