package io.chunkwise.profiler.process;

import io.chunkwise.profiler.metric.Metric;
import io.chunkwise.profiler.probe.Probe;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.locks.LockSupport;

/**
 * A probe read on a thread of its own, at most every period, for a slow source: a child JVM
 * read over JMX answers only when that JVM's threads get the CPU, which its work (the very thing
 * measured) is using, so one read can take 100 ms or more. Read on the sampler thread, it held
 * back the child's {@code /proc} status with it, and a peak of RssAnon between two late samples
 * went unseen. Here each sample takes the reading finished since the sample before, and leaves
 * the cells empty when there is none, as between two reads of a probe with a minimum period.
 */
final class BackgroundProbe implements Probe {
    /** How long {@link #close} waits for a read in progress (a JVM that stopped answering) before leaving it. */
    private static final Duration CLOSE_WAIT = Duration.ofSeconds(2);

    private final Probe source;
    private final long periodNanos;
    private final Thread thread;
    /** The last reading not yet taken by a sample; guarded by this. */
    private final long[] reading;
    private boolean fresh;
    private RuntimeException failure;
    private volatile boolean running = true;

    /**
     * Starts reading at once.
     *
     * @param source the probe to read; only this probe's thread reads it from now on
     * @param interval the sampling interval: the source is read at most this often, or at its own
     *     minimum period when that is longer
     */
    BackgroundProbe(Probe source, Duration interval) {
        this.source = source;
        this.periodNanos = Math.max(interval.toNanos(), source.minPeriod().toNanos());
        this.reading = new long[source.metrics().size()];
        this.thread = Thread.ofPlatform().daemon().name("chunkwise-probe-" + source.metrics().getFirst().column())
                .start(this::loop);
    }

    private void loop() {
        long[] values = new long[reading.length];
        long next = System.nanoTime();
        while (running) {
            long wait = next - System.nanoTime();
            if (wait > 0) {
                LockSupport.parkNanos(this, wait);
                continue;
            }
            RuntimeException failed = null;
            try {
                source.read(values, 0);
            } catch (RuntimeException e) {
                failed = e;
            }
            synchronized (this) {
                if (failed != null) {
                    failure = failed;
                } else {
                    System.arraycopy(values, 0, reading, 0, reading.length);
                    fresh = true;
                }
            }
            next += periodNanos;
            long now = System.nanoTime();
            if (next < now) {
                // a read longer than the period: rest one period, as the sampler does, not ask again at once
                next = now + periodNanos;
            }
        }
    }

    @Override
    public List<Metric> metrics() {
        return source.metrics();
    }

    /** Gives the reading finished since the last call, or empty cells; a read that failed is thrown here, once. */
    @Override
    public void read(long[] values, int offset) {
        synchronized (this) {
            if (failure != null) {
                RuntimeException e = failure;
                failure = null;
                throw e;
            }
            if (fresh) {
                System.arraycopy(reading, 0, values, offset, reading.length);
                fresh = false;
                return;
            }
        }
        Arrays.fill(values, offset, offset + reading.length, Metric.MISSING);
    }

    @Override
    public void close() {
        running = false;
        LockSupport.unpark(thread);
        try {
            if (!thread.join(CLOSE_WAIT)) {
                return; // stuck in a read of a JVM that no longer answers: a daemon, left to end with it
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return;
        }
        source.close();
    }
}
