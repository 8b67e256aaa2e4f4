package io.chunkwise.cli;

import java.nio.file.Path;
import java.util.List;
import picocli.CommandLine.Model.ArgSpec;
import picocli.CommandLine.Model.CommandSpec;

/**
 * A path parameter's name as the user typed it: a {@link Path} drops a trailing {@code /}, so a
 * message built from it ({@code no such file: nope.csv}) names what was not typed ({@code nope.csv/}).
 */
public final class WrittenName {
    private WrittenName() {
    }

    /**
     * @param spec the command that parsed the path
     * @param path the value of one of its parameters or options
     * @return the word it was converted from, or the path's own string when none of the command's
     *     arguments holds it (a default, or a command run without parsing)
     */
    public static String of(CommandSpec spec, Path path) {
        for (ArgSpec arg : spec.args()) {
            List<String> typed = arg.originalStringValues();
            if (path.equals(arg.getValue()) && !typed.isEmpty()) {
                return typed.getLast();
            }
        }
        return path.toString();
    }
}
