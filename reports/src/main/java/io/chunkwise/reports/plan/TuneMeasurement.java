package io.chunkwise.reports.plan;

import java.util.Arrays;
import java.util.Objects;

/**
 * Repeated whole-process runs of one configuration of a tuning sweep.
 *
 * @param strategy the loader strategy, e.g. {@code parallel}
 * @param chunkSize the chunk size in bytes
 * @param workers the worker count
 * @param inputBytes the input file's size
 * @param seconds the load time of each run
 * @param peakAnonBytes the peak RssAnon of each run
 */
public record TuneMeasurement(String strategy, long chunkSize, int workers, long inputBytes, double[] seconds,
        double[] peakAnonBytes) {
    /** Validates and copies. */
    public TuneMeasurement {
        Objects.requireNonNull(strategy, "strategy");
        if (seconds.length == 0 || seconds.length != peakAnonBytes.length) {
            throw new IllegalArgumentException("a measurement needs one time and one peak per run, at least one run");
        }
        seconds = seconds.clone();
        peakAnonBytes = peakAnonBytes.clone();
    }

    /** @return the times (a copy) */
    @Override
    public double[] seconds() {
        return seconds.clone();
    }

    /** @return the peaks (a copy) */
    @Override
    public double[] peakAnonBytes() {
        return peakAnonBytes.clone();
    }

    /** @return the median time */
    public double medianSeconds() {
        return median(seconds);
    }

    /** @return the median peak RssAnon */
    public double medianPeakAnonBytes() {
        return median(peakAnonBytes);
    }

    static double median(double[] values) {
        double[] s = values.clone();
        Arrays.sort(s);
        int n = s.length;
        return n % 2 == 1 ? s[n / 2] : (s[n / 2 - 1] + s[n / 2]) / 2;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof TuneMeasurement m && strategy.equals(m.strategy) && chunkSize == m.chunkSize
                && workers == m.workers && inputBytes == m.inputBytes && Arrays.equals(seconds, m.seconds)
                && Arrays.equals(peakAnonBytes, m.peakAnonBytes);
    }

    @Override
    public int hashCode() {
        return Objects.hash(strategy, chunkSize, workers, inputBytes, Arrays.hashCode(seconds), Arrays.hashCode(peakAnonBytes));
    }

    @Override
    public String toString() {
        return strategy + " chunk=" + chunkSize + " workers=" + workers + " runs=" + seconds.length;
    }
}
