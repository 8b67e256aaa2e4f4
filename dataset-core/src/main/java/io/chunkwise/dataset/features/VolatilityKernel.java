package io.chunkwise.dataset.features;

import io.chunkwise.dataset.bars.BarChunk;

/** Rolling volatility: population standard deviation of the last {@code n} log returns. */
final class VolatilityKernel implements FeatureKernel {
    private final RollingWindow window;
    private double previous = Double.NaN;

    VolatilityKernel(int n) {
        window = new RollingWindow(n);
    }

    @Override
    public void compute(BarChunk bars, double[] out) {
        double[] close = bars.close();
        for (int i = 0, n = bars.size(); i < n; i++) {
            double c = close[i];
            if (!Double.isNaN(previous)) {
                window.push(Math.log(c / previous));
            }
            previous = c;
            if (window.count() == 0) {
                out[i] = Double.NaN;
            } else {
                out[i] = Math.sqrt(window.variance(window.mean()));
            }
        }
    }
}
