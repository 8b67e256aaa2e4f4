package io.chunkwise.reports.model;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The memory of one profiled run over time: a series per memory kind, and the phase marks.
 *
 * @param name the run's name (its directory name, or as much of its path as tells it from another
 *     of that name), for titles and legends
 * @param series one series per memory column of memory.csv that had at least one value
 * @param phases phase marks in time order; empty when the run had no phases.csv
 */
public record MemoryTimeline(String name, List<MemorySeries> series, List<PhaseMark> phases) {
    /** Copies the lists. */
    public MemoryTimeline {
        Objects.requireNonNull(name, "name");
        series = List.copyOf(series);
        phases = List.copyOf(phases);
    }

    /**
     * @param other the name to show instead, e.g. {@code run1/prof} beside another {@code prof}
     * @return this timeline under that name
     */
    public MemoryTimeline withName(String other) {
        return new MemoryTimeline(other, series, phases);
    }

    /**
     * @param column a memory.csv column, e.g. {@code rss_anon_mb}
     * @return that series, when the run measured it
     */
    public Optional<MemorySeries> series(String column) {
        return series.stream().filter(s -> s.column().equals(column)).findFirst();
    }
}
