package io.chunkwise.cli;

/** Process exit codes, fixed by the CLI contract in DESIGN.md. */
public final class ExitCodes {
    /** Success. */
    public static final int OK = 0;
    /** Nothing matched (lookup) or findings were reported (reconcile). */
    public static final int NOT_FOUND = 1;
    /** A usage mistake or bad input: one clear line on stderr, no stack trace. */
    public static final int USAGE = 2;
    /** {@code compare} found a regression. */
    public static final int REGRESSION = 3;
    /** A bug or an environment failure we did not anticipate. */
    public static final int INTERNAL = 4;

    private ExitCodes() {
    }
}
