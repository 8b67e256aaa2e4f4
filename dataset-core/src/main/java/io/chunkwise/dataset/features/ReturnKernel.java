package io.chunkwise.dataset.features;

import io.chunkwise.dataset.bars.BarChunk;

/** Simple ({@code c/c₋₁ − 1}) or log ({@code ln(c/c₋₁)}) return of the close; NaN on the first row. */
final class ReturnKernel implements FeatureKernel {
    private final boolean log;
    private double previous = Double.NaN;

    ReturnKernel(boolean log) {
        this.log = log;
    }

    @Override
    public void compute(BarChunk bars, double[] out) {
        double[] close = bars.close();
        double prev = previous;
        for (int i = 0, n = bars.size(); i < n; i++) {
            double c = close[i];
            out[i] = log ? Math.log(c / prev) : c / prev - 1;
            prev = c;
        }
        previous = prev;
    }
}
