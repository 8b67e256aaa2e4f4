package io.chunkwise.profiler.probe;

import io.chunkwise.profiler.metric.Metric;
import io.chunkwise.profiler.metric.Metrics;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.file.Path;
import java.util.List;

/**
 * Resident memory from {@code /proc/<pid>/status}: VmRSS split into RssAnon (the program's own
 * memory), RssFile (mapped files, page cache) and RssShmem, plus the kernel's peak VmHWM.
 */
public final class ProcStatusProbe implements Probe {
    private static final String[] KEYS = {"VmRSS:", "RssAnon:", "RssFile:", "RssShmem:", "VmHWM:"};

    private final long pid;
    /** The status file; null when the process had ended before it could be opened. */
    private final ProcFile file;

    private ProcStatusProbe(long pid, ProcFile file) {
        this.pid = pid;
        this.file = file;
    }

    /**
     * Opens the status file of a process.
     *
     * @param pid the process id
     * @return the probe
     * @throws UncheckedIOException when there is no such process or {@code /proc} is missing (not Linux)
     */
    public static ProcStatusProbe of(long pid) {
        Path path = Path.of("/proc", Long.toString(pid), "status");
        try {
            return new ProcStatusProbe(pid, new ProcFile(path));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + path + " (Linux /proc is needed to sample resident memory)", e);
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
    public static ProcStatusProbe of(ProcessHandle process) {
        try {
            return new ProcStatusProbe(process.pid(), ProcFile.ofProcess(process, "status"));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read /proc/" + process.pid()
                    + "/status (Linux /proc is needed to sample resident memory)", e);
        }
    }

    /** @return a probe of this JVM's own process */
    public static ProcStatusProbe self() {
        return of(ProcessHandle.current().pid());
    }

    @Override
    public List<Metric> metrics() {
        return Metrics.PROC_STATUS;
    }

    @Override
    public void read(long[] values, int offset) {
        if (file == null) {
            throw new TargetGoneException("process " + pid + " had ended before it was first sampled");
        }
        ByteBuffer content;
        try {
            content = file.read();
        } catch (IOException e) {
            throw new TargetGoneException("process " + pid + " is gone (" + e.getMessage() + ")");
        }
        ProcFile.kilobytesFields(content, KEYS, values, offset);
        if (values[offset] == Metric.MISSING) {
            // Only a process that has exited (a zombie) has a status without VmRSS.
            throw new TargetGoneException("process " + pid + " has exited");
        }
    }

    @Override
    public void close() {
        if (file != null) {
            file.close();
        }
    }
}
