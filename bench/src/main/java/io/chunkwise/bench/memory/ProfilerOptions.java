package io.chunkwise.bench.memory;

import io.chunkwise.profiler.monitor.MemoryMonitor;
import java.time.Duration;
import org.openjdk.jmh.profile.ProfilerException;

/**
 * Parses the memory profiler's {@code -prof} options: {@code interval=MILLIS}, where 0 means "sample
 * only at the start and the end of each iteration" (no sampler thread while the benchmark runs).
 */
final class ProfilerOptions {
    private ProfilerOptions() {
    }

    static Duration interval(String initLine, Duration fallbackWhenAbsent) throws ProfilerException {
        Duration interval = fallbackWhenAbsent;
        if (initLine == null || initLine.isBlank()) {
            return interval;
        }
        for (String part : initLine.split("[;,]")) {
            String p = part.strip();
            if (p.isEmpty()) {
                continue;
            }
            int eq = p.indexOf('=');
            String key = eq < 0 ? p : p.substring(0, eq).strip();
            String value = eq < 0 ? "" : p.substring(eq + 1).strip();
            if (!key.equals("interval")) {
                throw new ProfilerException("unknown option '" + key + "' (known: interval=MILLIS)");
            }
            try {
                long ms = Long.parseLong(value.endsWith("ms") ? value.substring(0, value.length() - 2) : value);
                if (ms != 0 && (ms < MemoryMonitor.MIN_INTERVAL.toMillis() || ms > 10_000)) {
                    throw new ProfilerException("interval must be 0 (iteration edges only) or "
                            + MemoryMonitor.MIN_INTERVAL.toMillis() + "..10000 ms: " + value);
                }
                interval = Duration.ofMillis(ms);
            } catch (NumberFormatException e) {
                throw new ProfilerException("interval must be a number of milliseconds: '" + value + "'");
            }
        }
        return interval;
    }
}
