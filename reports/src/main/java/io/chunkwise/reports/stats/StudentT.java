package io.chunkwise.reports.stats;

/** Student's t distribution: CDF and quantiles, from the regularized incomplete beta function. */
public final class StudentT {
    private StudentT() {
    }

    /**
     * @param t a t statistic
     * @param df degrees of freedom, positive (need not be an integer: Welch's test)
     * @return P(T &le; t)
     */
    public static double cdf(double t, double df) {
        if (!(df > 0)) {
            throw new IllegalArgumentException("degrees of freedom must be positive: " + df);
        }
        if (Double.isNaN(t)) {
            return Double.NaN;
        }
        if (Double.isInfinite(t)) {
            return t > 0 ? 1 : 0;
        }
        double x = df / (df + t * t);
        double tail = 0.5 * IncompleteBeta.regularized(x, df / 2, 0.5);
        return t > 0 ? 1 - tail : tail;
    }

    /**
     * @param t a t statistic
     * @param df degrees of freedom
     * @return the two-sided p-value, P(|T| &ge; |t|)
     */
    public static double twoSidedP(double t, double df) {
        return 2 * cdf(-Math.abs(t), df);
    }

    /**
     * @param p a probability in (0, 1)
     * @param df degrees of freedom
     * @return t such that P(T &le; t) = p
     */
    public static double quantile(double p, double df) {
        if (!(p > 0 && p < 1)) {
            throw new IllegalArgumentException("a quantile needs 0 < p < 1: " + p);
        }
        if (p == 0.5) {
            return 0;
        }
        double lo = -1;
        double hi = 1;
        while (cdf(lo, df) > p) {
            lo *= 2;
        }
        while (cdf(hi, df) < p) {
            hi *= 2;
        }
        for (int i = 0; i < 200 && hi - lo > 1e-12 * Math.max(1, Math.abs(hi)); i++) {
            double mid = (lo + hi) / 2;
            if (cdf(mid, df) < p) {
                lo = mid;
            } else {
                hi = mid;
            }
        }
        return (lo + hi) / 2;
    }
}
