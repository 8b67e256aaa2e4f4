package io.chunkwise.reports.model;

import java.util.Locale;

/** Which way a metric gets better. */
public enum Direction {
    /** Throughput-like: more is better. */
    HIGHER_IS_BETTER,
    /** Time- or memory-like: less is better. */
    LOWER_IS_BETTER;

    /**
     * The direction of a score, from its unit first (a rate such as {@code ops/s} is better
     * higher; a cost per operation such as {@code ms/op}, {@code B/op} or a byte count is better
     * lower), then from the mode (throughput higher; average, sample and single-shot time lower).
     *
     * @param mode the benchmark's mode
     * @param unit the score's unit as JMH writes it
     * @return the direction
     */
    public static Direction of(Mode mode, String unit) {
        String u = unit == null ? "" : unit.strip().toLowerCase(Locale.ROOT);
        if (u.contains("ops/") || u.endsWith("/s") || u.endsWith("/sec")) {
            return HIGHER_IS_BETTER;
        }
        if (u.endsWith("/op") || COSTS.contains(u) || MemoryUnit.parse(u).filter(MemoryUnit::isCount).isPresent()) {
            return LOWER_IS_BETTER;
        }
        return mode == Mode.THROUGHPUT ? HIGHER_IS_BETTER : LOWER_IS_BETTER;
    }

    /**
     * The direction of a secondary metric: from its name first, since a profiler's costs come in
     * units that read as rates ({@code -prof gc}'s {@code gc.alloc.rate} in MB/sec, {@code gc.count}
     * in counts, {@code cpu.util} in %): allocation, collection, CPU use and memory are better
     * lower, as are cycles per instruction, instructions per cycle higher; other names as {@link #of(Mode, String)}.
     *
     * @param mode the benchmark's mode
     * @param metric the metric's name as JMH writes it (e.g. {@code gc.alloc.rate}, {@code ·gc.count})
     * @param unit the score's unit
     * @return the direction
     */
    public static Direction of(Mode mode, String metric, String unit) {
        String name = metric.replace("\u00b7", "").strip().toLowerCase(Locale.ROOT);
        if (name.equals("ipc")) {
            return HIGHER_IS_BETTER;
        }
        if (name.equals("cpi")) {
            // perfnorm's cycles per instruction, in clks/insn: a unit that names no direction, so the
            // benchmark's mode would decide, and a throughput benchmark would call it better higher
            return LOWER_IS_BETTER;
        }
        if (name.startsWith("gc.") || name.startsWith("mem.") || name.startsWith("cpu") || name.contains("alloc")
                || name.contains("safepoint") || name.startsWith("rss") || name.startsWith("nmt")) {
            return LOWER_IS_BETTER;
        }
        return of(mode, unit);
    }

    private static final java.util.Set<String> COSTS =
            java.util.Set.of("s", "ms", "us", "ns", "min");
}
