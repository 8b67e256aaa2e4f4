package io.chunkwise.cli.startup;

import io.chunkwise.cli.Main;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;

/**
 * The training run of the launcher's start-up cache (JDK 25's AOT cache, JEP 483): the common
 * commands, run in one JVM on small generated files, so that the cache holds their classes loaded
 * and linked. {@code ./chunkwise} runs this once per build with {@code -XX:AOTCacheOutput}; later
 * runs start from the cache (a lookup's wall time falls by about a quarter). Not a command:
 * nothing a user calls.
 */
public final class TrainingRun {
    private TrainingRun() {
    }

    /**
     * Runs the training commands in a temporary directory, which it deletes; exits 1 if any failed.
     *
     * @param args none
     * @throws IOException if the temporary directory cannot be made or removed
     */
    public static void main(String[] args) throws IOException {
        Path dir = Files.createTempDirectory("chunkwise-training");
        List<String> failures;
        try {
            failures = run(dir);
        } finally {
            delete(dir);
        }
        failures.forEach(f -> System.err.println("chunkwise training run: " + f));
        System.exit(failures.isEmpty() ? 0 : 1);
    }

    /**
     * Runs the training commands, their output discarded.
     *
     * @param dir an empty directory for the files they make
     * @return one line for each command that failed (exit code above 1), naming it
     */
    static List<String> run(Path dir) {
        PrintStream out = System.out;
        PrintStream err = System.err;
        PrintStream discard = new PrintStream(OutputStream.nullOutputStream(), false, StandardCharsets.UTF_8);
        System.setOut(discard);
        System.setErr(discard);
        List<String> failures = new ArrayList<>();
        try {
            for (List<String> command : commands(dir)) {
                int code = Main.run(command.toArray(String[]::new));
                if (code > 1) {
                    failures.add("exit " + code + " from " + String.join(" ", command));
                }
            }
        } finally {
            System.setOut(out);
            System.setErr(err);
        }
        return failures;
    }

    /** The commands, on files the first ones generate; both output styles, since both are common. */
    private static List<List<String>> commands(Path dir) {
        String master = dir.resolve("master.csv").toString();
        String log = dir.resolve("orders.fix").toString();
        String bars = dir.resolve("bars.csv").toString();
        String cache = dir.resolve("bars.arrow").toString();
        return List.of(
                List.of("--version"),
                List.of("generate", "secmaster", "--rows", "10000", "--seed", "1", "-o", master, "--json"),
                List.of("index", master, "--strategy", "mmap", "--index", dir.resolve("mmap.cwx").toString()),
                List.of("index", master, "--strategy", "parallel", "--json"),
                List.of("scan", master, "--json"),
                List.of("lookup", master, "--symbol", "A"),
                List.of("lookup", master, "--cusip", "000000000", "--json"),
                List.of("generate", "fixlog", "--master", master, "--messages", "100000", "-o", log, "--json"),
                List.of("fixscan", log, "--json"),
                List.of("reconcile", "--master", master, "--fix", log, "--json"),
                List.of("reconcile", "--master", master, "--fix", log, "--out", dir.resolve("found.csv").toString()),
                List.of("generate", "fxbars", "--rows", "10000", "-o", bars, "--json"),
                List.of("dataset", "cache", bars, "-o", cache, "--json"),
                List.of("dataset", "iterate", cache, "--mode", "iterable", "--json"));
    }

    private static void delete(Path dir) throws IOException {
        try (Stream<Path> files = Files.walk(dir)) {
            files.sorted(Comparator.reverseOrder()).forEach(p -> {
                try {
                    Files.delete(p);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
        }
    }
}
