package io.chunkwise.profiler.async;

import java.io.Serial;

/** async-profiler cannot run here, or not in the mode asked for; the message says why. */
public final class AsyncProfilerUnavailableException extends RuntimeException {
    @Serial
    private static final long serialVersionUID = 1L;

    /**
     * @param message why, and what to do instead
     */
    public AsyncProfilerUnavailableException(String message) {
        super(message);
    }
}
