package io.chunkwise.reports.stats;

import java.util.Arrays;

/**
 * An ordinary least-squares line {@code y = intercept + slope * x}, with the statistics needed for
 * confidence and prediction bands.
 *
 * @param intercept the fitted value at x = 0
 * @param slope the change of y per unit of x
 * @param n the number of points
 * @param residualSe the residual standard error (sqrt of SSE / (n - 2)); NaN when n = 2
 * @param slopeSe the slope's standard error; NaN when n = 2
 * @param xMean the mean of the x values
 * @param sxx the sum of squared deviations of x
 * @param rSquared the coefficient of determination; NaN when y does not vary
 * @param xMin the smallest x fitted
 * @param xMax the largest x fitted
 */
public record LinearFit(double intercept, double slope, int n, double residualSe, double slopeSe, double xMean,
        double sxx, double rSquared, double xMin, double xMax) {

    /**
     * Fits a line through the points.
     *
     * @param x the x values
     * @param y the y values, one per x
     * @return the fit
     * @throws IllegalArgumentException with fewer than 2 points or fewer than 2 distinct x values
     */
    public static LinearFit of(double[] x, double[] y) {
        if (x.length != y.length) {
            throw new IllegalArgumentException(x.length + " x values but " + y.length + " y values");
        }
        int n = x.length;
        if (n < 2 || Arrays.stream(x).distinct().count() < 2) {
            throw new IllegalArgumentException("a fit needs at least 2 distinct x values, got "
                    + Arrays.stream(x).distinct().count());
        }
        double mx = Arrays.stream(x).average().orElseThrow();
        double my = Arrays.stream(y).average().orElseThrow();
        double sxx = 0;
        double sxy = 0;
        double syy = 0;
        for (int i = 0; i < n; i++) {
            sxx += (x[i] - mx) * (x[i] - mx);
            sxy += (x[i] - mx) * (y[i] - my);
            syy += (y[i] - my) * (y[i] - my);
        }
        double slope = sxy / sxx;
        double intercept = my - slope * mx;
        double sse = 0;
        for (int i = 0; i < n; i++) {
            double r = y[i] - (intercept + slope * x[i]);
            sse += r * r;
        }
        double se = n > 2 ? Math.sqrt(sse / (n - 2)) : Double.NaN;
        double r2 = syy == 0 ? Double.NaN : 1 - sse / syy;
        return new LinearFit(intercept, slope, n, se, se / Math.sqrt(sxx), mx, sxx, r2,
                Arrays.stream(x).min().orElseThrow(), Arrays.stream(x).max().orElseThrow());
    }

    /**
     * @param x an x value
     * @return the fitted y
     */
    public double predict(double x) {
        return intercept + slope * x;
    }

    /**
     * The prediction at x with a band where a new measurement is expected with the given
     * confidence (the prediction interval, wider than the mean's confidence interval).
     *
     * @param x an x value
     * @param confidence e.g. 0.95
     * @return the prediction; its band is NaN with 2 points (no residual left to estimate noise)
     */
    public Prediction prediction(double x, double confidence) {
        double mean = predict(x);
        if (!(n > 2) || !Double.isFinite(residualSe)) {
            return new Prediction(x, mean, Double.NaN, Double.NaN);
        }
        double t = StudentT.quantile(1 - (1 - confidence) / 2, n - 2);
        double half = t * residualSe * Math.sqrt(1 + 1.0 / n + (x - xMean) * (x - xMean) / sxx);
        return new Prediction(x, mean, mean - half, mean + half);
    }

    /**
     * The slope's confidence interval.
     *
     * @param confidence e.g. 0.95
     * @return {lower, upper}; NaN with 2 points
     */
    public double[] slopeInterval(double confidence) {
        if (!(n > 2) || !Double.isFinite(slopeSe)) {
            return new double[] {Double.NaN, Double.NaN};
        }
        double half = StudentT.quantile(1 - (1 - confidence) / 2, n - 2) * slopeSe;
        return new double[] {slope - half, slope + half};
    }

    /** @return whether the target lies beyond the fitted x range (an extrapolation) */
    public boolean extrapolates(double x) {
        return x < xMin || x > xMax;
    }

    /**
     * A fitted value with its band.
     *
     * @param x where
     * @param value the fitted value
     * @param lower the band's lower bound (NaN when unknown)
     * @param upper the band's upper bound (NaN when unknown)
     */
    public record Prediction(double x, double value, double lower, double upper) {
        /** @return whether the band is known */
        public boolean hasBand() {
            return Double.isFinite(lower) && Double.isFinite(upper);
        }
    }
}
