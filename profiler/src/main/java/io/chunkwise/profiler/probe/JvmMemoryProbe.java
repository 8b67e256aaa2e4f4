package io.chunkwise.profiler.probe;

import io.chunkwise.profiler.metric.Metric;
import io.chunkwise.profiler.metric.Metrics;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.management.BufferPoolMXBean;
import java.lang.management.GarbageCollectorMXBean;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;
import java.lang.management.MemoryUsage;
import java.util.ArrayList;
import java.util.List;
import javax.management.MBeanServerConnection;

/**
 * A JVM's own view of its memory, from its management beans: heap used and committed,
 * non-heap used, the direct and mapped buffer pools, and garbage collection counters. Works on
 * this JVM (direct calls) or another one through a JMX connection.
 */
public final class JvmMemoryProbe implements Probe {
    private static final List<Metric> METRICS;

    static {
        List<Metric> all = new ArrayList<>(Metrics.JVM);
        all.addAll(Metrics.GC);
        METRICS = List.copyOf(all);
    }

    private final MemoryMXBean memory;
    private final BufferPoolMXBean direct;
    private final BufferPoolMXBean mapped;
    private final List<GarbageCollectorMXBean> collectors;
    private final boolean remote;
    private volatile boolean broken;
    private volatile String failure;
    private volatile long failedAtNanos;

    private JvmMemoryProbe(MemoryMXBean memory, List<BufferPoolMXBean> pools,
                           List<GarbageCollectorMXBean> collectors, boolean remote) {
        this.memory = memory;
        this.direct = pool(pools, "direct");
        this.mapped = pool(pools, "mapped");
        this.collectors = List.copyOf(collectors);
        this.remote = remote;
    }

    /** @return a probe of this JVM */
    public static JvmMemoryProbe local() {
        return new JvmMemoryProbe(ManagementFactory.getMemoryMXBean(),
                ManagementFactory.getPlatformMXBeans(BufferPoolMXBean.class),
                ManagementFactory.getGarbageCollectorMXBeans(), false);
    }

    /**
     * A probe of another JVM. A failed read (the JVM exiting) leaves the values missing and
     * stops further reads.
     *
     * @param connection a JMX connection to it
     * @return the probe
     * @throws UncheckedIOException when the beans cannot be looked up
     */
    public static JvmMemoryProbe remote(MBeanServerConnection connection) {
        try {
            return new JvmMemoryProbe(
                    ManagementFactory.newPlatformMXBeanProxy(connection, ManagementFactory.MEMORY_MXBEAN_NAME, MemoryMXBean.class),
                    ManagementFactory.getPlatformMXBeans(connection, BufferPoolMXBean.class),
                    ManagementFactory.getPlatformMXBeans(connection, GarbageCollectorMXBean.class), true);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the JVM's management beans", e);
        }
    }

    private static BufferPoolMXBean pool(List<BufferPoolMXBean> pools, String name) {
        return pools.stream().filter(p -> name.equals(p.getName())).findFirst().orElse(null);
    }

    /** @return why reading a remote JVM stopped (usually: it was exiting), empty while it works */
    public java.util.Optional<String> failure() {
        return java.util.Optional.ofNullable(failure);
    }

    /** @return when reading a remote JVM stopped ({@link System#nanoTime()}), 0 while it works */
    public long failedAtNanos() {
        return failure == null ? 0 : failedAtNanos;
    }

    /**
     * The heap's limit ({@code -Xmx}): a constant, so not sampled as a column.
     *
     * @return the maximum heap in bytes, -1 when undefined or unreadable
     */
    public long heapMax() {
        try {
            return memory.getHeapMemoryUsage().getMax();
        } catch (RuntimeException e) {
            if (!remote) {
                throw e;
            }
            return -1;
        }
    }

    @Override
    public List<Metric> metrics() {
        return METRICS;
    }

    @Override
    public void read(long[] values, int offset) {
        if (broken) {
            fillMissing(values, offset);
            return;
        }
        try {
            MemoryUsage heap = memory.getHeapMemoryUsage();
            values[offset] = heap.getUsed();
            values[offset + 1] = heap.getCommitted();
            values[offset + 2] = memory.getNonHeapMemoryUsage().getUsed();
            values[offset + 3] = direct == null ? Metric.MISSING : direct.getMemoryUsed();
            values[offset + 4] = mapped == null ? Metric.MISSING : mapped.getMemoryUsed();
            long count = 0;
            long time = 0;
            for (GarbageCollectorMXBean gc : collectors) {
                count += Math.max(0, gc.getCollectionCount());
                time += Math.max(0, gc.getCollectionTime());
            }
            values[offset + 5] = count;
            values[offset + 6] = time;
        } catch (RuntimeException e) {
            if (!remote) {
                throw e;
            }
            // The remote JVM is exiting or its connection dropped: stop asking, say why.
            failure = FailureReason.of(e.getCause() == null ? e : e.getCause());
            failedAtNanos = System.nanoTime();
            broken = true;
            fillMissing(values, offset);
        }
    }

    private static void fillMissing(long[] values, int offset) {
        for (int i = 0; i < METRICS.size(); i++) {
            values[offset + i] = Metric.MISSING;
        }
    }
}
