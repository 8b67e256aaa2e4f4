package io.chunkwise.dataset.features;

import io.chunkwise.dataset.bars.BarChunk;

/**
 * Features of the close's rolling mean and population standard deviation over {@code n} bars:
 * the simple moving average, the Bollinger band width ({@code 100 × 4σ / mean}, bands at ±2σ) and
 * the z-score ({@code (close − mean) / σ}, 0 when σ is 0).
 */
final class BandKernel implements FeatureKernel {
    /** Which statistic of the window to emit. */
    enum Output { SMA, BOLLINGER_WIDTH, ZSCORE }

    private final RollingWindow window;
    private final Output output;

    BandKernel(int n, Output output) {
        this.window = new RollingWindow(n);
        this.output = output;
    }

    @Override
    public void compute(BarChunk bars, double[] out) {
        double[] close = bars.close();
        for (int i = 0, n = bars.size(); i < n; i++) {
            double c = close[i];
            window.push(c);
            double mean = window.mean();
            out[i] = switch (output) {
                case SMA -> mean;
                case BOLLINGER_WIDTH -> 100.0 * 4.0 * Math.sqrt(window.variance(mean)) / mean;
                case ZSCORE -> {
                    double sd = Math.sqrt(window.variance(mean));
                    yield sd == 0 ? 0 : (c - mean) / sd;
                }
            };
        }
    }
}
