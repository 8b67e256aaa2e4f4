package io.chunkwise.profiler.probe;

import io.chunkwise.profiler.metric.Metric;
import io.chunkwise.profiler.metric.Metrics;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.time.Duration;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The resident memory of the processes a sampled process started (a shell's commands, a build
 * tool's forks), summed: their RssAnon, their RssFile and how many there are. The sampled
 * process's own figures leave them out, and a wrapper such as {@code bash -c} would otherwise show
 * a few hundred kilobytes for a command using gigabytes. Finding them scans the process table, so
 * it is read at most every {@value #PERIOD_MILLIS} ms.
 */
public final class DescendantsProbe implements Probe {
    private static final long PERIOD_MILLIS = 100;
    private static final String[] KEYS = {"RssAnon:", "RssFile:"};
    private final ProcessHandle root;
    /** The status files of the descendants seen, by pid; closed when the process is gone. */
    private final Map<Long, ProcFile> files = new HashMap<>();
    private final long[] fields = new long[KEYS.length];

    /** @param root the process whose descendants are summed */
    public DescendantsProbe(ProcessHandle root) {
        this.root = root;
    }

    @Override
    public List<Metric> metrics() {
        return Metrics.DESCENDANTS_ALL;
    }

    @Override
    public void read(long[] values, int offset) {
        long anon = 0;
        long file = 0;
        long count = 0;
        Set<Long> alive = new HashSet<>();
        for (ProcessHandle p : root.descendants().toList()) {
            ByteBuffer content = status(p);
            if (content == null) {
                continue;
            }
            ProcFile.kilobytesFields(content, KEYS, fields, 0);
            if (fields[0] == Metric.MISSING) {
                continue; // exited, not yet reaped
            }
            alive.add(p.pid());
            anon += fields[0];
            file += Math.max(0, fields[1]);
            count++;
        }
        files.entrySet().removeIf(e -> {
            if (alive.contains(e.getKey())) {
                return false;
            }
            e.getValue().close();
            return true;
        });
        values[offset] = anon;
        values[offset + 1] = file;
        values[offset + 2] = count;
    }

    /** @return the process's status, or null when it is gone */
    private ByteBuffer status(ProcessHandle p) {
        try {
            ProcFile f = files.get(p.pid());
            if (f == null) {
                f = ProcFile.ofProcess(p, "status");
                if (f == null) {
                    return null;
                }
                files.put(p.pid(), f);
            }
            return f.read();
        } catch (IOException e) {
            return null; // ended between the listing and the read, or not ours to read
        }
    }

    @Override
    public Duration minPeriod() {
        return Duration.ofMillis(PERIOD_MILLIS);
    }

    @Override
    public void close() {
        files.values().forEach(ProcFile::close);
        files.clear();
    }
}
