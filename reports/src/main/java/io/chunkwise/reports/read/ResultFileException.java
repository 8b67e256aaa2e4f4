package io.chunkwise.reports.read;

import java.io.Serial;
import java.nio.file.Path;

/**
 * A result file that cannot be used: missing, not the expected format, or empty. The message
 * names the file, and the line when one is known. The CLI maps it to exit code 2.
 */
public final class ResultFileException extends RuntimeException {
    @Serial
    private static final long serialVersionUID = 1L;

    private final transient Path file;
    private final long line;

    /**
     * A problem with a whole file.
     *
     * @param file the file concerned
     * @param reason what is wrong with it
     */
    public ResultFileException(Path file, String reason) {
        this(file, 0, reason);
    }

    /**
     * A problem at one line of a file.
     *
     * @param file the file concerned
     * @param line the 1-based line, or 0 when not known
     * @param reason what is wrong
     */
    public ResultFileException(Path file, long line, String reason) {
        super(file + (line > 0 ? ":" + line : "") + ": " + reason);
        this.file = file;
        this.line = line;
    }

    /**
     * A problem with a file, with the lower-level cause kept for --verbose.
     *
     * @param file the file concerned
     * @param reason what is wrong with it
     * @param cause the parser's exception
     */
    public ResultFileException(Path file, String reason, Throwable cause) {
        super(file + ": " + reason, cause);
        this.file = file;
        this.line = 0;
    }

    /** @return the file concerned */
    public Path file() {
        return file;
    }

    /** @return the 1-based line, or 0 when the problem concerns the whole file */
    public long line() {
        return line;
    }
}
