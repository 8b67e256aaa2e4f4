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
    /** The smallest generated input: a few records, so that a benchmark has keys to sample. */
    private static final long MIN_SIZE = 4096;
    /** Our parameters, by name, and how each is read. */
    private static final Map<String, Consumer<String>> READERS = Map.ofEntries(
            Map.entry("size", v -> atLeast(Sizes.parse(v), MIN_SIZE)),
            Map.entry("chunkSize", v -> positive(Sizes.parse(v))),
            Map.entry("messages", v -> positive(Long.parseLong(v))),
            Map.entry("rows", v -> positive(Long.parseLong(v))),
            Map.entry("workers", v -> positive(Integer.parseInt(v))),
            Map.entry("chunkRows", v -> positive(Integer.parseInt(v))),
            Map.entry("threads", v -> positive(Integer.parseInt(v))),
            Map.entry("strategy", v -> constant(io.chunkwise.loader.load.LoaderStrategy.class, v)),
            Map.entry("mode", v -> constant(io.chunkwise.dataset.arrow.ReadMode.class, v)),
            Map.entry("scan", v -> constant(io.chunkwise.bench.fix.FixBenchmark.Scan.class, v)),
            Map.entry("sampling", v -> constant(io.chunkwise.bench.profiler.SamplerOverheadBenchmark.Sampling.class, v)));

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
        atLeast(n, 1);
    }

    private static void atLeast(long n, long least) {
        if (n < least) {
            throw new IllegalArgumentException("must be " + least + " or more");
        }
    }

    /** JMH reads an enum parameter with {@link Enum#valueOf}: the constant's name exactly, case included. */
    private static <E extends Enum<E>> void constant(Class<E> type, String value) {
        try {
            Enum.valueOf(type, value);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("not one of " + java.util.Arrays.stream(type.getEnumConstants())
                    .map(Enum::name).collect(java.util.stream.Collectors.joining(", ")) + " (as written, upper case)");
        }
    }
}
