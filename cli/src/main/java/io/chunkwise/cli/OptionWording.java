package io.chunkwise.cli;

import io.chunkwise.loader.index.KeyColumns;
import java.util.List;
import java.util.function.Function;
import java.util.regex.MatchResult;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The command line's words for what library messages ask of their caller. A library message names
 * a setting as a library user knows it ("set the delimiter to '|'", "raise the maximum heap"); on
 * the command line that setting is an option, so the CLI says the option instead. One table, applied
 * to every library message the CLI prints (errors by {@link ErrorHandler}, notices by the commands
 * that pass a library's advice on); a library phrase without a rule here is printed as written.
 */
public final class OptionWording {
    private record Rule(Pattern library, Function<MatchResult, String> cli) {
    }

    /** A column of a bars file, named in library messages by its field's label. */
    private static final String BAR_FIELD = "(timestamp|date|time|open|high|low|close|volume)";

    /** In order: a more specific phrase before the general one it contains. */
    private static final List<Rule> RULES = List.of(
            // loader-core: a master's dialect and key columns, the index's heap and path
            rule("leave the delimiter unset, or set the delimiter to", "leave out --delimiter, or give --delimiter"),
            rule("leave the delimiter unset to", "leave out --delimiter to"),
            rule("set the delimiter to ','", "leave out --delimiter, or give --delimiter ','"),
            regex("set the delimiter to ('[^']*')", "add --delimiter $1"),
            regex("set the delimiter explicitly to ('[^']*')", "give --delimiter $1"),
            rule(KeyColumns.NAME_A_KEY_COLUMN, "name one with --cusip-column, --isin-column or --symbol-column"),
            // the no-key-column error's likely columns, each with the option that selects it
            rule(Pattern.compile("([;,] '([^']*)' (?:looks like )?the (cusip|isin|symbol) column)(?! \\(--)"),
                    m -> m.group(1) + " (--" + m.group(3) + "-column '" + m.group(2) + "')"),
            regex("name the (cusip|isin|symbol) column explicitly", "name it with --$1-column NAME"),
            rule("lower the memory budget, the worker count or the chunk size", "lower --memory-budget, --workers or --chunk-size"),
            rule("lower the memory budget and the worker count or the chunk size", "lower --memory-budget and --workers or --chunk-size"),
            rule("lower the worker count or the chunk size", "lower --workers or --chunk-size"),
            // the chunked strategy's: it has no workers
            rule("lower the memory budget, the chunk size", "lower --memory-budget, --chunk-size"),
            rule("lower the memory budget and the chunk size", "lower --memory-budget and --chunk-size"),
            rule("lower the chunk size", "lower --chunk-size"),
            rule("lower the memory budget", "lower --memory-budget"),
            regex("^memory budget must", "--memory-budget must"),
            rule("choose another index path", "choose another index path with --index"),
            // dataset-core: a bars file's layout
            rule("read the file with a decimal comma", "add --decimal-comma"),
            rule("if the file has no volumes, leave the volume out", "if the file has no volumes, add --volume-column none"),
            rule("but the decimal comma is on", "but --decimal-comma is on"),
            rule("or set the time zone)", "or give the zone with --timezone)"),
            rule("e.g. timestamp 1, open 2, high 3, low 4, close 5 [, volume 6], or date 1 and time 2 for a split date and time",
                    "e.g. --timestamp-column 1 --open-column 2 --high-column 3 --low-column 4 --close-column 5"
                            + " [--volume-column 6], or --date-column 1 --time-column 2 for a split date and time"),
            rule("name either the timestamp column or the date and time columns",
                    "give either --timestamp-column or --date-column and --time-column"),
            rule("(name the date and time columns)", "(name them with --date-column and --time-column)"),
            regex("\\(named as the " + BAR_FIELD + " column\\)", "(named by --$1-column)"),
            regex("the " + BAR_FIELD + " column ('[^']*' must be a column number)", "--$1-column $2"),
            regex("name the " + BAR_FIELD + " column by number", "name it by number with --$1-column N"),
            regex("choose one as the " + BAR_FIELD + " column", "choose one with --$1-column NAME"),
            regex("name the " + BAR_FIELD + " column\\b", "name it with --$1-column NAME"),
            regex("the symbol (\\S+) was chosen, which needs", "--symbol $1 needs"),
            regex("choose one symbol \\(such as ([^)]*)\\)", "choose one with --symbol $1"),
            rule("; if line 1 is a header, say the file has one", "; add --header if line 1 is a header"),
            rule(", or name the columns by number", ", or name columns by number (--open-column 2)"),
            rule("do not say the file has a header", "drop --header"),
            rule("if it is a header, do not say the file has none", "if it is a header, drop --no-header"),
            rule("if the file has no header, say so", "if the file has no header, add --no-header"),
            rule("a bars CSV? build a cache from it first", "a bars CSV? build the cache from it with 'chunkwise dataset cache'"),
            rule("; open it as a cache, not as bars", "; iterate it with 'chunkwise dataset iterate'"),
            rule("(a Chunkwise cache by building it again from its bars)", "(a Chunkwise cache with 'chunkwise dataset cache')"),
            rule("(a Chunkwise cache by building it again from its bars, which", "(a Chunkwise cache with 'chunkwise dataset cache', which"),
            regex("^symbol must not be empty", "--symbol must not be empty"),
            regex("^delimiter must be one", "--delimiter must be one"),
            // dataset-core: samples, batches and the loader
            regex("^chunk size (must be|\\d)", "--chunk-size $1"),
            regex("^batch size must", "--batch must"),
            regex("^worker count must", "--workers must"),
            regex("^workers must", "--workers must"),
            regex("^prefetch must", "--prefetch must"),
            regex("^start batch", "--start-batch"),
            regex("^features name a column twice", "--features names a column twice"),
            regex("^window must", "--window must"),
            regex("^horizon must", "--horizon must"),
            // a value to give again, so written as the option takes it: 2979, not 2,979
            rule(Pattern.compile("; the longest window it holds with that horizon is ([\\d,]+)"),
                    m -> "; the longest it holds with that --horizon is --window " + m.group(1).replace(",", "")),
            rule("; no window fits with that horizon", "; no --window fits with that --horizon"),
            regex("^shuffle block must", "--shuffle-block must"),
            rule("raise the shuffle block size", "raise --shuffle-block"),
            rule("lower the batch size or the window", "lower --batch or --window"),
            rule("the batch size, the window, the prefetch, the worker count or the chunk size",
                    "--batch, --window, --prefetch, --workers or --chunk-size"),
            rule("use the iterable dataset", "use --mode iterable (or auto)"),
            regex("^batch rows must", "--batch-rows must"),
            regex(": batch rows (\\S+)(, capped at the file's \\S+ lines,)? need ", ": --batch-rows $1$2 needs "),
            rule("lower the batch rows", "lower --batch-rows"),
            // reports
            rule("measure 3 runs of each to gauge noise", "rerun with --runs 3 to gauge noise"),
            // every module: the heap is a JVM option, given to the launcher
            rule("raise the maximum heap", "raise the heap (-Xmx, e.g. CHUNKWISE_JAVA_OPTS=-Xmx2g)"));

    private OptionWording() {
    }

    private static Rule rule(String library, String cli) {
        return new Rule(Pattern.compile(Pattern.quote(library)), m -> Matcher.quoteReplacement(cli));
    }

    private static Rule regex(String library, String cli) {
        return new Rule(Pattern.compile(library), m -> cli);
    }

    /** A rule whose option text is computed from the match (a number rewritten as the option takes it). */
    private static Rule rule(Pattern library, Function<MatchResult, String> cli) {
        return new Rule(library, m -> Matcher.quoteReplacement(cli.apply(m)));
    }

    /**
     * @param message a library's message
     * @return it with each setting it names replaced by the option that sets it
     */
    public static String of(String message) {
        if (message == null) {
            return null;
        }
        String s = message;
        for (Rule r : RULES) {
            s = r.library.matcher(s).replaceAll(r.cli);
        }
        return s;
    }
}
