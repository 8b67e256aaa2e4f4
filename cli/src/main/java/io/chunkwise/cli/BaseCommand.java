package io.chunkwise.cli;

import java.io.PrintStream;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import java.util.function.Supplier;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/**
 * What every subcommand shares: {@code --json}, the split of stdout (JSON only) and stderr
 * (everything for people: results, notices, progress), and exit codes.
 */
public abstract class BaseCommand implements Callable<Integer> {
    @Mixin
    private OutputOptions output;

    @Spec
    private CommandSpec spec;

    /** @return whether {@code --json} was given */
    protected final boolean json() {
        return output.json();
    }

    /** @return this command's picocli model */
    protected final CommandSpec spec() {
        return spec;
    }

    /**
     * Prints a command's result: with {@code --json}, the JSON value on stdout; otherwise the human
     * text on stderr, as DESIGN's contract has it (stdout carries JSON and nothing else).
     *
     * @param jsonValue the value to render as JSON
     * @param humanText the same result for people, made only when it is printed: its formatting
     *     (number grouping, the locale's data) costs a short run of {@code --json} 15 ms otherwise
     */
    protected final void emit(Object jsonValue, Supplier<String> humanText) {
        PrintStream out = json() ? System.out : System.err;
        out.println(!json() ? humanText.get() : this instanceof PlainJsonResult ? Json.writePlain(jsonValue) : Json.write(jsonValue));
        out.flush();
    }

    /**
     * Refuses, with {@code --json}, an output that is standard output, where the JSON value must
     * stand alone; without {@code --json}, {@code /dev/stdout} is the way to send an output there.
     *
     * @param role how the user named the output, e.g. {@code --rejects}
     * @param output the output path, or {@code null} when the run writes none
     * @throws UserError when {@code --json} was given and the output is this process's stdout
     */
    protected final void requireOffJsonStdout(String role, Path output) {
        if (json()) {
            JsonStdout.refuse(role, output);
        }
    }

    /**
     * Prints a line for people on stderr (never on stdout, which may carry JSON).
     *
     * @param line the notice
     */
    protected static void notice(String line) {
        System.err.println(line);
    }
}
