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
        super(file + ": " + what, cause);
    }

    private SourceChangedException(String message, Throwable cause) {
        super(message, cause);
    }

    /**
     * @param consequence what this meant for the output, e.g. {@code no index was published}
     * @return the same error, saying so
     */
    public SourceChangedException with(String consequence) {
        return new SourceChangedException(getMessage() + "; " + consequence, getCause());
    }
}
