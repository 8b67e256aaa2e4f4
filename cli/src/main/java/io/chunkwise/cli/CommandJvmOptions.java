package io.chunkwise.cli;

import io.chunkwise.loader.io.ChunkLimits;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The JVM options of one command, as the launcher adds them (the file {@code bin/command-jvm-options}
 * of the installation, which says why), for the child runs of demo, profile and tune: a command
 * run as a child runs as a user would run it. The word {@value #TRAINED_CACHE} stands for the
 * command's own start-up cache, which the launcher trains: the child starts from it when it is there.
 */
public final class CommandJvmOptions {
    /** Where the table is, under the installation ({@code chunkwise.home}). */
    static final String FILE = "bin/command-jvm-options";
    /** The word for a command's own start-up cache, {@code cli/target/chunkwise-COMMAND.aot}. */
    static final String TRAINED_CACHE = "trained-cache";
    /** The user's JVM options, which the launcher puts after the table's, so they win. */
    static final String USER_OPTIONS = "CHUNKWISE_JAVA_OPTS";

    private CommandJvmOptions() {
    }

    /**
     * @param args a chunkwise command line
     * @return the options of its command; none when not run from an installation (tests, embedding)
     */
    public static List<String> of(List<String> args) {
        String home = System.getProperty("chunkwise.home");
        if (home == null) {
            return List.of();
        }
        Path table = Path.of(home, FILE);
        if (!Files.isRegularFile(table)) {
            return List.of();
        }
        try {
            return withoutOverridden(of(Files.readAllLines(table, StandardCharsets.UTF_8), args, Path.of(home)),
                    System.getenv(USER_OPTIONS));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + table + ": " + e.getMessage(), e);
        }
    }

    /**
     * @param table the lines of the table: {@code command option…}; blank lines and {@code #} comments skipped
     * @param args a chunkwise command line (root options such as {@code --verbose} before the command skipped)
     * @param home the installation, whose {@code cli/target} holds the commands' trained start-up caches
     * @return the options of its command, none when the table has no line for it; its trained
     *     cache as {@code -XX:AOTCache} when the launcher has made it (and {@code CHUNKWISE_AOT} is
     *     not {@code off}); for {@value BuildHeap#WORD}, the build's maximum heap ({@link BuildHeap}),
     *     for {@value BuildHeap#RECONCILE_WORD} a reconciliation's
     */
    static List<String> of(List<String> table, List<String> args, Path home) {
        List<String> options = new ArrayList<>();
        for (String word : words(table, args)) {
            if (word.equals(BuildHeap.WORD)) {
                List<String> commandArgs = args.subList(args.indexOf(command(args)) + 1, args.size());
                BuildHeap.option(commandArgs, ChunkLimits.defaultWorkers()).ifPresent(options::add);
                continue;
            }
            if (word.equals(BuildHeap.RECONCILE_WORD)) {
                BuildHeap.reconcileOption(ChunkLimits.defaultWorkers()).ifPresent(options::add);
                continue;
            }
            if (!word.equals(TRAINED_CACHE)) {
                options.add(word);
                continue;
            }
            Path cache = home.resolve("cli/target/chunkwise-" + command(args) + ".aot");
            if (!"off".equals(System.getenv("CHUNKWISE_AOT")) && Files.isRegularFile(cache)) {
                // as the launcher adds it: silenced, mapped where it was made
                options.addAll(List.of("-XX:AOTCache=" + cache, "-Xlog:aot=off", "-Xlog:cds=off",
                        "-XX:+UnlockDiagnosticVMOptions", "-XX:ArchiveRelocationMode=0"));
            }
        }
        return List.copyOf(options);
    }

    /**
     * A child inherits the user's options ({@value #USER_OPTIONS}) from its parent and gets the
     * table's after them, where a table's option would override the user's: such a table option
     * is dropped, so that the user's wins in a child as it does in the launcher's run.
     *
     * @param tableOptions the command's options from the table
     * @param userOptions the user's options, as the launcher splits them (on blanks), or null
     * @return the table's options the user does not set
     */
    static List<String> withoutOverridden(List<String> tableOptions, String userOptions) {
        if (userOptions == null || userOptions.isBlank()) {
            return tableOptions;
        }
        Set<String> userSets = Arrays.stream(userOptions.strip().split("\\s+")).map(CommandJvmOptions::name)
                .collect(Collectors.toSet());
        return tableOptions.stream().filter(o -> !userSets.contains(name(o))).toList();
    }

    /**
     * @return what an option sets, whatever its value: {@code -Xmx} for {@code -Xmx70m},
     *     {@code -XX:TieredCompilation} for {@code -XX:-TieredCompilation}, {@code -XX:AOTCache}
     *     for {@code -XX:AOTCache=FILE}
     */
    static String name(String option) {
        if (option.startsWith("-XX:")) {
            String flag = option.substring(4);
            flag = flag.startsWith("+") || flag.startsWith("-") ? flag.substring(1) : flag;
            int eq = flag.indexOf('=');
            return "-XX:" + (eq < 0 ? flag : flag.substring(0, eq));
        }
        if (option.matches("-X(mx|ms|ss|mn)\\S*")) {
            return option.substring(0, 4);
        }
        int eq = option.indexOf('=');
        return eq < 0 ? option : option.substring(0, eq);
    }

    /** @return the words after the command on its line, none when the table has no line for it */
    static List<String> words(List<String> table, List<String> args) {
        String command = command(args);
        if (command == null) {
            return List.of();
        }
        for (String line : table) {
            String[] words = line.strip().split("\\s+");
            if (!words[0].startsWith("#") && words[0].equals(command)) {
                return List.of(Arrays.copyOfRange(words, 1, words.length));
            }
        }
        return List.of();
    }

    /** @return the command of a command line: its first word that is not an option, or null */
    private static String command(List<String> args) {
        return args.stream().filter(a -> !a.startsWith("-")).findFirst().orElse(null);
    }
}
