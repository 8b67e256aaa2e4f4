package io.chunkwise.dataset.arrow;

import java.io.Serial;
import java.nio.file.Path;

/** A feature cache that is not a usable Arrow IPC file: names the file, byte offset and reason. */
public final class CacheFormatException extends RuntimeException {
    @Serial
    private static final long serialVersionUID = 1L;

    /**
     * @param file the cache
     * @param offset byte offset of the problem, or -1 when it concerns the whole file
     * @param reason what is wrong
     */
    public CacheFormatException(Path file, long offset, String reason) {
        super(file + (offset >= 0 ? " (byte " + offset + ")" : "") + ": " + reason);
    }
}
