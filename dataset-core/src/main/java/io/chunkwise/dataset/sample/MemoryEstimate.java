package io.chunkwise.dataset.sample;

import java.util.Locale;

/**
 * Heap the standard dataset would need, compared with the heap this JVM can still give.
 *
 * @param rawBytes the loaded rows (features and target, float32)
 * @param sampleBytes the materialized samples (windows and targets, float32)
 * @param availableBytes max heap − heap in use now
 */
public record MemoryEstimate(long rawBytes, long sampleBytes, long availableBytes) {
    /** Fraction of the available heap the standard dataset may use at most. */
    public static final double STANDARD_LIMIT = 0.85;
    /** Fraction below which auto mode picks the standard dataset ("fits comfortably"). */
    public static final double AUTO_LIMIT = 0.5;

    /**
     * @param layout the samples
     * @return the estimate for this JVM now
     */
    public static MemoryEstimate of(SampleLayout layout) {
        return new MemoryEstimate(rawBytes(layout), sampleBytes(layout), availableHeap());
    }

    /**
     * The estimate a verdict against a limit is made on: auto mode's choice ({@link #AUTO_LIMIT}) and
     * the standard dataset's refusal ({@link #STANDARD_LIMIT}) read the heap alike, so one heap has
     * one figure in both.
     *
     * @param layout the samples
     * @param limit the fraction of the available heap the dataset may take
     * @return the estimate, its available heap read as {@link #availableHeap(long, double)} reads it
     */
    public static MemoryEstimate of(SampleLayout layout, double limit) {
        long raw = rawBytes(layout);
        long samples = sampleBytes(layout);
        return new MemoryEstimate(raw, samples, availableHeap(raw + samples, limit));
    }

    private static long rawBytes(SampleLayout layout) {
        return layout.rows() * (layout.width() + 1L) * Float.BYTES;
    }

    private static long sampleBytes(SampleLayout layout) {
        return layout.samples() * (layout.windowFloats() + 1L + 2L) * Float.BYTES;
    }

    /** @return max heap − heap in use now (garbage not yet collected included) */
    static long availableHeap() {
        Runtime rt = Runtime.getRuntime();
        return rt.maxMemory() - (rt.totalMemory() - rt.freeMemory());
    }

    /**
     * Heap "in use" counts garbage not yet collected (a previous epoch's dataset, what opening the
     * cache left): when the bytes needed are over the limit, the heap is collected once and read
     * again, so nothing is refused, or streamed instead, for garbage.
     *
     * @param needed the bytes to allocate
     * @param limit the fraction of the available heap they may take
     * @return max heap − heap in use, after a collection when {@code needed} was over the limit
     */
    static long availableHeap(long needed, double limit) {
        long available = availableHeap();
        if (needed <= available * limit) {
            return available;
        }
        System.gc();
        return availableHeap();
    }

    /** @return total bytes needed at the peak */
    public long neededBytes() {
        return rawBytes + sampleBytes;
    }

    /** @return needed / available */
    public double fraction() {
        return (double) neededBytes() / Math.max(1, availableBytes);
    }

    /** @return a one-line description, in MiB */
    public String describe() {
        // also a JSON field (dataset iterate's modeReason): ASCII digits, whatever the locale
        return String.format(Locale.ROOT, "needs ~%,d MiB (rows %,d MiB + materialized samples %,d MiB), heap available ~%,d MiB",
                mib(neededBytes()), mib(rawBytes), mib(sampleBytes), mib(availableBytes));
    }

    private static long mib(long bytes) {
        return (bytes + (1 << 20) - 1) >> 20;
    }
}
