package io.chunkwise.reports.plan;

/**
 * One variant's prediction at the target size, from least-squares fits of its measurements.
 * Bounds are the 95% prediction interval (null with only 2 sizes: no residual left to estimate
 * noise); memory fields are null when the results carry no peak memory metric.
 *
 * @param name the variant (with the benchmark and fixed parameters when several share the name)
 * @param variant the variant alone, e.g. {@code mmap}
 * @param chunkSize the chunk size in bytes when it is a parameter of this variant's results (one
 *     configuration, planned on its own), else null
 * @param workers the worker count when it is a parameter of this variant's results, else null
 * @param sizesMeasured how many distinct input sizes were measured
 * @param largestMeasuredBytes the largest input size measured
 * @param extrapolation the target over the largest size measured (above 1: an extrapolation)
 * @param predictedSeconds the predicted time for the target
 * @param secondsLower the time's lower bound, at least zero
 * @param secondsLowerClamped whether the band's lower end was below zero and is shown as zero: the
 *     fit does not bound the time from below at the target, so that zero is no prediction
 * @param secondsUpper the time's upper bound
 * @param predictedPeakAnonBytes the predicted peak memory for the target
 * @param peakAnonLower the memory's lower bound, at least zero
 * @param peakAnonLowerClamped whether the band's lower end was at or below zero and is shown as zero:
 *     the fit does not bound the peak from below at the target, and no run needs 0 bytes
 * @param peakAnonUpper the memory's upper bound
 * @param memoryKind the memory metric fitted, e.g. {@code peak RssAnon}
 * @param growth {@code O(1)}, {@code O(n)} or {@code O(n)?} (a growth the fit could not confirm) from the memory fit
 * @param fitsBudget whether the memory's upper bound (else its prediction) is within the budget;
 *     null when no budget was given or no memory metric was measured (it cannot be checked)
 * @param candidate whether it may be recommended; a comparison (a peer, a baseline) is planned to be
 *     read beside the candidates, never recommended
 */
public record VariantPlan(String name, String variant, Long chunkSize, Integer workers, int sizesMeasured, long largestMeasuredBytes, double extrapolation,
        double predictedSeconds, Double secondsLower, boolean secondsLowerClamped, Double secondsUpper, Long predictedPeakAnonBytes,
        Long peakAnonLower, boolean peakAnonLowerClamped, Long peakAnonUpper, String memoryKind, String growth, Boolean fitsBudget,
        boolean candidate) {
    /** @return this plan as a comparison, never recommended */
    public VariantPlan asComparison() {
        return new VariantPlan(name, variant, chunkSize, workers, sizesMeasured, largestMeasuredBytes, extrapolation, predictedSeconds,
                secondsLower, secondsLowerClamped, secondsUpper, predictedPeakAnonBytes, peakAnonLower, peakAnonLowerClamped, peakAnonUpper,
                memoryKind, growth, fitsBudget, false);
    }
}
