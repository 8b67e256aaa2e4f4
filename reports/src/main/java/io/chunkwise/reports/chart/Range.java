package io.chunkwise.reports.chart;

/**
 * An axis range with round bounds that contains the data. Pure maths, tested without pixels.
 *
 * @param min the lower bound
 * @param max the upper bound, greater than {@code min}
 */
public record Range(double min, double max) {
    /** Validates the bounds. */
    public Range {
        if (!Double.isFinite(min) || !Double.isFinite(max) || !(max > min)) {
            throw new IllegalArgumentException("a range needs finite bounds with max > min: [" + min + ", " + max + "]");
        }
    }

    /**
     * A range around the data with bounds on a 1-2-5 step, starting at zero when the data is
     * non-negative and {@code fromZero} is set (memory and throughput axes start at zero, so
     * bars and slopes are not exaggerated).
     *
     * @param values the data, at least one finite value
     * @param fromZero whether to include zero
     * @return the range
     * @throws NoChartDataException when there is no finite value
     */
    public static Range around(double[] values, boolean fromZero) {
        double lo = Double.POSITIVE_INFINITY;
        double hi = Double.NEGATIVE_INFINITY;
        for (double v : values) {
            if (Double.isFinite(v)) {
                lo = Math.min(lo, v);
                hi = Math.max(hi, v);
            }
        }
        if (lo > hi) {
            throw new NoChartDataException("no finite value to scale an axis to");
        }
        if (fromZero) {
            lo = Math.min(lo, 0);
            hi = Math.max(hi, 0);
        }
        if (hi == lo) {
            double pad = hi == 0 ? 1 : Math.abs(hi) * 0.1;
            hi += pad;
            lo = fromZero && lo == 0 ? 0 : lo - pad;
        }
        double step = niceStep((hi - lo) / 5);
        double min = Math.floor(lo / step) * step;
        double max = Math.ceil(hi / step) * step;
        return new Range(min == -0.0 ? 0 : min, max);
    }

    /**
     * A range for a logarithmic axis: from the power of ten below the smallest positive value to
     * the power of ten above the largest.
     *
     * @param values the data, at least one positive value
     * @return the range
     * @throws NoChartDataException when no value is positive
     */
    public static Range logAround(double[] values) {
        double lo = Double.POSITIVE_INFINITY;
        double hi = 0;
        for (double v : values) {
            if (Double.isFinite(v) && v > 0) {
                lo = Math.min(lo, v);
                hi = Math.max(hi, v);
            }
        }
        if (hi == 0) {
            throw new NoChartDataException("no positive value to scale a logarithmic axis to");
        }
        double min = Math.pow(10, Math.floor(Math.log10(lo)));
        double max = Math.pow(10, Math.ceil(Math.log10(hi)));
        return max > min ? new Range(min, max) : new Range(min, min * 10);
    }

    /**
     * The 1-2-5 step at or above a raw step.
     *
     * @param raw a positive step
     * @return 1, 2 or 5 times a power of ten
     */
    static double niceStep(double raw) {
        double magnitude = Math.pow(10, Math.floor(Math.log10(raw)));
        double fraction = raw / magnitude;
        double nice = fraction <= 1 ? 1 : fraction <= 2 ? 2 : fraction <= 5 ? 5 : 10;
        return nice * magnitude;
    }

    /** @return the distance between labelled ticks: a 1-2-5 step giving about six labels */
    public double labelStep() {
        return niceStep((max - min) / 6);
    }

    /**
     * @param value a tick value
     * @param step the label step
     * @return whether the tick falls on a multiple of the step (within rounding)
     */
    public boolean isLabelled(double value, double step) {
        double k = value / step;
        return Math.abs(k - Math.rint(k)) < 1e-6;
    }

    /**
     * @param fraction 0 for the bottom, 1 for the top
     * @return the value at that fraction of the range
     */
    public double at(double fraction) {
        return min + (max - min) * fraction;
    }

    /** @return whether the value lies within the range, bounds included */
    public boolean contains(double value) {
        return value >= min && value <= max;
    }
}
