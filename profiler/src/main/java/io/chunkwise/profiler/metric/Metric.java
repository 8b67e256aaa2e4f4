package io.chunkwise.profiler.metric;

import java.util.Objects;
import java.util.regex.Pattern;

/**
 * One sampled figure: its name, the kind of memory (or counter) it measures, and its unit. The
 * column name in {@code memory.csv} and the key in {@code summary.json} derive from it, so a
 * file's columns can never drift from the data.
 *
 * @param name the short name, lower snake case, e.g. {@code rss_anon}
 * @param kind what it measures, e.g. {@code RssAnon}, {@code HeapUsed}
 * @param unit the unit samples are taken in
 */
public record Metric(String name, String kind, Unit unit) {
    /** The value a sample holds when a metric could not be read. */
    public static final long MISSING = Long.MIN_VALUE;

    private static final Pattern NAME = Pattern.compile("[a-z][a-z0-9_]*");

    /** Validates the name. */
    public Metric {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(unit, "unit");
        if (!NAME.matcher(name).matches()) {
            throw new IllegalArgumentException("metric name must be lower snake case: '" + name + "'");
        }
    }

    /**
     * A metric in bytes (shown as MiB).
     *
     * @param name lower snake case name, e.g. {@code arrow_allocated}
     * @param kind what it measures, e.g. {@code ArrowAllocated}
     * @return the metric
     */
    public static Metric bytes(String name, String kind) {
        return new Metric(name, kind, Unit.BYTES);
    }

    /** @return the column name in {@code memory.csv}, e.g. {@code rss_anon_mb} */
    public String column() {
        return name + unit.columnSuffix();
    }
}
