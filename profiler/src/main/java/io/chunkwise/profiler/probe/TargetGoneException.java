package io.chunkwise.profiler.probe;

import java.io.Serial;

/** The sampled process has exited: sampling ends, no row is recorded for this read. */
public final class TargetGoneException extends RuntimeException {
    @Serial
    private static final long serialVersionUID = 1L;

    /**
     * @param message which process, and how its absence was noticed
     */
    public TargetGoneException(String message) {
        super(message);
    }
}
