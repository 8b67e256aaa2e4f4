package io.chunkwise.loader.io;

import java.io.Serial;
import java.nio.file.Path;

/** The input file changed (truncated, replaced, rewritten) while it was being read. */
public final class SourceChangedException extends RuntimeException {
    @Serial
    private static final long serialVersionUID = 1L;

    /**
     * @param file the file
     * @param what what happened to it
     * @param cause the fault seen, or {@code null}
     */
    public SourceChangedException(Path file, String what, Throwable cause) {
        super(file + ": " + what + "; no index was published", cause);
    }
}
