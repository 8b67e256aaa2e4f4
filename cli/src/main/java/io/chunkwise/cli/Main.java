package io.chunkwise.cli;

import java.io.PrintStream;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.ServiceConfigurationError;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;
import picocli.CommandLine;

/** Entry point of the {@code chunkwise} launcher. */
public final class Main {
    /** Options that size a command's buffers, named in the advice after an OutOfMemoryError. */
    private static final List<String> MEMORY_OPTIONS =
            List.of("--memory-budget", "--chunk-size", "--workers", "--batch", "--prefetch", "--batch-rows");

    private Main() {
    }

    /**
     * Runs the CLI and exits with its exit code.
     *
     * @param args the command line
     */
    public static void main(String[] args) {
        Outcome outcome = execute(args);
        ProcessEnd.exit(checkOutput(outcome.code(), System.out, System.err), outcome.hooksHaveNoWork());
    }

    /**
     * A print stream keeps its write errors to itself: a result that could not be written (a full
     * disk, a closed pipe) must not exit as if it had been. The JSON result goes to stdout, the
     * human one to stderr; either lost is lost output.
     *
     * @param code the command's exit code
     * @param out where a JSON result went
     * @param err where a human result went, and where to say that one was lost
     * @return the exit code, 2 when the output was lost and the command had not failed already
     */
    static int checkOutput(int code, PrintStream out, PrintStream err) {
        boolean outLost = out.checkError();
        if (!outLost && !err.checkError()) {
            return code;
        }
        err.println("chunkwise: the output could not all be written to standard "
                + (outLost ? "output" : "error") + " (a full disk or a closed pipe)");
        return code == ExitCodes.OK || code == ExitCodes.NOT_FOUND ? ExitCodes.USAGE : code;
    }

    /**
     * Runs the CLI without exiting, for tests and embedding.
     *
     * @param args the command line
     * @return the exit code
     */
    public static int run(String... args) {
        return execute(args).code();
    }

    /**
     * How a run ended.
     *
     * @param code its exit code
     * @param hooksHaveNoWork whether the shutdown hooks have nothing to do ({@link ProcessEnd})
     */
    record Outcome(int code, boolean hooksHaveNoWork) {
    }

    /**
     * Runs the CLI without exiting. The check of the shutdown hooks is made on every run, also the
     * start-up caches' training runs, so that its classes are in the caches.
     *
     * @param args the command line
     * @return its exit code and whether the hooks have work left
     */
    static Outcome execute(String... args) {
        CommandLine cmd = commandLine(args);
        int code;
        try {
            code = cmd.execute(args);
        } catch (OutOfMemoryError e) {
            // Picocli hands Errors through; this one is a configuration matter, so one line, no trace.
            System.err.println("chunkwise: out of memory (" + e.getMessage() + "); raise the heap with "
                    + "CHUNKWISE_JAVA_OPTS=-Xmx…" + memoryOptions(cmd));
            code = ExitCodes.INTERNAL;
        } catch (LinkageError | ServiceConfigurationError e) {
            // also handed through: jars replaced under this JVM, or a broken build; one line, not a trace
            System.err.println("chunkwise: " + ClassesGone.describe(e));
            if (ErrorHandler.verbose(cmd.getParseResult())) {
                e.printStackTrace(System.err);
            }
            code = ExitCodes.INTERNAL;
        }
        return new Outcome(code, ProcessEnd.hooksHaveNoWork(cmd));
    }

    /** @return the advice to lower the memory options the command that ran has, if it has any */
    private static String memoryOptions(CommandLine cmd) {
        CommandLine.ParseResult parsed = cmd.getParseResult();
        if (parsed == null) {
            return "";
        }
        while (parsed.hasSubcommand()) {
            parsed = parsed.subcommand();
        }
        CommandLine.Model.CommandSpec spec = parsed.commandSpec();
        List<String> has = MEMORY_OPTIONS.stream().filter(o -> spec.findOption(o) != null).toList();
        return has.isEmpty() ? "" : " or lower " + String.join(" / ", has);
    }

    /** @return the configured command line with every subcommand */
    static CommandLine commandLine() {
        return commandLine(new String[0]);
    }

    /**
     * @param args the command line to run
     * @return the configured command line, with converters and error handling: with only the
     *     subcommand {@code args} name, or every one (for help, root options and unknown words)
     */
    static CommandLine commandLine(String... args) {
        // No Groovy closures in our annotations: without this, picocli looks for groovy.lang.Closure
        // on start-up, and a class that is not there is looked for in every jar of the class path
        // (37 ms of a small reconcile's main thread, measured with async-profiler on a busy machine)
        System.setProperty("picocli.disable.closures", "true");
        ErrorHandler errors = new ErrorHandler();
        CommandLine cmd = new CommandLine(new ChunkwiseCommand());
        Optional<Class<?>> named = args.length == 0 || args[0].equals("help") ? Optional.empty() : Subcommands.named(args[0]);
        for (Class<?> sub : named.map(List::<Class<?>>of).orElse(Subcommands.ALL)) {
            cmd.addSubcommand(sub);
        }
        cmd.registerConverter(ByteSize.class, text -> converted(() -> ByteSize.parse(text)));
        cmd.registerConverter(Duration.class, text -> converted(() -> Durations.parse(text)));
        cmd.registerConverter(Instant.class, text -> converted(() -> Instants.parse(text)));
        cmd.registerConverter(Pattern.class, text -> converted(() -> regex(text)));
        // every path, input or not: a parameter that forgets a converter still gets this one (PathConverterTest)
        cmd.registerConverter(Path.class, new PathConverter());
        // An argument is what it says: picocli's @FILE expansion would hide options from the launcher,
        // which sizes an index build's heap and picks a command's JVM options from the command line
        cmd.setExpandAtFiles(false);
        cmd.setExecutionExceptionHandler(errors);
        cmd.setParameterExceptionHandler(errors);
        cmd.setCaseInsensitiveEnumValuesAllowed(true);
        // The last of a repeated option wins, as in GNU tools: a script's defaults can be followed
        // by a run's own (`$DEFAULTS --workers 4`), and a wrapper's --json added to a user's is harmless.
        cmd.setOverwrittenOptionsAllowed(true);
        shareVersion(cmd, cmd.getCommandSpec().versionProvider());
        return cmd;
    }

    /** Every subcommand's {@code --version} prints the root's: picocli gives them none of their own. */
    private static void shareVersion(CommandLine cmd, CommandLine.IVersionProvider version) {
        for (CommandLine sub : cmd.getSubcommands().values()) {
            sub.getCommandSpec().versionProvider(version);
            shareVersion(sub, version);
        }
    }

    /**
     * @param text a regular expression
     * @return it compiled
     * @throws IllegalArgumentException naming the error on one line (the exception's own message
     *     spans three, with the pattern and a caret)
     */
    private static Pattern regex(String text) {
        try {
            return Pattern.compile(text);
        } catch (PatternSyntaxException e) {
            throw new IllegalArgumentException("not a regular expression: " + e.getDescription()
                    + (e.getIndex() >= 0 ? " at index " + e.getIndex() : ""));
        }
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
