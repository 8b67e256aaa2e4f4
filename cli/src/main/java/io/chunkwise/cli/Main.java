package io.chunkwise.cli;

import java.time.Duration;
import picocli.CommandLine;

/** Entry point of the {@code chunkwise} launcher. */
public final class Main {
    private Main() {
    }

    /**
     * Runs the CLI and exits with its exit code.
     *
     * @param args the command line
     */
    public static void main(String[] args) {
        System.exit(run(args));
    }

    /**
     * Runs the CLI without exiting, for tests and embedding.
     *
     * @param args the command line
     * @return the exit code
     */
    public static int run(String... args) {
        try {
            return commandLine().execute(args);
        } catch (OutOfMemoryError e) {
            // Picocli hands Errors through; this one is a configuration matter, so one line, no trace.
            System.err.println("chunkwise: out of memory (" + e.getMessage() + "); raise the heap with "
                    + "CHUNKWISE_JAVA_OPTS=-Xmx… or lower --memory-budget / --chunk-size / --workers");
            return ExitCodes.INTERNAL;
        }
    }

    /** @return the configured command line, with converters and error handling */
    static CommandLine commandLine() {
        ErrorHandler errors = new ErrorHandler();
        CommandLine cmd = new CommandLine(new ChunkwiseCommand());
        cmd.registerConverter(ByteSize.class, text -> converted(() -> ByteSize.parse(text)));
        cmd.registerConverter(Duration.class, text -> converted(() -> Durations.parse(text)));
        cmd.setExecutionExceptionHandler(errors);
        cmd.setParameterExceptionHandler(errors);
        cmd.setCaseInsensitiveEnumValuesAllowed(true);
        return cmd;
    }

    /** Reports a bad option value as picocli's own conversion error: one line, no exception name. */
    private static <T> T converted(java.util.function.Supplier<T> parse) {
        try {
            return parse.get();
        } catch (IllegalArgumentException e) {
            throw new CommandLine.TypeConversionException(e.getMessage());
        }
    }
}
