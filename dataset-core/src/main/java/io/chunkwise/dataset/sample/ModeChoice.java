package io.chunkwise.dataset.sample;

/**
 * The dataset mode used and why.
 *
 * @param mode {@link DatasetMode#STANDARD} or {@link DatasetMode#ITERABLE}
 * @param reason one line for people
 * @param estimate the standard dataset's memory estimate
 */
public record ModeChoice(DatasetMode mode, String reason, MemoryEstimate estimate) {
}
