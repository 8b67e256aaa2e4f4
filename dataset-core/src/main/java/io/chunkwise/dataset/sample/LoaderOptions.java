package io.chunkwise.dataset.sample;

import java.util.Objects;

/**
 * How a {@link BatchLoader} runs.
 *
 * @param batchSize samples per batch (B); the last batch may be smaller
 * @param workers threads assembling batches (0 = in the caller's thread)
 * @param prefetch batches each worker may have ready ahead of the consumer
 * @param startBatch first batch to emit (resume point), counted in the shard's batches: the
 *     steps a data-parallel process has taken, the same number in every process
 * @param shard the share of the epoch's batches this loader emits ({@link Shard#WHOLE} for all)
 */
public record LoaderOptions(int batchSize, int workers, int prefetch, long startBatch, Shard shard) {
    /**
     * The whole epoch, unsharded.
     *
     * @param batchSize samples per batch (B)
     * @param workers threads assembling batches (0 = in the caller's thread)
     * @param prefetch batches each worker may have ready ahead of the consumer
     * @param startBatch first batch to emit (resume point)
     */
    public LoaderOptions(int batchSize, int workers, int prefetch, long startBatch) {
        this(batchSize, workers, prefetch, startBatch, Shard.WHOLE);
    }

    /** Validates. */
    public LoaderOptions {
        if (batchSize < 1) {
            throw new IllegalArgumentException("batch size must be ≥ 1: " + batchSize);
        }
        if (workers < 0 || workers > 256) {
            throw new IllegalArgumentException("worker count must be in 0..256: " + workers);
        }
        if (prefetch < 1) {
            throw new IllegalArgumentException("prefetch must be ≥ 1: " + prefetch);
        }
        if (startBatch < 0) {
            throw new IllegalArgumentException("start batch must be ≥ 0: " + startBatch);
        }
        Objects.requireNonNull(shard, "shard");
    }
}
