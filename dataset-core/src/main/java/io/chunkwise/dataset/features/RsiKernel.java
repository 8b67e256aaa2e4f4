package io.chunkwise.dataset.features;

import io.chunkwise.dataset.bars.BarChunk;

/**
 * Wilder's relative strength index over {@code n} bars: gains and losses of the close smoothed with
 * multiplier {@code 1/n} (seeded with the first bar's, which are 0), {@code 100 − 100/(1 + gain/loss)}.
 */
final class RsiKernel implements FeatureKernel {
    private final double k;
    private double previous = Double.NaN;
    private double gain;
    private double loss;

    RsiKernel(int n) {
        k = 1.0 / n;
    }

    @Override
    public void compute(BarChunk bars, double[] out) {
        double[] close = bars.close();
        for (int i = 0, n = bars.size(); i < n; i++) {
            double c = close[i];
            if (!Double.isNaN(previous)) {
                double d = c - previous;
                gain += k * (Math.max(d, 0) - gain);
                loss += k * (Math.max(-d, 0) - loss);
            }
            previous = c;
            if (loss == 0) {
                out[i] = gain == 0 ? 0 : 100;
            } else {
                out[i] = 100 - 100 / (1 + gain / loss);
            }
        }
    }
}
