package io.chunkwise.loader.index;

import java.io.Serial;
import java.nio.file.Path;

/** An index that cannot be used: corrupt, of another version, or stale for its source. */
public final class IndexException extends RuntimeException {
    @Serial
    private static final long serialVersionUID = 1L;

    private final boolean stale;

    /**
     * @param index the index file
     * @param reason why it cannot be used
     * @param stale whether it is merely out of date (rebuilding fixes it) rather than damaged
     */
    public IndexException(Path index, String reason, boolean stale) {
        super(index + ": " + reason);
        this.stale = stale;
    }

    /** @return whether the index is out of date for its source (rather than corrupt) */
    public boolean stale() {
        return stale;
    }
}
