package io.chunkwise.profiler.monitor;

import io.chunkwise.profiler.metric.Metric;
import io.chunkwise.profiler.metric.MetricSummary;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * Samples taken over a run: one row per sample (elapsed ms, then one value per metric, in base
 * units, {@link Metric#MISSING} where unreadable), the phase marks, and notes on anything that
 * could not be read. Immutable.
 */
public final class MemorySeries {
    private final List<Metric> metrics;
    private final long[] elapsedMs;
    private final long[][] columns;
    private final List<Phase> phases;
    private final Duration interval;
    private final List<String> notes;

    MemorySeries(List<Metric> metrics, long[] elapsedMs, long[][] columns, List<Phase> phases,
                 Duration interval, List<String> notes) {
        this.metrics = List.copyOf(metrics);
        this.elapsedMs = elapsedMs;
        this.columns = columns;
        this.phases = List.copyOf(phases);
        this.interval = interval;
        this.notes = List.copyOf(notes);
    }

    /** @return the metrics, in column order */
    public List<Metric> metrics() {
        return metrics;
    }

    /** @return the number of samples */
    public int size() {
        return elapsedMs.length;
    }

    /**
     * @param sample a sample index
     * @return when it was taken, in ms since sampling started
     */
    public long elapsedMs(int sample) {
        return elapsedMs[sample];
    }

    /**
     * @param metric one of {@link #metrics()}
     * @param sample a sample index
     * @return the value in the metric's base unit, or {@link Metric#MISSING}
     */
    public long value(Metric metric, int sample) {
        return columns[indexOf(metric)][sample];
    }

    /**
     * @param metric one of {@link #metrics()}
     * @return a copy of the metric's values, {@link Metric#MISSING} where unreadable
     */
    public long[] column(Metric metric) {
        return columns[indexOf(metric)].clone();
    }

    /** @return the phase marks, in order */
    public List<Phase> phases() {
        return phases;
    }

    /** @return the sampling interval asked for */
    public Duration interval() {
        return interval;
    }

    /**
     * @return the sampling interval in milliseconds: whole ones as a {@link Long} ({@code 50}), and an
     *     interval the sampler keeps to a fraction of one ({@code 7.5ms}) as a {@link Double}, not cut to {@code 7}
     */
    public Number intervalMillis() {
        long nanos = interval.toNanos();
        return nanos % 1_000_000 == 0 ? (Number) (nanos / 1_000_000) : (Number) (nanos / 1e6);
    }

    /** @return what could not be read, and why (empty when everything was) */
    public List<String> notes() {
        return notes;
    }

    /** @return whether the series holds the metric */
    boolean has(Metric metric) {
        return metrics.contains(metric);
    }

    /**
     * @param metric one of {@link #metrics()}
     * @return initial, peak, final and time of peak; empty when no sample holds a value
     */
    public Optional<MetricSummary> summary(Metric metric) {
        long[] values = columns[indexOf(metric)];
        int count = 0;
        long initial = 0;
        long last = 0;
        long peak = Long.MIN_VALUE;
        long peakAt = 0;
        for (int i = 0; i < values.length; i++) {
            long v = values[i];
            if (v == Metric.MISSING) {
                continue;
            }
            if (count == 0) {
                initial = v;
            }
            count++;
            last = v;
            if (v > peak) {
                peak = v;
                peakAt = elapsedMs[i];
            }
        }
        return count == 0 ? Optional.empty()
                : Optional.of(new MetricSummary(metric, initial, peak, last, peakAt, count));
    }

    /** @return a summary per metric that holds any value, in column order */
    public List<MetricSummary> summaries() {
        List<MetricSummary> all = new ArrayList<>();
        for (Metric m : metrics) {
            summary(m).ifPresent(all::add);
        }
        return all;
    }

    private int indexOf(Metric metric) {
        int i = metrics.indexOf(metric);
        if (i < 0) {
            throw new IllegalArgumentException("no metric " + metric.column() + " in this series; it has "
                    + metrics.stream().map(Metric::column).toList());
        }
        return i;
    }

    @Override
    public String toString() {
        return "MemorySeries[" + size() + " samples, metrics=" + metrics.stream().map(Metric::column).toList()
                + ", phases=" + phases + "]";
    }

    /** Collects rows on the sampler thread; snapshots are taken under its lock. */
    static final class Buffer {
        private final List<Metric> metrics;
        private long[] elapsed = new long[256];
        private long[][] columns;
        private int size;
        private final List<Phase> phases = new ArrayList<>();
        private final List<String> notes = new ArrayList<>();

        Buffer(List<Metric> metrics) {
            this.metrics = List.copyOf(metrics);
            this.columns = new long[metrics.size()][256];
        }

        synchronized void append(long elapsedMs, long[] row) {
            if (size == elapsed.length) {
                int capacity = size * 2;
                elapsed = Arrays.copyOf(elapsed, capacity);
                for (int c = 0; c < columns.length; c++) {
                    columns[c] = Arrays.copyOf(columns[c], capacity);
                }
            }
            elapsed[size] = elapsedMs;
            for (int c = 0; c < columns.length; c++) {
                columns[c][size] = row[c];
            }
            size++;
        }

        synchronized void mark(Phase phase) {
            phases.add(phase);
        }

        synchronized void note(String note) {
            if (!notes.contains(note)) {
                notes.add(note);
            }
        }

        /** @return the series at its end, with a note when its samples came less often than asked */
        synchronized MemorySeries finish(Duration interval) {
            SamplingCadence.note(elapsed, size, interval).ifPresent(this::note);
            return snapshot(interval);
        }

        synchronized MemorySeries snapshot(Duration interval) {
            long[][] copy = new long[columns.length][];
            for (int c = 0; c < columns.length; c++) {
                copy[c] = Arrays.copyOf(columns[c], size);
            }
            return new MemorySeries(metrics, Arrays.copyOf(elapsed, size), copy, phases, interval, notes);
        }
    }
}
