package io.chunkwise.cli;

import java.io.FileNotFoundException;
import java.io.UncheckedIOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.NoSuchFileException;
import java.util.List;
import picocli.CommandLine;
import picocli.CommandLine.IExecutionExceptionHandler;
import picocli.CommandLine.IParameterExceptionHandler;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.ParseResult;

/**
 * Turns exceptions into one line on stderr and an exit code. A user's mistake never shows a
 * stack trace; {@code --verbose} (or {@code CHUNKWISE_VERBOSE=1}) adds it for bug reports.
 */
final class ErrorHandler implements IExecutionExceptionHandler, IParameterExceptionHandler {

    /**
     * Library exception types that mean "the input is bad", mapped to exit code 2. Each library
     * module signals bad input with its own type; register it here.
     */
    private static final List<Class<?>> INPUT_ERRORS = List.of(new Class<?>[] {
        UserError.class,
        IllegalArgumentException.class,
        io.chunkwise.loader.csv.CsvParseException.class,
        io.chunkwise.loader.io.SourceChangedException.class,
        io.chunkwise.loader.index.IndexException.class,
        io.chunkwise.reports.read.ResultFileException.class,
        io.chunkwise.dataset.arrow.CacheFormatException.class,
        io.chunkwise.dataset.bars.BarsFormatException.class,
        io.chunkwise.dataset.sample.DatasetTooLargeException.class,
        io.chunkwise.profiler.async.AsyncProfilerUnavailableException.class,
        io.chunkwise.profiler.process.CommandStartException.class,
    });

    @Override
    public int handleParseException(ParameterException ex, String[] args) {
        CommandLine cmd = ex.getCommandLine();
        System.err.println(cmd.getCommandSpec().qualifiedName() + ": " + ex.getMessage()
                + " (see '" + cmd.getCommandSpec().qualifiedName() + " --help')");
        return ExitCodes.USAGE;
    }

    @Override
    public int handleExecutionException(Exception ex, CommandLine cmd, ParseResult parseResult) {
        boolean verbose = verbose(parseResult);
        String who = cmd.getCommandSpec().qualifiedName();
        Throwable cause = unwrap(ex);
        int code;
        String message;
        if (cause instanceof UserError user) {
            code = user.exitCode();
            message = user.getMessage();
        } else if (cause instanceof FileSystemException fs) {
            code = ExitCodes.USAGE;
            message = describe(fs);
        } else if (cause instanceof FileNotFoundException fnf) {
            code = ExitCodes.USAGE;
            message = fnf.getMessage();
        } else if (isInputError(cause)) {
            code = ExitCodes.USAGE;
            message = cause.getMessage();
        } else {
            code = ExitCodes.INTERNAL;
            message = "internal error: " + cause + (verbose ? "" : " (run with --verbose for the stack trace)");
        }
        System.err.println(who + ": " + message);
        if (verbose) {
            cause.printStackTrace(System.err);
        }
        return code;
    }

    private static Throwable unwrap(Throwable t) {
        Throwable c = t;
        while ((c instanceof UncheckedIOException || c instanceof java.util.concurrent.ExecutionException
                || c instanceof java.util.concurrent.CompletionException) && c.getCause() != null) {
            c = c.getCause();
        }
        return c;
    }

    private static boolean isInputError(Throwable t) {
        return INPUT_ERRORS.stream().anyMatch(type -> type.isInstance(t));
    }

    private static String describe(FileSystemException fs) {
        String file = fs.getFile();
        if (fs instanceof NoSuchFileException) {
            return "no such file: " + file;
        }
        if (fs instanceof AccessDeniedException) {
            return "permission denied: " + file;
        }
        String reason = fs.getReason() == null ? fs.getClass().getSimpleName() : fs.getReason();
        return "cannot access " + file + ": " + reason;
    }

    private static boolean verbose(ParseResult parseResult) {
        if ("1".equals(System.getenv("CHUNKWISE_VERBOSE"))) {
            return true;
        }
        for (ParseResult r = parseResult; r != null; r = r.subcommand()) {
            if (r.hasMatchedOption("--verbose")) {
                return true;
            }
        }
        return false;
    }
}
