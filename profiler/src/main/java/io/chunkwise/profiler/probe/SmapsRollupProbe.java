package io.chunkwise.profiler.probe;

import io.chunkwise.profiler.metric.Metric;
import io.chunkwise.profiler.metric.Metrics;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

/**
 * Proportional set size from {@code /proc/<pid>/smaps_rollup}: shared pages divided among the
 * processes sharing them. The kernel walks every mapping to produce it, so it costs more than
 * {@link ProcStatusProbe} (milliseconds for a JVM's large address space, holding the target's
 * memory map lock meanwhile); opt in. Read at most every {@link #PERIOD}; its column is empty
 * between reads.
 *
 * <p>An open {@code smaps_rollup} follows the address space it was opened on, and an
 * {@code exec} replaces that (a child started by this JVM execs its launch helper, then the
 * command; {@code sh -c 'exec …'} execs again): reads of the old one fail with "No such process"
 * though the process runs. So a failed read reopens the file and reads again; only a process that
 * has ended is {@link TargetGoneException target gone}. A process that runs but cannot be read
 * fails this probe alone (its column is empty), never the other probes' sampling.
 */
public final class SmapsRollupProbe implements Probe {
    /** The shortest time between two reads. */
    public static final Duration PERIOD = Duration.ofMillis(250);

    private final long pid;
    /** The process, when known by handle; else null (then only its pid). */
    private final ProcessHandle process;
    /** The file; null when the process had ended before it could be opened. */
    private ProcFile file;

    private SmapsRollupProbe(long pid, ProcessHandle process, ProcFile file) {
        this.pid = pid;
        this.process = process;
        this.file = file;
    }

    /**
     * @param pid the process id
     * @return the probe
     * @throws UncheckedIOException when the file cannot be opened (kernel before 4.14, or no such process)
     */
    public static SmapsRollupProbe of(long pid) {
        Path path = Path.of("/proc", Long.toString(pid), "smaps_rollup");
        try {
            return new SmapsRollupProbe(pid, null, new ProcFile(path));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + path, e);
        }
    }

    /**
     * Opens the file of a process this JVM knows existed (e.g. a child it started). One that has
     * already ended (a short command, gone before its first sample) gives a probe whose first
     * read reports it gone, so sampling ends with no samples rather than an error.
     *
     * @param process the process
     * @return the probe
     * @throws UncheckedIOException when the file cannot be opened though the process runs
     */
    public static SmapsRollupProbe of(ProcessHandle process) {
        try {
            return new SmapsRollupProbe(process.pid(), process, ProcFile.ofProcess(process, "smaps_rollup"));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read /proc/" + process.pid() + "/smaps_rollup", e);
        }
    }

    @Override
    public List<Metric> metrics() {
        return List.of(Metrics.PSS);
    }

    @Override
    public Duration minPeriod() {
        return PERIOD;
    }

    @Override
    public void read(long[] values, int offset) {
        if (file == null) {
            throw new TargetGoneException("process " + pid + " had ended before it was first sampled");
        }
        try {
            values[offset] = ProcFile.kilobytesField(file.read(), "Pss:");
            return;
        } catch (IOException e) {
            // Its address space was replaced by an exec, or the process ended: reopen to tell which.
            file.close();
            file = null;
        }
        try {
            file = process != null ? ProcFile.ofProcess(process, "smaps_rollup") : new ProcFile(file(pid));
        } catch (IOException e) {
            if (!alive()) {
                throw new TargetGoneException("process " + pid + " is gone");
            }
            throw new UncheckedIOException("cannot reopen " + file(pid), e);
        }
        if (file == null) {
            throw new TargetGoneException("process " + pid + " is gone");
        }
        try {
            values[offset] = ProcFile.kilobytesField(file.read(), "Pss:");
        } catch (IOException e) {
            if (!alive()) {
                throw new TargetGoneException("process " + pid + " is gone (" + e.getMessage() + ")");
            }
            throw new UncheckedIOException("cannot read " + file(pid), e);
        }
    }

    private boolean alive() {
        return process != null ? process.isAlive() : ProcessHandle.of(pid).map(ProcessHandle::isAlive).orElse(false);
    }

    private static Path file(long pid) {
        return Path.of("/proc", Long.toString(pid), "smaps_rollup");
    }

    @Override
    public void close() {
        if (file != null) {
            file.close();
        }
    }
}
