package io.chunkwise.dataset.features;

import io.chunkwise.dataset.bars.BarChunk;

/** Exponential moving average of the close, multiplier {@code 2/(n+1)}, seeded with the first close. */
final class EmaKernel implements FeatureKernel {
    private final double k;
    private double ema = Double.NaN;

    EmaKernel(int n) {
        k = 2.0 / (n + 1);
    }

    @Override
    public void compute(BarChunk bars, double[] out) {
        double[] close = bars.close();
        double e = ema;
        for (int i = 0, n = bars.size(); i < n; i++) {
            double c = close[i];
            e = Double.isNaN(e) ? c : e + k * (c - e);
            out[i] = e;
        }
        ema = e;
    }
}
