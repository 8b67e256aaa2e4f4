package io.chunkwise.dataset.ingest;

import java.io.Serial;

/**
 * A bars file read to its end with too few accepted rows for the features' warm-up: no cache is
 * written, but every row was accepted or rejected, so the rejects handed on are complete.
 */
public final class TooFewRowsException extends RuntimeException {
    @Serial
    private static final long serialVersionUID = 1L;

    /** @param message names the file, the counts and the commonest reject */
    public TooFewRowsException(String message) {
        super(message);
    }
}
