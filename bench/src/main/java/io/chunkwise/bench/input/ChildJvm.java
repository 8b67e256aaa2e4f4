package io.chunkwise.bench.input;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.InterruptedIOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;

/**
 * Runs an {@link InputRecipe} in a child JVM (this JVM's {@code java}, class path and the flags the
 * benchmarks need), so that generating an input never adds to the memory a benchmark fork reports.
 * The child's output (stdout and stderr) is copied to {@code out}, each line prefixed; a child that
 * fails is an {@link IOException} with its exit code and last lines.
 */
public final class ChildJvm {
    /** The flags every benchmark fork is given: the generators map files and use Arrow as the forks do. */
    static final List<String> FLAGS = List.of("--add-opens=java.base/java.nio=ALL-UNNAMED",
            "--enable-native-access=ALL-UNNAMED", "--sun-misc-unsafe-memory-access=allow");
    /** Lines of a failed child's output quoted in the exception. */
    static final int TAIL_LINES = 10;

    private final PrintStream out;
    private final String prefix;

    /**
     * A runner whose children write to {@code out}.
     *
     * @param out where the child's lines go
     * @param prefix put before each of them, e.g. {@code "input secmaster-v1-….csv: "}
     */
    public ChildJvm(PrintStream out, String prefix) {
        this.out = out;
        this.prefix = prefix;
    }

    /**
     * Runs the recipe in a child JVM and waits for it.
     *
     * @param recipe the recipe's class (public, with a public no-argument constructor)
     * @param target the file it writes
     * @param args its arguments
     * @throws IOException when the child cannot start, or exits other than 0 (its exit code and last
     *     lines in the message), or this thread is interrupted while it runs (the child is then ended)
     */
    public void run(Class<? extends InputRecipe> recipe, Path target, List<String> args) throws IOException {
        Process child = new ProcessBuilder(command(recipe, target, args)).redirectErrorStream(true).start();
        child.getOutputStream().close(); // a recipe reads no input
        Deque<String> tail = new ArrayDeque<>();
        try {
            try (BufferedReader lines = new BufferedReader(
                    new InputStreamReader(child.getInputStream(), StandardCharsets.UTF_8))) {
                for (String line = lines.readLine(); line != null; line = lines.readLine()) {
                    out.println(prefix + line);
                    if (tail.size() == TAIL_LINES) {
                        tail.removeFirst();
                    }
                    tail.addLast(line);
                }
            }
            int exit = child.waitFor();
            if (exit != 0) {
                throw new IOException(recipe.getSimpleName() + " exited with " + exit
                        + (tail.isEmpty() ? " and no output" : ": " + String.join(" | ", tail)));
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new InterruptedIOException("interrupted while " + recipe.getSimpleName() + " wrote " + target);
        } finally {
            child.destroyForcibly();
        }
    }

    /**
     * The child's command line.
     *
     * @param recipe the recipe's class
     * @param target the file it writes
     * @param args its arguments
     * @return {@code java FLAGS -cp CLASS_PATH RecipeMain RECIPE TARGET ARGS…}
     */
    static List<String> command(Class<? extends InputRecipe> recipe, Path target, List<String> args) {
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        command.addAll(FLAGS);
        command.add("-cp");
        command.add(System.getProperty("java.class.path"));
        command.add(RecipeMain.class.getName());
        command.add(recipe.getName());
        command.add(target.toAbsolutePath().toString());
        command.addAll(args);
        return command;
    }
}
