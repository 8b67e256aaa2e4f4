package io.chunkwise.profiler.probe;

import io.chunkwise.profiler.metric.Metric;
import io.chunkwise.profiler.metric.Metrics;
import java.lang.management.ManagementFactory;
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
 */
public final class NmtProbe implements Probe {
    private static final ObjectName DIAGNOSTIC_COMMAND = objectName();
    private static final Object[] ARGS = {new String[] {"summary", "scale=KB"}};
    private static final String[] SIGNATURE = {String[].class.getName()};

    private final MBeanServerConnection connection;
    private volatile boolean off;

    private NmtProbe(MBeanServerConnection connection) {
        this.connection = connection;
    }

    /** @return a probe of this JVM */
    public static NmtProbe local() {
        return new NmtProbe(ManagementFactory.getPlatformMBeanServer());
    }

    /**
     * @param connection a JMX connection to another JVM
     * @return a probe of that JVM
     */
    public static NmtProbe remote(MBeanServerConnection connection) {
        return new NmtProbe(connection);
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
