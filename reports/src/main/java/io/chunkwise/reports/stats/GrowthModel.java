package io.chunkwise.reports.stats;

import java.util.Arrays;
import java.util.Locale;
import java.util.TreeMap;

/**
 * Whether memory grows with input: the slope of a least-squares fit of memory against input size,
 * classified as O(1) (bounded) or O(n) (grows with input).
 *
 * <p>The verdict is O(n) when the slope is significantly above zero (its 95% interval excludes
 * zero, or with 2 points: any positive slope) <em>and</em> material: the fitted growth over the
 * measured range is at least {@link #MATERIAL_GROWTH} of the mean memory, or the slope, tested
 * (3 points or more), is at least {@link #MATERIAL_SLOPE} bytes per input byte; otherwise O(1).
 * The second test catches a loader that holds the input above a large fixed base (a JVM of
 * 500 MiB measured at 32 to 128 MiB), whose growth over a small range is a small share.
 *
 * <p>A material growth that rose at every step from one measured size to the next, over three
 * sizes or more, but whose slope the test cannot separate from zero (three points leave the
 * t-test one degree of freedom), is {@code O(n)?}: the data show no bound, and the statistics
 * cannot show the growth; planned as O(n), its band's upper end checked, since predicting it at
 * its largest peak would assume the bound the data never showed.
 *
 * @param fit the fit of memory (bytes) against input size (bytes)
 * @param order the verdict
 * @param growthOverRange the fitted growth across the measured sizes, as a fraction of the mean memory
 * @param largestMeasured the largest memory measured (bytes), the level an O(1) model predicts
 */
public record GrowthModel(LinearFit fit, Order order, double growthOverRange, double largestMeasured) {
    /** A growth below this fraction of the mean memory over the measured range is not material. */
    public static final double MATERIAL_GROWTH = 0.10;
    /**
     * A tested slope of this many bytes per input byte or more is material whatever the base: at
     * any target it adds a tenth of the input. Bounded designs stay far below it; a full load
     * holds about the input or more.
     */
    public static final double MATERIAL_SLOPE = 0.10;

    /** Memory's order of growth. */
    public enum Order {
        /** Bounded: memory does not grow with input. */
        CONSTANT("O(1)"),
        /** Grows in proportion to the input. */
        LINEAR("O(n)"),
        /**
         * Rose materially at every measured step, but not significantly: likely O(n), planned as
         * such, the label saying the test could not confirm it.
         */
        LIKELY_LINEAR("O(n)?");

        private final String label;

        Order(String label) {
            this.label = label;
        }

        /** @return {@code O(1)}, {@code O(n)} or {@code O(n)?} */
        public String label() {
            return label;
        }

        /** @return whether memory is predicted along the fitted line (O(n), confirmed or not) */
        public boolean grows() {
            return this != CONSTANT;
        }
    }

    /**
     * What the three labels mean, in one sentence every place that shows them says alike ({@code plan}'s
     * notes, {@code report}'s growth model, the demo's report): a reader of one reads the others the same.
     *
     * @return e.g. {@code O(1): bounded …; O(n): grows with the input …; O(n)?: …}
     */
    public static String legend() {
        return String.format(Locale.ROOT, "%s: bounded, no significant and material growth; %s: grows with the input, a slope "
                + "whose 95%% interval excludes zero (from two sizes: any rise) and that is material (a growth of %d%% of the mean "
                + "over the sizes measured, or, tested, %.1f byte per input byte); %s: likely grows, such a material growth that "
                + "rose at every step over three sizes or more, whose interval, from too few sizes, still includes zero (planned "
                + "as %s)", Order.CONSTANT.label(), Order.LINEAR.label(), Math.round(MATERIAL_GROWTH * 100), MATERIAL_SLOPE,
                Order.LIKELY_LINEAR.label(), Order.LINEAR.label());
    }

    /**
     * Fits memory against size and classifies the growth.
     *
     * @param sizes input sizes in bytes
     * @param memory memory in bytes, one per size
     * @return the model
     */
    public static GrowthModel fit(double[] sizes, double[] memory) {
        LinearFit fit = LinearFit.of(sizes, memory);
        double meanY = fit.predict(fit.xMean());
        double growth = fit.slope() * (fit.xMax() - fit.xMin()) / Math.abs(meanY);
        double[] ci = fit.slopeInterval(0.95);
        boolean tested = !Double.isNaN(ci[0]);
        boolean significant = tested ? ci[0] > 0 : fit.slope() > 0;
        boolean material = growth >= MATERIAL_GROWTH || tested && fit.slope() >= MATERIAL_SLOPE;
        Order order = significant && material ? Order.LINEAR
                : tested && material && risesAtEveryStep(sizes, memory) ? Order.LIKELY_LINEAR : Order.CONSTANT;
        return new GrowthModel(fit, order, growth, Arrays.stream(memory).max().orElseThrow());
    }

    /**
     * @param sizes input sizes in bytes
     * @param memory memory in bytes, one per size
     * @return whether the memory at each measured size (the largest measured there) is above the
     *     memory at the size below it, over three sizes or more: a growth no bound interrupted
     */
    static boolean risesAtEveryStep(double[] sizes, double[] memory) {
        TreeMap<Double, Double> bySize = new TreeMap<>();
        for (int i = 0; i < sizes.length; i++) {
            bySize.merge(sizes[i], memory[i], Math::max);
        }
        if (bySize.size() < 3) {
            return false;
        }
        double previous = Double.NEGATIVE_INFINITY;
        for (double m : bySize.values()) {
            if (!(m > previous)) {
                return false;
            }
            previous = m;
        }
        return true;
    }

    /**
     * Whether an O(1) verdict holds only over the sizes measured: a growth too small there to be material (a
     * small rise above a large base) but whose slope is tested and significantly positive adds, carried from the
     * largest size measured to a target far beyond, at least {@link #MATERIAL_GROWTH} of the largest peak: a leak
     * of 1% of the input, or a JVM's memory still settling (JIT, code cache) over short runs; the plan warns.
     *
     * @param target the input size planned for, in bytes
     * @return whether this O(1) model's significant slope is material at the target
     */
    public boolean growsMateriallyBy(double target) {
        double[] ci = fit.slopeInterval(0.95);
        boolean tested = !Double.isNaN(ci[0]);
        return order == Order.CONSTANT && tested && ci[0] > 0 && target > fit.xMax()
                && fit.slope() * (target - fit.xMax()) >= MATERIAL_GROWTH * largestMeasured;
    }

    /** @return whether the slope's 95% interval excludes zero (with 2 points: whether it is positive) */
    public boolean slopeSignificant() {
        double[] ci = fit.slopeInterval(0.95);
        return Double.isNaN(ci[0]) ? fit.slope() > 0 : ci[0] > 0 || ci[1] < 0;
    }

    /**
     * The memory expected at a size, by the verdict: for O(n) and O(n)?, the fitted line and its prediction
     * band; for O(1) (no significant, material growth), the constant model: the largest memory
     * measured, with a band from the spread of the measurements around their mean (widened to
     * hold that level). Extrapolating an immaterial or insignificant slope 100× beyond the data
     * would only project noise, and contradict the O(1) label.
     *
     * @param x the input size
     * @param confidence e.g. 0.95
     * @return the prediction
     */
    public LinearFit.Prediction predict(double x, double confidence) {
        if (order.grows()) {
            return fit.prediction(x, confidence);
        }
        return constantPrediction(x, confidence);
    }

    private LinearFit.Prediction constantPrediction(double x, double confidence) {
        double mean = fit.predict(fit.xMean());
        int n = fit.n();
        if (n < 2 || !Double.isFinite(fit.residualSe())) {
            return new LinearFit.Prediction(x, largestMeasured, Double.NaN, Double.NaN);
        }
        // The spread around the mean: residual variance of the line plus what the slope explained.
        double sdAroundMean = Math.sqrt((fit.residualSe() * fit.residualSe() * (n - 2)
                + fit.slope() * fit.slope() * fit.sxx()) / (n - 1));
        double half = StudentT.quantile(1 - (1 - confidence) / 2, n - 1) * sdAroundMean * Math.sqrt(1 + 1.0 / n);
        return new LinearFit.Prediction(x, largestMeasured, Math.min(mean - half, largestMeasured),
                Math.max(mean + half, largestMeasured));
    }

    /** @return the slope in bytes of memory per input byte */
    public double bytesPerInputByte() {
        return fit.slope();
    }

    /** @return a sentence stating the verdict and the evidence, e.g. for a report */
    public String statement() {
        double[] ci = fit.slopeInterval(0.95);
        String interval = Double.isNaN(ci[0]) ? "" : String.format(Locale.ROOT, " (95%% CI %.3g to %.3g)", ci[0], ci[1]);
        return String.format(Locale.ROOT, "%s: slope %.3g B per input byte%s; memory changes %+.0f%% over the measured sizes",
                order.label(), fit.slope(), interval, growthOverRange * 100);
    }
}
