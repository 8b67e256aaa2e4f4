package io.chunkwise.profiler.process;

import io.chunkwise.profiler.metric.Metric;
import io.chunkwise.profiler.probe.Probe;
import java.time.Duration;
import java.util.List;

/**
 * A probe whose source appears later (a child JVM, once attached): its cells stay empty until
 * then. The metrics are fixed up front so that the columns never change during a run.
 */
final class DeferredProbe implements Probe {
    private final List<Metric> metrics;
    private final Duration period;
    private volatile Probe delegate;

    DeferredProbe(List<Metric> metrics, Duration period) {
        this.metrics = List.copyOf(metrics);
        this.period = period;
    }

    void set(Probe probe) {
        if (!probe.metrics().equals(metrics)) {
            throw new IllegalArgumentException("probe metrics " + probe.metrics() + " differ from " + metrics);
        }
        this.delegate = probe;
    }

    /** @return whether the source has appeared */
    boolean isSet() {
        return delegate != null;
    }

    @Override
    public List<Metric> metrics() {
        return metrics;
    }

    @Override
    public Duration minPeriod() {
        return period;
    }

    @Override
    public void read(long[] values, int offset) {
        Probe p = delegate;
        if (p == null) {
            for (int i = 0; i < metrics.size(); i++) {
                values[offset + i] = Metric.MISSING;
            }
        } else {
            p.read(values, offset);
        }
    }

    @Override
    public void close() {
        Probe p = delegate;
        if (p != null) {
            p.close();
        }
    }
}
