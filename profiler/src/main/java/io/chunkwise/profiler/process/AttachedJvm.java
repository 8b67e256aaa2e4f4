package io.chunkwise.profiler.process;

import com.sun.tools.attach.AttachNotSupportedException;
import com.sun.tools.attach.VirtualMachine;
import com.sun.tools.attach.VirtualMachineDescriptor;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.RuntimeMXBean;
import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import javax.management.MBeanServerConnection;
import javax.management.remote.JMXConnector;
import javax.management.remote.JMXConnectorFactory;
import javax.management.remote.JMXServiceURL;

/**
 * A JMX connection to another JVM on this machine, opened through the Attach API: the JVM's
 * local management agent is started (as jconsole does) and connected to. No agent is loaded and
 * nothing is needed on the target's command line.
 */
public final class AttachedJvm implements AutoCloseable {
    private final long pid;
    private final JMXConnector connector;
    private final MBeanServerConnection connection;
    private final String description;

    private AttachedJvm(long pid, JMXConnector connector, MBeanServerConnection connection, String description) {
        this.pid = pid;
        this.connector = connector;
        this.connection = connection;
        this.description = description;
    }

    /**
     * Waits for a process to show up as a JVM (it publishes itself once started), then attaches.
     *
     * @param process the process
     * @param timeout how long to wait for it to become attachable
     * @return the connection, empty when the process exited first, is not a HotSpot JVM, or
     *     refused attach within the timeout
     * @throws InterruptedException when interrupted while waiting
     */
    public static Optional<AttachedJvm> attach(ProcessHandle process, Duration timeout) throws InterruptedException {
        long deadline = System.nanoTime() + timeout.toNanos();
        String id = Long.toString(process.pid());
        Exception last = null;
        while (process.isAlive() && System.nanoTime() < deadline) {
            if (listed(id)) {
                try {
                    return Optional.of(connect(process.pid()));
                } catch (IOException | AttachNotSupportedException | RuntimeException e) {
                    last = e; // not ready yet: the attach listener starts lazily
                }
            }
            TimeUnit.MILLISECONDS.sleep(20);
        }
        if (last != null && process.isAlive()) {
            throw new IllegalStateException("cannot attach to JVM " + id + ": " + last.getMessage(), last);
        }
        return Optional.empty();
    }

    private static boolean listed(String id) {
        for (VirtualMachineDescriptor d : VirtualMachine.list()) {
            if (d.id().equals(id)) {
                return true;
            }
        }
        return false;
    }

    private static AttachedJvm connect(long pid) throws IOException, AttachNotSupportedException {
        VirtualMachine vm = VirtualMachine.attach(Long.toString(pid));
        String address;
        try {
            address = vm.startLocalManagementAgent();
        } finally {
            vm.detach();
        }
        JMXConnector connector = JMXConnectorFactory.connect(new JMXServiceURL(address));
        try {
            MBeanServerConnection connection = connector.getMBeanServerConnection();
            RuntimeMXBean runtime = ManagementFactory.newPlatformMXBeanProxy(connection,
                    ManagementFactory.RUNTIME_MXBEAN_NAME, RuntimeMXBean.class);
            String description = runtime.getVmName() + " " + runtime.getSpecVersion() + " (" + runtime.getVmVersion()
                    + ", " + runtime.getVmVendor() + ")";
            return new AttachedJvm(pid, connector, connection, description);
        } catch (IOException | RuntimeException e) {
            connector.close();
            throw e;
        }
    }

    /** @return the process id */
    public long pid() {
        return pid;
    }

    /** @return the connection to the JVM's platform MBean server */
    public MBeanServerConnection connection() {
        return connection;
    }

    /** @return the JVM's name and version */
    public String description() {
        return description;
    }

    @Override
    public void close() {
        try {
            connector.close();
        } catch (IOException e) {
            // the JVM has exited: nothing left to close
        }
    }
}
