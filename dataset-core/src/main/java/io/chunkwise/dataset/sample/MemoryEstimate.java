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
        Runtime rt = Runtime.getRuntime();
        long used = rt.totalMemory() - rt.freeMemory();
        long raw = layout.rows() * (layout.width() + 1L) * Float.BYTES;
        long samples = layout.samples() * (layout.windowFloats() + 1L + 2L) * Float.BYTES;
        return new MemoryEstimate(raw, samples, rt.maxMemory() - used);
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
