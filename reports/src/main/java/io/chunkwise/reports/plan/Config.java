package io.chunkwise.reports.plan;

/**
 * A measured configuration of chunk size and workers, a point of the time/memory trade-off.
 *
 * @param variant the variant
 * @param chunkSize the chunk size in bytes, null when not a parameter
 * @param workers the worker count, null when not a parameter
 * @param secondsPerGiB the measured time per GiB of input (per operation when the size is unknown),
 *     the median over the sizes measured
 * @param peakBytes the peak memory measured at the largest size, null without a memory metric
 * @param predictedPeakBytes the peak memory expected at the target size, null without a memory metric
 * @param pareto whether no other configuration is both faster and smaller
 */
public record Config(String variant, Long chunkSize, Integer workers, double secondsPerGiB, Double peakBytes,
        Double predictedPeakBytes, boolean pareto) {
}
