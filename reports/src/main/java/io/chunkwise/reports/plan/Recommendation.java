package io.chunkwise.reports.plan;

/**
 * What to run at the target size.
 *
 * @param variant the fastest variant predicted to fit the budget; null when none fits
 * @param chunkSize the chunk size in bytes from the measured Pareto front; null when not measured
 * @param workers the worker count from the measured Pareto front; null when not measured
 * @param reason why, in one or two sentences
 */
public record Recommendation(String variant, Long chunkSize, Integer workers, String reason) {
}
