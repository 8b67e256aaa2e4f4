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
import java.util.Map;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.stream.Stream;

/**
 * The training runs of the launcher's start-up caches (JDK 25's AOT cache, JEP 483 and 515).
 * {@code ./chunkwise} runs them once per build with {@code -XX:AOTCacheOutput}; later runs start
 * from a cache. Not a command: nothing a user calls.
 * <ul>
 *   <li>No argument: the common commands, run in one JVM on small generated files, so that the
 *       cache holds their classes loaded and linked (a lookup's wall time falls by about a
 *       quarter). Trained without method profiles: profiles of small files made big runs slower.</li>
 *   <li>{@code prepare DIR}: generates a command's training files, in a JVM of its own, whose
 *       profiles no cache keeps.</li>
 *   <li>{@code COMMAND DIR}, for a command with a trained cache of its own ({@code trained-cache}
 *       in {@code bin/command-jvm-options}): that command alone on the prepared files, for a cache
 *       of its classes and method profiles; C2 then compiles its hot code from the training's
 *       profiles, not from the first seconds of the user's run. Alone, because the profiles of
 *       other commands would be mixed in at the code they share: a cache trained on generate,
 *       fixscan and reconcile together made a reconcile slower, not faster.</li>
 * </ul>
 */
public final class TrainingRun {
    /** The argument that generates the trained commands' files. */
    static final String PREPARE = "prepare";
    private static final String MASTER = "master.csv";
    private static final String LOG = "orders.fix";
    /** A log of a few messages, for a run with the human result: the classes only it uses are cached too. */
    private static final String FEW = "few.fix";
    /** The commands with a trained cache of their own, and their training runs. */
    private static final Map<String, Function<Path, List<List<String>>>> TRAINED = Map.of(
            "reconcile", TrainingRun::reconcile,
            "fixscan", TrainingRun::fixscan);

    private TrainingRun() {
    }

    /**
     * Runs training commands; exits 1 if any failed, 2 if the arguments are not a training run's.
     *
     * @param args none for the common commands (in a temporary directory, which is deleted);
     *     {@code prepare DIR}; or a trained command and the prepared directory
     * @throws IOException if the temporary directory cannot be made or removed
     */
    public static void main(String[] args) throws IOException {
        List<String> failures;
        if (args.length == 0) {
            Path dir = Files.createTempDirectory("chunkwise-training");
            try {
                failures = run(commands(dir));
            } finally {
                delete(dir);
            }
        } else if (args.length == 2 && (args[0].equals(PREPARE) || isTrained(args[0]))) {
            Path dir = Path.of(args[1]);
            failures = run(args[0].equals(PREPARE) ? prepare(dir) : TRAINED.get(args[0]).apply(dir));
        } else {
            System.err.println("chunkwise training run: expected no arguments, '" + PREPARE + " DIR' or one of "
                    + new TreeSet<>(TRAINED.keySet()) + " and DIR, not " + String.join(" ", args));
            System.exit(2);
            return;
        }
        failures.forEach(f -> System.err.println("chunkwise training run: " + f));
        System.exit(failures.isEmpty() ? 0 : 1);
    }

    /**
     * @param command a command's name
     * @return whether it has a trained cache of its own, with a training run here
     */
    public static boolean isTrained(String command) {
        return TRAINED.containsKey(command);
    }

    /**
     * Runs training commands, their output discarded.
     *
     * @param commands the command lines
     * @return one line for each command that failed (exit code above 1), naming it
     */
    static List<String> run(List<List<String>> commands) {
        PrintStream out = System.out;
        PrintStream err = System.err;
        PrintStream discard = new PrintStream(OutputStream.nullOutputStream(), false, StandardCharsets.UTF_8);
        System.setOut(discard);
        System.setErr(discard);
        List<String> failures = new ArrayList<>();
        try {
            for (List<String> command : commands) {
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

    /** The common commands, on files the first ones generate; both output styles, since both are common. */
    static List<List<String>> commands(Path dir) {
        String master = dir.resolve(MASTER).toString();
        String log = dir.resolve(LOG).toString();
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

    /**
     * The trained commands' files: a 200,000-message log against a 30,000-row master, indexed.
     * Enough for the hot loops to be compiled, with look-ups that miss the reconcile cache as a
     * large master's do (profiles of the common commands' training, 100,000 messages against
     * 10,000 rows, made a 2 M-message reconcile slower, not faster). And a log of 20 messages,
     * whose run adds no profile worth the name.
     */
    static List<List<String>> prepare(Path dir) {
        String master = dir.resolve(MASTER).toString();
        return List.of(
                List.of("generate", "secmaster", "--rows", "30000", "--seed", "1", "-o", master, "--json"),
                List.of("generate", "fixlog", "--master", master, "--messages", "200000", "-o",
                        dir.resolve(LOG).toString(), "--json"),
                List.of("generate", "fixlog", "--master", master, "--messages", "20", "-o",
                        dir.resolve(FEW).toString(), "--json"),
                List.of("index", master, "--json"));
    }

    /**
     * reconcile's training: the prepared log against the prepared master, with a JSON result (as in
     * CI gates), then the few messages with the human one. Without that second run, the classes only
     * the human result used were loaded from the JDK in every human run: 92 classes, 17 ms of a small
     * reconcile's main thread (async-profiler, wall clock; measured when it still wrote its numbers
     * through {@link java.util.Formatter}).
     */
    static List<List<String>> reconcile(Path dir) {
        String master = dir.resolve(MASTER).toString();
        return List.of(List.of("reconcile", "--master", master, "--fix", dir.resolve(LOG).toString(), "--json"),
                List.of("reconcile", "--master", master, "--fix", dir.resolve(FEW).toString()));
    }

    /** fixscan's training: the prepared log with a JSON result, then the few messages with the human one. */
    static List<List<String>> fixscan(Path dir) {
        return List.of(List.of("fixscan", dir.resolve(LOG).toString(), "--json"),
                List.of("fixscan", dir.resolve(FEW).toString()));
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
