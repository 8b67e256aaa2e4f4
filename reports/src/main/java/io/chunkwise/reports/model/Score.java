package io.chunkwise.reports.model;

import java.util.Arrays;
import java.util.Objects;

/**
 * A measured value with its uncertainty, as JMH reports it.
 *
 * @param value the score (mean over iterations)
 * @param error JMH's error: half-width of its 99.9% confidence interval; NaN when JMH could not
 *     compute one (a single iteration or fork)
 * @param unit the unit, e.g. {@code ops/s}, {@code ms/op}, {@code bytes}
 * @param samples one value per measurement iteration, all forks together (JMH {@code rawData};
 *     for sample mode, each iteration's histogram mean); empty when the file had none
 */
public record Score(double value, double error, String unit, double[] samples) {
    /** Validates and copies. */
    public Score {
        Objects.requireNonNull(unit, "unit");
        samples = samples.clone();
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
                && unit.equals(s.unit) && Arrays.equals(samples, s.samples);
    }

    @Override
    public int hashCode() {
        return Objects.hash(value, error, unit, Arrays.hashCode(samples));
    }

    @Override
    public String toString() {
        return value + " ± " + error + " " + unit + " (" + samples.length + " samples)";
    }
}
