package io.chunkwise.reports.model;

import java.util.Arrays;
import java.util.Objects;
import java.util.Optional;

/**
 * A measured value with its uncertainty, as JMH reports it.
 *
 * @param value the score (mean over iterations)
 * @param error JMH's error: half-width of its 99.9% confidence interval; NaN when JMH could not
 *     compute one (a single iteration or fork)
 * @param unit the unit, e.g. {@code ops/s}, {@code ms/op}, {@code bytes}
 * @param samples one value per measurement iteration, all forks together (JMH {@code rawData};
 *     for sample mode, each iteration's histogram mean); empty when the file had none
 * @param distribution in sample mode, the operations timed and their percentiles; null in the
 *     other modes (their {@code scorePercentiles} are over iterations, which {@code samples} holds)
 */
public record Score(double value, double error, String unit, double[] samples, SampleDistribution distribution) {
    /** Validates and copies. */
    public Score {
        Objects.requireNonNull(unit, "unit");
        samples = samples.clone();
    }

    /**
     * A score of a mode other than sample mode.
     *
     * @param value the score
     * @param error JMH's error, or NaN
     * @param unit the unit
     * @param samples one value per measurement iteration
     */
    public Score(double value, double error, String unit, double[] samples) {
        this(value, error, unit, samples, null);
    }

    /** @return the sample-mode distribution, when the result was measured in sample mode with a histogram */
    public Optional<SampleDistribution> sampled() {
        return Optional.ofNullable(distribution);
    }

    /** @return the per-iteration samples (a copy) */
    @Override
    public double[] samples() {
        return samples.clone();
    }

    /** @return whether JMH gave an error estimate */
    public boolean hasError() {
        return Double.isFinite(error);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Score s && Double.compare(value, s.value) == 0 && Double.compare(error, s.error) == 0
                && unit.equals(s.unit) && Arrays.equals(samples, s.samples) && Objects.equals(distribution, s.distribution);
    }

    @Override
    public int hashCode() {
        return Objects.hash(value, error, unit, Arrays.hashCode(samples), distribution);
    }

    @Override
    public String toString() {
        return value + " ± " + error + " " + unit + " (" + samples.length + " samples)";
    }
}
