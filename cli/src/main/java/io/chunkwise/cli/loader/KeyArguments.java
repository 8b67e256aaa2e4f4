package io.chunkwise.cli.loader;

import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.List;
import java.util.Stack;
import picocli.CommandLine.IParameterConsumer;
import picocli.CommandLine.Model.ArgSpec;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.OptionSpec;
import picocli.CommandLine.ParameterException;

/**
 * Takes the keys after {@code --cusip}, {@code --isin} or {@code --symbol}: one or more, as the
 * command's synopsis says ({@code lookup m.csv --cusip 037833100 594918104}), each option also
 * repeatable. The keys end at the next option, at {@code --}, or, while the file is still to come,
 * at a word that names an existing file or is the last word ({@code lookup --cusip A B m.csv}).
 * Each key is added to the option's list and told to the command in the order given, whatever its
 * kind (the results are printed in that order).
 */
public final class KeyArguments implements IParameterConsumer {
    /** Told each key as it is taken. */
    @FunctionalInterface
    public interface Listener {
        /**
         * @param option the option's longest name ({@code --cusip})
         * @param key the key as written
         */
        void key(String option, String key);
    }

    @Override
    public void consumeParameters(Stack<String> args, ArgSpec argSpec, CommandSpec commandSpec) {
        OptionSpec option = (OptionSpec) argSpec;
        String name = option.longestName();
        if (args.isEmpty()) {
            throw new ParameterException(commandSpec.commandLine(),
                    "Missing required parameter for option '" + name + "' (" + option.paramLabel() + ")", argSpec, null);
        }
        if (isOption(commandSpec, args.peek())) {
            throw new ParameterException(commandSpec.commandLine(),
                    "Expected parameter for option '" + name + "' but found '" + args.peek() + "'", argSpec, args.peek());
        }
        take(args.pop(), name, argSpec, commandSpec);
        while (!args.isEmpty() && !ends(args, commandSpec)) {
            take(args.pop(), name, argSpec, commandSpec);
        }
    }

    private static void take(String key, String option, ArgSpec argSpec, CommandSpec commandSpec) {
        List<String> keys = argSpec.getValue();
        keys.add(key);
        if (commandSpec.userObject() instanceof Listener listener) {
            listener.key(option, key);
        }
    }

    /** @return whether the next word is not a key of this option */
    private static boolean ends(Stack<String> args, CommandSpec commandSpec) {
        String next = args.peek();
        if (next.startsWith("-") && next.length() > 1) {
            return true; // an option, or the end of options: a key starting with '-' is given with its own option
        }
        boolean fileToCome = commandSpec.positionalParameters().stream().anyMatch(p -> p.getValue() == null);
        return fileToCome && (args.size() == 1 || existingFile(next));
    }

    private static boolean isOption(CommandSpec commandSpec, String word) {
        // findOption alone also matches a bare name: the symbol 'json' is a key, not --json
        int equals = word.indexOf('=');
        return word.startsWith("-") && (commandSpec.findOption(equals > 0 ? word.substring(0, equals) : word) != null
                || "--".equals(word));
    }

    private static boolean existingFile(String word) {
        try {
            return Files.isRegularFile(Path.of(word));
        } catch (InvalidPathException e) {
            return false;
        }
    }
}
