package io.chunkwise.reports.model;

/**
 * What a sample-mode ({@code -bm sample}) result measured beyond its mean: how many operations
 * JMH timed, and its percentiles of their times.
 *
 * @param count the operations timed, all iterations and forks together (the sum of JMH's
 *     {@code rawDataHistogram} counts), not the iterations
 * @param p50 the median time, in the score's unit (JMH's {@code scorePercentiles} "50.0"; NaN when absent)
 * @param p99 the 99th percentile, in the score's unit ({@code scorePercentiles} "99.0"; NaN when absent)
 */
public record SampleDistribution(long count, double p50, double p99) {
    /** Validates the count. */
    public SampleDistribution {
        if (count < 0) {
            throw new IllegalArgumentException("a count of samples cannot be negative: " + count);
        }
    }
}
