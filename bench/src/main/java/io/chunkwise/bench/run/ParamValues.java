package io.chunkwise.bench.run;

import io.chunkwise.bench.input.Sizes;
import java.util.Map;
import java.util.function.Consumer;
import org.openjdk.jmh.runner.options.CommandLineOptionException;
import org.openjdk.jmh.runner.options.CommandLineOptions;

/**
 * Checks the values of our benchmarks' parameters given with {@code -p} before any fork starts: a
 * value a benchmark cannot read would otherwise fail inside a fork, after the trials before it, as
 * a stack trace and no results.
 */
public final class ParamValues {
    /** Our parameters, by name, and how each is read. */
    private static final Map<String, Consumer<String>> READERS = Map.of(
            "size", Sizes::parse,
            "chunkSize", Sizes::parse,
            "messages", v -> positive(Long.parseLong(v)),
            "rows", v -> positive(Long.parseLong(v)),
            "workers", v -> positive(Integer.parseInt(v)),
            "chunkRows", v -> positive(Integer.parseInt(v)),
            "threads", v -> positive(Integer.parseInt(v)));

    private ParamValues() {
    }

    /**
     * @param user the user's JMH options
     * @throws CommandLineOptionException naming the first parameter value that cannot be read
     */
    public static void check(CommandLineOptions user) throws CommandLineOptionException {
        for (Map.Entry<String, Consumer<String>> reader : READERS.entrySet()) {
            if (user.getParameter(reader.getKey()).hasValue()) {
                for (String value : user.getParameter(reader.getKey()).get()) {
                    try {
                        reader.getValue().accept(value);
                    } catch (IllegalArgumentException e) {
                        throw new CommandLineOptionException("-p " + reader.getKey() + "=" + value + ": "
                                + (e instanceof NumberFormatException ? "not a whole number" : e.getMessage()));
                    }
                }
            }
        }
    }

    private static void positive(long n) {
        if (n < 1) {
            throw new IllegalArgumentException("must be 1 or more");
        }
    }
}
