package io.chunkwise.cli.profile;

import java.util.Locale;
import java.util.Map;

/**
 * One line of {@code profile}'s human output per kind of Chunkwise work in the recording (a
 * strategy's chunks, a dataset's batches): how many, on how many threads, the median against each
 * thread's first (the JIT's warm-up shows there), and how evenly the threads were kept busy.
 */
final class WorkLine {
    private WorkLine() {
    }

    /**
     * @param work one entry of the {@code jfr.work} list of summary.json
     * @return e.g. {@code Chunk (fix-parallel): 23 on 2 threads, median 40.2 ms, each thread's first up to
     *     520.3 ms, busy 612.0–640.5 ms a thread, 410 MB/s a thread, 1 fallback} (decimal MB, as {@code index} and
     *     bench's {@code rate.mb} give input rates)
     */
    static String of(Map<?, ?> work) {
        StringBuilder line = new StringBuilder().append(work.get("label"));
        if (work.get("strategy") != null) {
            line.append(" (").append(work.get("strategy")).append(')');
        }
        line.append(": ").append(work.get("count")).append(" on ").append(work.get("threads"))
                .append(work.get("threads") instanceof Number n && n.intValue() == 1 ? " thread" : " threads")
                .append(", median ").append(ms(work.get("medianMs"))).append(" ms, each thread's first up to ")
                .append(ms(work.get("firstPerThreadMaxMs"))).append(" ms, busy ");
        String least = ms(work.get("busyPerThreadMinMs"));
        String most = ms(work.get("busyPerThreadMaxMs"));
        line.append(least.equals(most) ? least : least + "–" + most).append(" ms a thread");
        if (work.get("mbPerSecPerThread") instanceof Number rate) {
            line.append(", ").append(String.format(Locale.ROOT, "%.0f", rate.doubleValue())).append(" MB/s a thread");
        }
        if (work.get("fallbacks") instanceof Number n && n.longValue() > 0) {
            line.append(", ").append(n).append(n.longValue() == 1 ? " fallback" : " fallbacks");
        }
        return line.toString();
    }

    /** @return milliseconds to a tenth, or to a thousandth below a tenth (a batch can take microseconds) */
    private static String ms(Object value) {
        double ms = ((Number) value).doubleValue();
        return String.format(Locale.ROOT, ms < 0.1 ? "%.3f" : "%.1f", ms);
    }
}
