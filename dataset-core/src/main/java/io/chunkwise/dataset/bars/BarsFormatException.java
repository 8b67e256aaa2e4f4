package io.chunkwise.dataset.bars;

import java.io.Serial;

/** A bars file that cannot be ingested at all (missing or wrong header, no rows). */
public final class BarsFormatException extends RuntimeException {
    @Serial
    private static final long serialVersionUID = 1L;

    /** @param message names the file, line, byte offset and reason */
    public BarsFormatException(String message) {
        super(message);
    }
}
