package io.chunkwise.reports.stats;

/**
 * Welch's unequal-variances t-test of two samples' means.
 *
 * @param t the t statistic (b's mean minus a's, over the standard error)
 * @param df Welch–Satterthwaite degrees of freedom
 * @param p the two-sided p-value
 * @param hedgesG the effect size: the difference of means over the pooled standard deviation,
 *     bias-corrected (Hedges' g); 0.2 is small, 0.8 large
 */
public record WelchTest(double t, double df, double p, double hedgesG) {
    /**
     * Tests whether two samples have different means.
     *
     * @param a the first sample (the baseline), at least 2 values
     * @param b the second sample (the current run), at least 2 values
     * @return the test
     * @throws IllegalArgumentException when a sample has fewer than 2 values
     */
    public static WelchTest of(double[] a, double[] b) {
        // t, df and g are the same in any unit: in one near 1 (a power of two, so exactly), the
        // squares of the variances neither overflow (scores of 1e80 gave df = inf/inf = NaN) nor underflow
        int exponent = Math.getExponent(Math.max(maxAbs(a), maxAbs(b)));
        Sample sa = Sample.of(scaled(a, -exponent));
        Sample sb = Sample.of(scaled(b, -exponent));
        if (sa.n() < 2 || sb.n() < 2) {
            throw new IllegalArgumentException("Welch's test needs at least 2 values per sample, got "
                    + sa.n() + " and " + sb.n());
        }
        double va = sa.variance() / sa.n();
        double vb = sb.variance() / sb.n();
        double diff = sb.mean() - sa.mean();
        double pooled = Math.sqrt(((sa.n() - 1) * sa.variance() + (sb.n() - 1) * sb.variance()) / (sa.n() + sb.n() - 2));
        double correction = 1 - 3.0 / (4.0 * (sa.n() + sb.n()) - 9);
        double g = pooled == 0 ? (diff == 0 ? 0 : Math.copySign(Double.POSITIVE_INFINITY, diff)) : diff / pooled * correction;
        if (va + vb == 0) {
            // No spread at all: any difference is certain, none is no evidence.
            return new WelchTest(diff == 0 ? 0 : Math.copySign(Double.POSITIVE_INFINITY, diff),
                    sa.n() + sb.n() - 2, diff == 0 ? 1 : 0, g);
        }
        double t = diff / Math.sqrt(va + vb);
        // (va + vb)² / (va² / (na - 1) + vb² / (nb - 1)), from the shares of the variance, which
        // neither overflow nor vanish where the variances' squares would
        double ra = va / (va + vb);
        double rb = vb / (va + vb);
        double df = 1 / (ra * ra / (sa.n() - 1) + rb * rb / (sb.n() - 1));
        return new WelchTest(t, df, StudentT.twoSidedP(t, df), g);
    }

    private static double maxAbs(double[] values) {
        double max = 0;
        for (double v : values) {
            max = Math.max(max, Math.abs(v));
        }
        return max;
    }

    private static double[] scaled(double[] values, int exponent) {
        double[] out = new double[values.length];
        for (int i = 0; i < values.length; i++) {
            out[i] = Math.scalb(values[i], exponent);
        }
        return out;
    }
}
