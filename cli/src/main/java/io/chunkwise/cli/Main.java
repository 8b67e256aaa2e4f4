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
        return commandLine().execute(args);
    }

    /** @return the configured command line, with converters and error handling */
    static CommandLine commandLine() {
        ErrorHandler errors = new ErrorHandler();
        CommandLine cmd = new CommandLine(new ChunkwiseCommand());
        cmd.registerConverter(ByteSize.class, ByteSize::parse);
        cmd.registerConverter(Duration.class, Durations::parse);
        cmd.setExecutionExceptionHandler(errors);
        cmd.setParameterExceptionHandler(errors);
        cmd.setCaseInsensitiveEnumValuesAllowed(true);
        return cmd;
    }
}
