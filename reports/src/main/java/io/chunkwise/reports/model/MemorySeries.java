package io.chunkwise.reports.model;

import java.util.Arrays;
import java.util.Objects;

/**
 * One memory metric of a profiled run over time (one column of {@code memory.csv}), with the
 * samples where the metric was unavailable left out.
 *
 * @param column the column's name in memory.csv, e.g. {@code rss_anon_mb}
 * @param kind the memory kind people read, e.g. {@code RssAnon}
 * @param elapsedMs sample times, milliseconds since the run started, ascending
 * @param mebibytes the metric at each time, in MiB
 */
public record MemorySeries(String column, String kind, double[] elapsedMs, double[] mebibytes) {
    /** Validates and defensively copies the samples. */
    public MemorySeries {
        Objects.requireNonNull(column, "column");
        Objects.requireNonNull(kind, "kind");
        if (elapsedMs.length != mebibytes.length) {
            throw new IllegalArgumentException(column + ": " + elapsedMs.length + " times but "
                    + mebibytes.length + " values");
        }
        elapsedMs = elapsedMs.clone();
        mebibytes = mebibytes.clone();
    }

    /** @return sample times in milliseconds (a copy) */
    @Override
    public double[] elapsedMs() {
        return elapsedMs.clone();
    }

    /** @return values in MiB (a copy) */
    @Override
    public double[] mebibytes() {
        return mebibytes.clone();
    }

    /** @return the number of samples with a value */
    public int size() {
        return elapsedMs.length;
    }

    /** @return whether no sample had a value for this metric */
    public boolean isEmpty() {
        return elapsedMs.length == 0;
    }

    /** @return the largest value in MiB; NaN when empty */
    public double peak() {
        return Arrays.stream(mebibytes).max().orElse(Double.NaN);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof MemorySeries s && column.equals(s.column) && kind.equals(s.kind)
                && Arrays.equals(elapsedMs, s.elapsedMs) && Arrays.equals(mebibytes, s.mebibytes);
    }

    @Override
    public int hashCode() {
        return Objects.hash(column, kind, Arrays.hashCode(elapsedMs), Arrays.hashCode(mebibytes));
    }

    @Override
    public String toString() {
        return "MemorySeries[" + column + " (" + kind + "), " + size() + " samples]";
    }
}
