package io.chunkwise.dataset.sample;

import io.chunkwise.dataset.arrow.CacheTable;
import java.util.Locale;

/** Which dataset to build over a cache: each constant opens a {@link SampleStore}. */
public enum DatasetMode {
    /** Full load, every sample materialized (refuses when it would not fit the heap). */
    STANDARD,
    /** Streams chunks; memory bounded by configuration. */
    ITERABLE,
    /** Standard when its estimate fits comfortably in the heap, else iterable. */
    AUTO;

    /**
     * Picks the concrete mode.
     *
     * @param layout the samples
     * @return this mode when concrete; for {@link #AUTO}, the choice and why
     */
    public ModeChoice choose(SampleLayout layout) {
        // auto reads the heap as the standard dataset's refusal does: one heap, one figure
        MemoryEstimate e = this == AUTO ? MemoryEstimate.of(layout, MemoryEstimate.AUTO_LIMIT) : MemoryEstimate.of(layout);
        return switch (this) {
            case STANDARD -> new ModeChoice(STANDARD, "requested", e);
            case ITERABLE -> new ModeChoice(ITERABLE, "requested", e);
            case AUTO -> e.fraction() <= MemoryEstimate.AUTO_LIMIT
                    ? new ModeChoice(STANDARD, String.format(Locale.ROOT,
                            "standard %s: at most %.0f%% of the heap, fits comfortably",
                            e.describe(), 100 * MemoryEstimate.AUTO_LIMIT), e)
                    : new ModeChoice(ITERABLE, String.format(Locale.ROOT,
                            "standard %s: over %.0f%% of the heap, streaming instead",
                            e.describe(), 100 * MemoryEstimate.AUTO_LIMIT), e);
        };
    }

    /**
     * Opens the store for a concrete mode.
     *
     * @param table the cache (kept open by the caller)
     * @param layout the samples
     * @param chunkSamples window starts per chunk (iterable only)
     * @return the store
     */
    public SampleStore open(CacheTable table, SampleLayout layout, int chunkSamples) {
        return switch (this) {
            case STANDARD -> StandardDataset.load(table, layout);
            case ITERABLE -> new IterableDataset(table, layout, chunkSamples);
            case AUTO -> choose(layout).mode().open(table, layout, chunkSamples);
        };
    }
}
