package io.chunkwise.dataset.generate;

import java.time.Instant;

/**
 * What a {@link FxBarsGenerator} run wrote.
 *
 * @param rows bars written
 * @param bytes file size, header included
 * @param nanos elapsed time
 * @param first the first bar's open time, or {@code null} without bars
 * @param last the last bar's open time, or {@code null} without bars
 */
public record FxBarsSummary(long rows, long bytes, long nanos, Instant first, Instant last) {
    /** @return elapsed seconds */
    public double seconds() {
        return nanos / 1e9;
    }

    /** @return throughput in MB/s (10^6 bytes a second) */
    public double megabytesPerSecond() {
        return nanos == 0 ? 0 : bytes / 1e6 / seconds();
    }
}
