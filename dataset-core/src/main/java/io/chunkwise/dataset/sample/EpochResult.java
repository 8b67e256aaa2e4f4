package io.chunkwise.dataset.sample;

/**
 * One pass over batches.
 *
 * @param samples samples emitted
 * @param batches batches emitted
 * @param checksum sum over emitted samples of all window values plus the target
 * @param nanos wall time of the pass
 */
public record EpochResult(long samples, long batches, double checksum, long nanos) {

    /**
     * Drains a loader, summing every batch as a training loop stand-in would touch it.
     *
     * @param loader the loader (not closed)
     * @param onBatch receives samples per batch (progress)
     * @return the totals
     */
    public static EpochResult drain(BatchLoader loader, java.util.function.LongConsumer onBatch) {
        long start = System.nanoTime();
        long samples = 0;
        long batches = 0;
        double checksum = 0;
        for (Batch b = loader.next(); b != null; b = loader.next()) {
            samples += b.size();
            batches++;
            checksum += b.checksum();
            onBatch.accept(b.size());
        }
        return new EpochResult(samples, batches, checksum, System.nanoTime() - start);
    }
}
