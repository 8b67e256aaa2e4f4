package io.chunkwise.cli;

import io.chunkwise.loader.io.FileArguments;
import io.chunkwise.loader.io.ScratchFiles;
import java.io.FileNotFoundException;
import java.io.UncheckedIOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.NoSuchFileException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
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
        io.chunkwise.loader.fix.FixLogFormatException.class,
        io.chunkwise.reports.read.ResultFileException.class,
        io.chunkwise.dataset.arrow.CacheFormatException.class,
        io.chunkwise.dataset.bars.BarsFormatException.class,
        io.chunkwise.dataset.ingest.TooFewRowsException.class,
        io.chunkwise.dataset.sample.DatasetTooLargeException.class,
        io.chunkwise.profiler.async.AsyncProfilerUnavailableException.class,
        io.chunkwise.profiler.process.CommandStartException.class,
    });

    @Override
    public int handleParseException(ParameterException ex, String[] args) {
        CommandLine cmd = ex.getCommandLine();
        String name = cmd.getCommandSpec().qualifiedName();
        String hint = ex instanceof CommandLine.UnmatchedArgumentException unmatched ? suggestions(cmd, unmatched.getUnmatched())
                : dashedWords(cmd, args);
        String unknown = unknownCommand(ex, cmd, args);
        System.err.println(name + ": " + (unknown != null ? unknown : lowerCaseChoices(ex.getMessage()) + hint) + " (see '" + name
                + " --help')");
        return ExitCodes.USAGE;
    }

    private static final Pattern ENUM_CHOICES = Pattern.compile("expected one of \\[([A-Z0-9_, ]+)] \\(case-insensitive\\)");

    /**
     * @return picocli's words for a value no enum constant matches, with the choices as --help and the README
     *     write them ({@code expected one of full, chunked, mmap, parallel}), not as Java names them
     *     ({@code [FULL, CHUNKED, MMAP, PARALLEL] (case-insensitive)}); any other message as it is
     */
    static String lowerCaseChoices(String message) {
        Matcher m = ENUM_CHOICES.matcher(message);
        return m.find() ? message.substring(0, m.start()) + "expected one of " + m.group(1).toLowerCase(Locale.ROOT)
                + message.substring(m.end()) : message;
    }

    /**
     * @return {@link UnknownCommand}'s words when the first word after a command that takes
     *     subcommands names none of them; else null
     */
    private static String unknownCommand(ParameterException ex, CommandLine cmd, String[] args) {
        if (!(ex instanceof CommandLine.UnmatchedArgumentException unmatched) || !UnknownCommand.takesCommands(cmd)) {
            return null;
        }
        // the root's command line may hold only the command a word named: every word is looked at
        List<String> words = cmd.getParent() == null ? Arrays.asList(args) : unmatched.getUnmatched();
        String word = words.stream().filter(a -> !a.startsWith("-")).findFirst().orElse(null);
        if (word == null || cmd.getSubcommands().containsKey(word)) {
            return null;
        }
        return UnknownCommand.describe(word, cmd);
    }

    /**
     * Names the words before {@code --} that look like options but are not the command's: picocli
     * reports a file named {@code -weird.csv} as a missing parameter, which hides what to do; and a
     * mistyped option ({@code --out} for {@code --output}) as the option it misses.
     *
     * @return "" or "; '--out' is not an option of …: did you mean --output?", and for a word near no
     *     option the way to pass a file whose name starts with '-'
     */
    private static String dashedWords(CommandLine cmd, String[] args) {
        List<String> unknown = new ArrayList<>();
        for (String arg : args) {
            if (arg.equals("--")) {
                break;
            }
            if (arg.length() > 1 && arg.startsWith("-") && !arg.matches("-\\d.*") && !isOption(cmd, arg)) {
                unknown.add(arg);
            }
        }
        String of = " is not an option of " + cmd.getCommandSpec().qualifiedName();
        StringBuilder hint = new StringBuilder();
        List<String> files = new ArrayList<>();
        for (String word : unknown) {
            Optional<String> meant = OptionSuggestion.of(cmd, word);
            if (meant.isPresent()) {
                hint.append("; '").append(word).append('\'').append(of).append(": did you mean ").append(meant.get()).append('?');
            } else {
                files.add("'" + word + "'");
            }
        }
        if (!files.isEmpty()) {
            hint.append("; ").append(String.join(", ", files)).append(of)
                    .append("; to pass a file whose name starts with '-', put -- before it or write it as ./NAME");
        }
        return hint.toString();
    }

    /** @return "" or "; did you mean --workers?" for the unknown words that are near an option ("--workerz") */
    private static String suggestions(CommandLine cmd, List<String> unmatched) {
        List<String> dashed = unmatched.stream().filter(w -> w.startsWith("-")).toList();
        List<String> meant = new ArrayList<>();
        for (String word : dashed) {
            OptionSuggestion.of(cmd, word).ifPresent(o -> meant.add(dashed.size() > 1 ? o + " for " + word : o));
        }
        return meant.isEmpty() ? "" : "; did you mean " + String.join(", ", meant) + "?";
    }

    /** @return whether the word names an option of the command or of a command above it */
    private static boolean isOption(CommandLine cmd, String word) {
        String name = word.contains("=") ? word.substring(0, word.indexOf('=')) : word;
        for (CommandLine c = cmd; c != null; c = c.getParent()) {
            if (c.getCommandSpec().optionsMap().containsKey(name)) {
                return true;
            }
        }
        return false;
    }

    @Override
    public int handleExecutionException(Exception ex, CommandLine cmd, ParseResult parseResult) {
        boolean verbose = verbose(parseResult);
        String who = cmd.getCommandSpec().qualifiedName();
        Throwable cause = unwrap(ex);
        int code;
        String message;
        String full = outputFailure(ex);
        if (StopNotice.stopped() || ScratchFiles.stopping() && StopNotice.pending()) {
            // the stop's own line says what was stopped; this failure is the stop's doing (a child it ended,
            // a scratch file it removed)
            return ExitCodes.INTERNAL;
        }
        if (ScratchFiles.stopping()) {
            // the stop removed the scratch files under the writer's feet: that, not a missing file, is the news
            code = ExitCodes.INTERNAL;
            message = "stopped (Ctrl-C or SIGTERM); its scratch files were removed";
        } else if (full != null) {
            code = ExitCodes.USAGE;
            message = full;
        } else if (cause instanceof UserError user) {
            code = user.exitCode();
            message = user.getMessage();
        } else if (cause instanceof FileSystemException fs) {
            code = ExitCodes.USAGE;
            // a library's own words name the file the user gave, not the scratch file beside it
            message = ownMessage(ex).orElseGet(() -> describe(fs));
        } else if (cause instanceof FileNotFoundException fnf) {
            code = ExitCodes.USAGE;
            message = fnf.getMessage();
        } else if (isInputError(cause)) {
            code = ExitCodes.USAGE;
            // a library names its settings; the user here has options
            message = OptionWording.of(cause.getMessage());
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

    /**
     * A full disk, or a pipe closed by its reader ({@code | head}), is the machine's state, not a
     * bug: named as such, by the outermost message that says so (wrappers name the file written).
     *
     * @return that message with what to do, or null when the failure was not one of these
     */
    private static String outputFailure(Throwable t) {
        for (Throwable c = t; c != null; c = c.getCause()) {
            String m = c.getMessage();
            if (m == null) {
                continue;
            }
            String text = m.replaceFirst("^java\\.io\\.IOException: ", "");
            if (m.contains("No space left on device") || m.contains("Disk quota exceeded")) {
                return text + " (free some space or write elsewhere)";
            }
            if (m.contains("Broken pipe")) {
                return text + " (the output's reader closed it before all was written)";
            }
        }
        return null;
    }

    /**
     * @return the message of the outermost {@link UncheckedIOException} that says more than its
     *     cause (a library's "cannot write rejects.csv: Read-only file system"), if any
     */
    private static Optional<String> ownMessage(Throwable t) {
        for (Throwable c = t; c != null; c = c.getCause()) {
            if (c instanceof UncheckedIOException u && u.getCause() != null
                    && !u.getCause().toString().equals(u.getMessage())) {
                return Optional.of(u.getMessage());
            }
        }
        return Optional.empty();
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
            return FileArguments.noSuchFile(String.valueOf(file));
        }
        if (fs instanceof AccessDeniedException) {
            return "permission denied: " + file;
        }
        String reason = fs.getReason() == null ? fs.getClass().getSimpleName() : fs.getReason();
        return "cannot access " + file + ": " + reason;
    }

    /**
     * @param parseResult the command line as parsed, or {@code null} when it was not
     * @return whether a stack trace is asked for: {@code --verbose} on any command, or {@code CHUNKWISE_VERBOSE=1}
     */
    static boolean verbose(ParseResult parseResult) {
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
