package io.chunkwise.dataset.sample;

import java.io.Serial;

/** The standard dataset refused to load because its estimate exceeds the free heap. */
public final class DatasetTooLargeException extends RuntimeException {
    @Serial
    private static final long serialVersionUID = 1L;

    /** @param message the estimate, the heap and what to do instead */
    public DatasetTooLargeException(String message) {
        super(message);
    }
}
