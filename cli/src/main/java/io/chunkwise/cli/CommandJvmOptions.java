package io.chunkwise.cli;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;

/**
 * The JVM options of one command, as the launcher adds them (the file {@code bin/command-jvm-options}
 * of the installation, which says why), for the child runs of demo, profile and tune: a command
 * run as a child runs as a user would run it.
 */
public final class CommandJvmOptions {
    /** Where the table is, under the installation ({@code chunkwise.home}). */
    static final String FILE = "bin/command-jvm-options";

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
            return of(Files.readAllLines(table, StandardCharsets.UTF_8), args);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + table + ": " + e.getMessage(), e);
        }
    }

    /**
     * @param table the lines of the table: {@code command option…}; blank lines and {@code #} comments skipped
     * @param args a chunkwise command line (root options such as {@code --verbose} before the command skipped)
     * @return the options of its command, none when the table has no line for it
     */
    static List<String> of(List<String> table, List<String> args) {
        String command = args.stream().filter(a -> !a.startsWith("-")).findFirst().orElse(null);
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
}
