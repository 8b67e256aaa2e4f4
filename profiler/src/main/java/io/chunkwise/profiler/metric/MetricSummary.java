package io.chunkwise.profiler.metric;

/**
 * What a metric did over a run, in its base unit (bytes, counts, ms).
 *
 * @param metric the metric
 * @param initial the first value read
 * @param peak the highest value read
 * @param last the last value read
 * @param peakAtMs when the peak was first read, in ms since the start
 * @param samples how many samples held a value for this metric
 */
public record MetricSummary(Metric metric, long initial, long peak, long last, long peakAtMs, int samples) {

    /** @return {@code last - initial} */
    public long delta() {
        return last - initial;
    }
}
