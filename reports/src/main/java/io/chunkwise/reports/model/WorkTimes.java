package io.chunkwise.reports.model;

import java.util.Objects;

/**
 * How long one kind of Chunkwise work took in a profiled run (the {@code jfr.work} entries of
 * {@code summary.json}): a strategy's chunks, a dataset's batches.
 *
 * @param label the event's label, e.g. {@code Chunk}
 * @param strategy the strategy, or {@code null} when the events have none
 * @param count events
 * @param threads threads that emitted them
 * @param medianMs the median duration
 * @param firstPerThreadMaxMs the longest of each thread's first event (the JIT's warm-up shows here)
 * @param busyPerThreadMinMs the least time a thread spent in them
 * @param busyPerThreadMaxMs the most time a thread spent in them
 * @param mbPerSecPerThread decimal MB (10^6 bytes) a thread got through per second of them, NaN without bytes
 * @param fallbacks events that redid work
 */
public record WorkTimes(String label, String strategy, long count, int threads, double medianMs,
        double firstPerThreadMaxMs, double busyPerThreadMinMs, double busyPerThreadMaxMs, double mbPerSecPerThread,
        long fallbacks) {
    /** Checks the label. */
    public WorkTimes {
        Objects.requireNonNull(label, "label");
    }

    /** @return the label, with the strategy in brackets when there is one */
    public String name() {
        return strategy == null ? label : label + " (" + strategy + ")";
    }
}
