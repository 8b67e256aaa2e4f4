package io.chunkwise.dataset.sample;

/**
 * One pass over batches.
 *
 * @param samples samples emitted
 * @param batches batches emitted
 * @param checksum sum over emitted samples of all window values plus the target (equal across
 *     orders only up to floating-point rounding: the summation order follows the batches)
 * @param exactChecksum the integer sum of those values' float bits ({@link Batch#bitsChecksum()}):
 *     bit-identical for the same samples in every mode, worker count, chunk size and shuffle
 * @param nanos wall time of the pass
 * @param largestBatch samples in the largest batch emitted, 0 when none was: the batch shape's
 *     first dimension as it was, not as configured (a shard may hold only the epoch's short last batch)
 */
public record EpochResult(long samples, long batches, double checksum, long exactChecksum, long nanos, int largestBatch) {

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
        long exact = 0;
        int largest = 0;
        for (Batch b = loader.next(); b != null; b = loader.next()) {
            samples += b.size();
            batches++;
            checksum += b.checksum();
            exact += b.bitsChecksum();
            largest = Math.max(largest, b.size());
            onBatch.accept(b.size());
        }
        return new EpochResult(samples, batches, checksum, exact, System.nanoTime() - start, largest);
    }
}
