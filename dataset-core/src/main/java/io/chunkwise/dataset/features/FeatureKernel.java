package io.chunkwise.dataset.features;

import io.chunkwise.dataset.bars.BarChunk;

/**
 * One feature computed column-wise, a chunk of bars at a time. A kernel is stateful: it carries
 * what it needs (previous close, rolling window, smoothed averages) from one chunk to the next, so
 * the result does not depend on how the bars were chunked.
 */
public interface FeatureKernel {
    /**
     * Computes the feature for every row of the chunk.
     *
     * @param bars the next bars, in time order, following the previous call's
     * @param out receives {@code bars.size()} values (rows still warming up get NaN or a partial value)
     */
    void compute(BarChunk bars, double[] out);
}
