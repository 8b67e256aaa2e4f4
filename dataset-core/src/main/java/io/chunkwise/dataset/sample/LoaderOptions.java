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
    /** Batches each worker may have ready ahead of the consumer unless told otherwise (the command line's). */
    public static final int DEFAULT_PREFETCH = 4;

    /**
     * Batches of {@code batchSize} samples, built in the caller's thread, the whole epoch from its
     * first batch; the {@code with…} methods change one setting at a time.
     *
     * @param batchSize samples per batch (B)
     * @return the options
     */
    public static LoaderOptions of(int batchSize) {
        return new LoaderOptions(batchSize, 0, DEFAULT_PREFETCH, 0, Shard.WHOLE);
    }

    /**
     * @param count threads assembling batches, 0..256 (0 = in the caller's thread)
     * @return a copy with that many workers
     */
    public LoaderOptions withWorkers(int count) {
        return new LoaderOptions(batchSize, count, prefetch, startBatch, shard);
    }

    /**
     * @param batches batches each worker may have ready ahead of the consumer (≥ 1)
     * @return a copy with that prefetch
     */
    public LoaderOptions withPrefetch(int batches) {
        return new LoaderOptions(batchSize, workers, batches, startBatch, shard);
    }

    /**
     * @param batch the first batch to emit (a resume point), counted in the shard's batches
     * @return a copy starting there
     */
    public LoaderOptions withStartBatch(long batch) {
        return new LoaderOptions(batchSize, workers, prefetch, batch, shard);
    }

    /**
     * @param s the share of the epoch's batches to emit, e.g. {@code new Shard(rank, worldSize)}
     * @return a copy emitting that shard
     */
    public LoaderOptions withShard(Shard s) {
        return new LoaderOptions(batchSize, workers, prefetch, startBatch, s);
    }

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
