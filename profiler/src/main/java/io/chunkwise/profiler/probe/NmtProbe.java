package io.chunkwise.profiler.probe;

import io.chunkwise.profiler.metric.Metric;
import io.chunkwise.profiler.metric.Metrics;
import java.lang.management.ManagementFactory;
import java.time.Duration;
import java.util.List;
import java.util.OptionalLong;
import javax.management.JMException;
import javax.management.MBeanServerConnection;
import javax.management.MalformedObjectNameException;
import javax.management.ObjectName;

/**
 * Native memory committed, as Native Memory Tracking counts it, read through the
 * DiagnosticCommand MBean ({@code vmNativeMemory summary}). The JVM must run with
 * {@code -XX:NativeMemoryTracking=summary}; without it the value stays missing.
 *
 * <p>The JVM formats the whole summary for each read (about 0.5 ms), so by default it is read at
 * most every {@link #DEFAULT_PERIOD}; its column is empty between reads.
 */
public final class NmtProbe implements Probe {
    private static final ObjectName DIAGNOSTIC_COMMAND = objectName();
    private static final Object[] ARGS = {new String[] {"summary", "scale=KB"}};
    private static final String[] SIGNATURE = {String[].class.getName()};

    /** The default shortest time between two reads. */
    public static final Duration DEFAULT_PERIOD = Duration.ofMillis(200);

    private final MBeanServerConnection connection;
    private final Duration period;
    private volatile boolean off;

    private NmtProbe(MBeanServerConnection connection, Duration period) {
        this.connection = connection;
        this.period = period;
    }

    /** @return a probe of this JVM, read at most every {@link #DEFAULT_PERIOD} */
    public static NmtProbe local() {
        return local(DEFAULT_PERIOD);
    }

    /**
     * @param period the shortest time between two reads ({@link Duration#ZERO}: every sample)
     * @return a probe of this JVM
     */
    public static NmtProbe local(Duration period) {
        return new NmtProbe(ManagementFactory.getPlatformMBeanServer(), period);
    }

    /**
     * @param connection a JMX connection to another JVM
     * @param period the shortest time between two reads
     * @return a probe of that JVM
     */
    public static NmtProbe remote(MBeanServerConnection connection, Duration period) {
        return new NmtProbe(connection, period);
    }

    @Override
    public Duration minPeriod() {
        return period;
    }

    /**
     * Runs the summary command once.
     *
     * @return the command's text, or empty text when it cannot run
     */
    public String summaryText() {
        try {
            return String.valueOf(connection.invoke(DIAGNOSTIC_COMMAND, "vmNativeMemory", ARGS, SIGNATURE));
        } catch (JMException | java.io.IOException | RuntimeException e) {
            return "";
        }
    }

    /**
     * @return whether this JVM runs with Native Memory Tracking ({@code -XX:NativeMemoryTracking}
     *     other than {@code off}); cheap, no diagnostic command is run
     */
    public static boolean enabledInThisJvm() {
        String value = ManagementFactory.getPlatformMXBean(com.sun.management.HotSpotDiagnosticMXBean.class)
                .getVMOption("NativeMemoryTracking").getValue();
        return !"off".equals(value);
    }

    /** @return whether Native Memory Tracking answered with a total at the last read */
    public boolean enabled() {
        return !off;
    }

    @Override
    public List<Metric> metrics() {
        return List.of(Metrics.NMT_COMMITTED);
    }

    @Override
    public void read(long[] values, int offset) {
        values[offset] = Metric.MISSING;
        if (off) {
            return;
        }
        String text = summaryText();
        OptionalLong committed = NmtSummary.committedBytes(text);
        if (committed.isPresent()) {
            values[offset] = committed.getAsLong();
        } else {
            // Off, or the JVM went away: reading again would only cost time.
            off = true;
        }
    }

    private static ObjectName objectName() {
        try {
            return new ObjectName("com.sun.management:type=DiagnosticCommand");
        } catch (MalformedObjectNameException e) {
            throw new IllegalStateException(e);
        }
    }
}
