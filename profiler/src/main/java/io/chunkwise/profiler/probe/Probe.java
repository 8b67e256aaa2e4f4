package io.chunkwise.profiler.probe;

import io.chunkwise.profiler.metric.Metric;
import java.time.Duration;
import java.util.List;

/**
 * A source of metrics that are read together (one file, one set of beans). Probes are read on
 * the sampler thread only; they may keep buffers between reads.
 */
public interface Probe {
    /** @return the metrics this probe fills, in the order {@link #read} writes them */
    List<Metric> metrics();

    /**
     * Reads the current values.
     *
     * @param values where to write, {@link Metric#MISSING} for a value that cannot be read now
     * @param offset the index of this probe's first metric in {@code values}
     * @throws TargetGoneException when the sampled process no longer exists
     */
    void read(long[] values, int offset);

    /**
     * The shortest time between two reads, for probes that cost too much to read at every sample
     * (between reads their cells stay empty). The first and the last sample always read it.
     *
     * @return the minimum period, zero to read at every sample
     */
    default Duration minPeriod() {
        return Duration.ZERO;
    }

    /** Releases what the probe holds (files, connections). */
    default void close() {
    }
}
