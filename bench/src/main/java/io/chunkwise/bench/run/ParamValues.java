package io.chunkwise.bench.run;

import io.chunkwise.bench.input.Sizes;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.SortedSet;
import java.util.TreeSet;
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

    /**
     * JMH ignores a {@code -p} name no benchmark has, so a misspelt one ({@code -p sise=1GiB})
     * would run the defaults as if asked for.
     *
     * @param jmhArgs the user's JMH arguments (JMH's parsed options do not list the names given)
     * @param suites the suites that will run
     * @throws CommandLineOptionException naming the first parameter none of their benchmarks has,
     *     and the ones they have
     */
    public static void checkNames(List<String> jmhArgs, Collection<Suite> suites) throws CommandLineOptionException {
        SortedSet<String> known = new TreeSet<>();
        suites.forEach(s -> known.addAll(s.parameterNames()));
        for (int i = 0; i + 1 < jmhArgs.size(); i++) {
            if (!jmhArgs.get(i).equals("-p")) {
                continue;
            }
            String name = jmhArgs.get(++i).split("=", 2)[0];
            if (!known.contains(name)) {
                String where = suites.size() == 1 ? "suite " + suites.iterator().next().id() : "these suites";
                throw new CommandLineOptionException("-p " + name + ": no benchmark of " + where
                        + " has a parameter of that name (" + (known.isEmpty() ? "they have none"
                        : "theirs: " + String.join(", ", known)) + ")");
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
