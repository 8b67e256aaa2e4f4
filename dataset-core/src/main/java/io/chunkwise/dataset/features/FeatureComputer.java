package io.chunkwise.dataset.features;

import io.chunkwise.dataset.bars.BarChunk;

/**
 * Computes a spec's features chunk by chunk, column by column, carrying each kernel's state, so a
 * series of any length is processed in bounded memory and gives the same values for any chunking.
 */
public final class FeatureComputer {
    private final FeatureSpec spec;
    private final FeatureKernel[] kernels;
    private final double[][] columns;

    /**
     * @param spec the features
     * @param capacity the largest chunk that will be passed
     */
    public FeatureComputer(FeatureSpec spec, int capacity) {
        this.spec = spec;
        this.kernels = spec.features().stream().map(Feature::newKernel).toArray(FeatureKernel[]::new);
        this.columns = new double[kernels.length][capacity];
    }

    /** @return the spec */
    public FeatureSpec spec() {
        return spec;
    }

    /**
     * Computes every feature for the chunk; results are in {@link #column(int)} until the next call.
     *
     * @param bars the next bars
     */
    public void compute(BarChunk bars) {
        if (columns.length > 0 && bars.size() > columns[0].length) {
            throw new IllegalArgumentException("chunk of " + bars.size() + " rows exceeds capacity "
                    + columns[0].length);
        }
        for (int f = 0; f < kernels.length; f++) {
            kernels[f].compute(bars, columns[f]);
        }
    }

    /**
     * @param feature index in the spec
     * @return that feature's values for the last chunk
     */
    public double[] column(int feature) {
        return columns[feature];
    }
}
