package io.chunkwise.profiler.output;

import java.util.List;
import java.util.regex.Pattern;

/**
 * A command's arguments as one line a POSIX shell reads back into the same arguments: an argument
 * is single-quoted only when it needs it ({@code sh -c 'exit 3'}, not {@code sh -c exit 3}, which
 * a shell would run as {@code sh -c exit} with {@code 3} as its {@code $0}), a quote inside written
 * as {@code '\''}, and an empty argument as {@code ''}.
 */
public final class ShellWords {
    /** Characters no POSIX shell treats specially anywhere in a word ({@code =} and {@code :} included). */
    private static final Pattern PLAIN = Pattern.compile("[A-Za-z0-9_@%+=:,./-]+");

    private ShellWords() {
    }

    /**
     * @param argv the arguments, the program first
     * @return them joined by spaces, each quoted where a shell would otherwise split, expand or drop it
     */
    public static String join(List<String> argv) {
        StringBuilder line = new StringBuilder();
        for (String arg : argv) {
            if (!line.isEmpty()) {
                line.append(' ');
            }
            line.append(quote(arg));
        }
        return line.toString();
    }

    /**
     * @param arg one argument
     * @return it as written when plain, else in single quotes (a {@code ~} or {@code #} only leads a word specially,
     *     but quoting them everywhere costs nothing and keeps the rule simple)
     */
    public static String quote(String arg) {
        if (PLAIN.matcher(arg).matches()) {
            return arg;
        }
        return "'" + arg.replace("'", "'\\''") + "'";
    }
}
