package io.chunkwise.profiler.probe;

import io.chunkwise.profiler.metric.Metric;
import java.util.List;
import java.util.Objects;
import java.util.function.LongSupplier;

/**
 * A metric read from any supplier: an Arrow allocator's {@code getAllocatedMemory}, a pool's
 * size, a queue's length. The supplier runs on the sampler thread and must be thread-safe.
 *
 * @param metric the metric, e.g. {@code Metric.bytes("arrow_allocated", "ArrowAllocated")}
 * @param supplier reads the current value in the metric's base unit
 */
public record Gauge(Metric metric, LongSupplier supplier) implements Probe {
    /** Checks arguments. */
    public Gauge {
        Objects.requireNonNull(metric, "metric");
        Objects.requireNonNull(supplier, "supplier");
    }

    @Override
    public List<Metric> metrics() {
        return List.of(metric);
    }

    @Override
    public void read(long[] values, int offset) {
        values[offset] = supplier.getAsLong();
    }
}
