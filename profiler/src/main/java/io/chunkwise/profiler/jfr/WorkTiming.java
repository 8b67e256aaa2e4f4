package io.chunkwise.profiler.jfr;

import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * How long Chunkwise's units of work took, from their JFR events (a chunk's parse, a dataset's
 * batch): one per event type and strategy. The first unit on each thread is told apart because it
 * runs before the JIT has compiled the code: when it is far longer than the median, warm-up is part
 * of the run. A spread in the threads' busy times is an uneven split.
 *
 * @param event the event's name, e.g. {@code io.chunkwise.Chunk}
 * @param label its label, e.g. {@code Chunk}
 * @param strategy the events' {@code strategy} field, or {@code null} when they have none
 * @param count events
 * @param threads threads that emitted them, fallbacks left out (as in the other per-thread figures)
 * @param median the median duration
 * @param firstPerThreadMax the longest of each thread's first event
 * @param max the longest event
 * @param busyTotal the sum of the durations
 * @param busyPerThreadMin the least time a thread spent in these events
 * @param busyPerThreadMax the most time a thread spent in them
 * @param bytes the sum of the events' {@code bytes} field, -1 when they have none
 * @param fallbacks events whose {@code fallback} field is set (work done again)
 */
public record WorkTiming(String event, String label, String strategy, long count, int threads, Duration median,
                         Duration firstPerThreadMax, Duration max, Duration busyTotal, Duration busyPerThreadMin,
                         Duration busyPerThreadMax, long bytes, long fallbacks) {

    /**
     * @return decimal MB (10^6 bytes) of input a thread gets through per second of these events, as
     *     bench's {@code rate.mb} and {@code index} give input rates, or -1 without bytes or time
     */
    public double mbPerSecondPerThread() {
        if (bytes < 0 || busyTotal.isZero()) {
            return -1;
        }
        return bytes / 1e6 / (busyTotal.toNanos() / 1e9);
    }

    /**
     * @return the timing as a map for {@code summary.json}: times in ms, {@code mb} the input in MiB
     *     (2^20 bytes), {@code mbPerSecPerThread} the input rate in decimal MB/s (10^6 bytes a second)
     */
    public Map<String, Object> asMap() {
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("event", event);
        out.put("label", label);
        out.put("strategy", strategy);
        out.put("count", count);
        out.put("threads", threads);
        out.put("medianMs", ms(median));
        out.put("firstPerThreadMaxMs", ms(firstPerThreadMax));
        out.put("maxMs", ms(max));
        out.put("busyTotalMs", ms(busyTotal));
        out.put("busyPerThreadMinMs", ms(busyPerThreadMin));
        out.put("busyPerThreadMaxMs", ms(busyPerThreadMax));
        out.put("mb", bytes < 0 ? null : round(bytes / (1024.0 * 1024.0)));
        double rate = mbPerSecondPerThread();
        out.put("mbPerSecPerThread", rate < 0 ? null : round(rate));
        out.put("fallbacks", fallbacks);
        return out;
    }

    private static double ms(Duration d) {
        return round(d.toNanos() / 1e6);
    }

    private static double round(double v) {
        return Math.round(v * 1000.0) / 1000.0;
    }
}
