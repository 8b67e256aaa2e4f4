package io.chunkwise.dataset.features;

import io.chunkwise.dataset.bars.BarChunk;

/**
 * Wilder's average true range over {@code n} bars: the true range
 * ({@code max(h − l, |h − c₋₁|, |c₋₁ − l|)}, {@code h − l} on the first bar) smoothed with
 * multiplier {@code 1/n}, seeded with the first bar's.
 */
final class AtrKernel implements FeatureKernel {
    private final double k;
    private double previousClose = Double.NaN;
    private double atr = Double.NaN;

    AtrKernel(int n) {
        k = 1.0 / n;
    }

    @Override
    public void compute(BarChunk bars, double[] out) {
        double[] high = bars.high();
        double[] low = bars.low();
        double[] close = bars.close();
        for (int i = 0, n = bars.size(); i < n; i++) {
            double h = high[i];
            double l = low[i];
            double tr = h - l;
            if (!Double.isNaN(previousClose)) {
                tr = Math.max(tr, Math.max(Math.abs(h - previousClose), Math.abs(previousClose - l)));
            }
            atr = Double.isNaN(atr) ? tr : atr + k * (tr - atr);
            out[i] = atr;
            previousClose = close[i];
        }
    }
}
