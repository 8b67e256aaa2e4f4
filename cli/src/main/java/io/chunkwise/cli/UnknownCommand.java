package io.chunkwise.cli;

import java.util.Collection;
import picocli.CommandLine;

/**
 * The words for a command line that names a command which is not there, at any depth ({@code
 * chunkwise Index}, {@code chunkwise generate nosuch}, {@code chunkwise help generate nosuch}):
 * "unknown command 'x'", with the command of that name in other case when there is one. Picocli's
 * own ("Unmatched argument at index 1", "Unknown subcommand") say the same less plainly.
 */
final class UnknownCommand {
    private UnknownCommand() {
    }

    /**
     * @param word the word that names no command
     * @param parent the command it was looked for under
     * @return "unknown command 'x'", "…; did you mean 'y'?", or, under a command that has none,
     *     that it has no subcommands
     */
    static String describe(String word, CommandLine parent) {
        Collection<String> names = names(parent);
        if (names.isEmpty()) {
            return "unknown command '" + word + "': " + parent.getCommandSpec().qualifiedName() + " has no subcommands";
        }
        String near = names.stream().filter(n -> n.equalsIgnoreCase(word)).findFirst()
                .map(n -> "; did you mean '" + n + "'?").orElse("");
        return "unknown command '" + word + "'" + near;
    }

    /**
     * @return whether the command takes subcommands: the root always does, though a command line
     *     built for one command holds only that one ({@link Main#commandLine(String...)})
     */
    static boolean takesCommands(CommandLine cmd) {
        return !names(cmd).isEmpty();
    }

    private static Collection<String> names(CommandLine cmd) {
        if (cmd.getParent() == null) {
            return Subcommands.names();
        }
        return cmd.getSubcommands().keySet();
    }
}
