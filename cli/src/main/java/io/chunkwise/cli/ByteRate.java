package io.chunkwise.cli;

import java.util.Locale;

/** A rate of bytes for people, as the commands print it after a run. */
public final class ByteRate {
    private ByteRate() {
    }

    /**
     * @param bytes the bytes read or written
     * @param seconds the time they took
     * @return {@code 349 MB/s}, {@code 2.5 MB/s}, and a small file's {@code 204 B/s}, never {@code 0 MB/s}
     */
    public static String of(long bytes, double seconds) {
        double perSecond = bytes / Math.max(1e-9, seconds);
        return perSecond >= 1e7 ? String.format(Locale.ROOT, "%.0f MB/s", perSecond / 1e6)
                : perSecond >= 1e5 ? String.format(Locale.ROOT, "%.1f MB/s", perSecond / 1e6)
                : ByteSize.format((long) perSecond) + "/s";
    }
}
