package io.chunkwise.cli;

import java.io.Serial;

/**
 * A mistake of the user's (bad option value, missing file, unusable input): printed as one line,
 * never with a stack trace, and mapped to {@link ExitCodes#USAGE} unless another code is given.
 */
public final class UserError extends RuntimeException {
    @Serial
    private static final long serialVersionUID = 1L;

    private final int exitCode;

    /**
     * A user error with exit code 2.
     *
     * @param message what went wrong, naming the file or option concerned
     */
    public UserError(String message) {
        this(message, ExitCodes.USAGE);
    }

    /**
     * A user error with a chosen exit code.
     *
     * @param message what went wrong
     * @param exitCode the process exit code
     */
    public UserError(String message, int exitCode) {
        super(message);
        this.exitCode = exitCode;
    }

    /** @return the process exit code for this error */
    public int exitCode() {
        return exitCode;
    }
}
