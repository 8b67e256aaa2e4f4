package io.chunkwise.profiler.process;

import io.chunkwise.profiler.monitor.MemorySeries;
import java.util.List;
import java.util.Optional;

/**
 * A profiled child process.
 *
 * @param command the command line that ran
 * @param pid its process id
 * @param exitCode its exit code
 * @param wallMs its wall-clock time from start to exit, in ms (known even with no samples)
 * @param series its memory over time
 * @param jvm the JVM's name and version when one was attached, else empty
 * @param attachedAtMs when JVM metrics started, in ms since the start; -1 when never
 * @param heapMaxBytes the JVM's heap limit, -1 when unknown
 * @param notes what could not be measured, and why
 */
public record ProcessRun(List<String> command, long pid, int exitCode, long wallMs, MemorySeries series, Optional<String> jvm,
                         long attachedAtMs, long heapMaxBytes, List<String> notes) {
}
