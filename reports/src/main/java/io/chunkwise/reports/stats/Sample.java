package io.chunkwise.reports.stats;

/**
 * Summary statistics of a sample.
 *
 * @param n the number of values
 * @param mean the mean
 * @param variance the unbiased (n - 1) variance; NaN when n &lt; 2
 */
public record Sample(int n, double mean, double variance) {
    /**
     * @param values the values
     * @return their statistics
     */
    public static Sample of(double[] values) {
        int n = values.length;
        if (n == 0) {
            return new Sample(0, Double.NaN, Double.NaN);
        }
        double mean = 0;
        for (double v : values) {
            mean += v;
        }
        mean /= n;
        if (n < 2) {
            return new Sample(n, mean, Double.NaN);
        }
        double ss = 0;
        for (double v : values) {
            ss += (v - mean) * (v - mean);
        }
        return new Sample(n, mean, ss / (n - 1));
    }

    /** @return the standard deviation */
    public double sd() {
        return Math.sqrt(variance);
    }
}
