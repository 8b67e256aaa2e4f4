package io.chunkwise.cli;

import java.util.List;
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
    private record Rule(Pattern library, String cli) {
    }

    /** In order: a more specific phrase before the general one it contains. */
    private static final List<Rule> RULES = List.of(
            rule("set the delimiter to ','", "leave out --delimiter, or give --delimiter ','"),
            new Rule(Pattern.compile("set the delimiter to ('[^']*')"), "add --delimiter $1"),
            rule("name the key columns explicitly", "name one with --cusip-column, --isin-column or --symbol-column"),
            rule("name the symbol column explicitly", "name it with --symbol-column NAME"),
            rule("lower the memory budget, the worker count or the chunk size", "lower --memory-budget, --workers or --chunk-size"),
            rule("lower the memory budget and the worker count or the chunk size", "lower --memory-budget and --workers or --chunk-size"),
            rule("lower the worker count or the chunk size", "lower --workers or --chunk-size"),
            rule("lower the memory budget", "lower --memory-budget"),
            rule("choose another index path", "choose another index path with --index"),
            rule("raise the maximum heap", "raise the heap (-Xmx, e.g. CHUNKWISE_JAVA_OPTS=-Xmx2g)"));

    private OptionWording() {
    }

    private static Rule rule(String library, String cli) {
        return new Rule(Pattern.compile(Pattern.quote(library)), Matcher.quoteReplacement(cli));
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
