package io.chunkwise.cli.generate;

import com.fasterxml.jackson.annotation.JsonProperty;
import io.chunkwise.cli.ByteRate;
import io.chunkwise.cli.Counted;
import java.util.Locale;
import java.util.Map;

/**
 * The JSON summary of a {@code generate} command.
 *
 * @param kind what was generated
 * @param file the output
 * @param rows rows or messages written
 * @param bytes file size
 * @param seconds elapsed time of the generation
 * @param megabytesPerSecond throughput, 10^6 bytes a second
 * @param seed the seed used
 * @param details kind-specific counts (what was planted)
 */
public record GenerationResult(String kind, String file, long rows, long bytes, double seconds,
        @JsonProperty("MBps") double megabytesPerSecond, long seed, Map<String, Object> details) {

    /**
     * @param unit what one row is called, e.g. "row" or "message" (an s is added for any other count than 1)
     * @return one line for people; a small file's rate in B/s or KiB/s, never {@code 0 MB/s}
     */
    public String human(String unit) {
        return String.format(Locale.ROOT, "%s: wrote %s (%,d bytes) to %s in %.2f s (%s)",
                kind, Counted.of(rows, unit), bytes, file, seconds, ByteRate.of(bytes, seconds));
    }
}
