package io.chunkwise.bench.run;

import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.SortedSet;
import java.util.TreeSet;
import java.util.regex.Pattern;
import org.openjdk.jmh.runner.BenchmarkList;
import org.openjdk.jmh.runner.BenchmarkListEntry;
import org.openjdk.jmh.runner.format.OutputFormat;
import org.openjdk.jmh.runner.format.OutputFormatFactory;
import org.openjdk.jmh.runner.options.VerboseMode;

/**
 * A named group of benchmarks (one package under {@code io.chunkwise.bench}) and the parameter
 * values its {@code --quick} pass uses: the smallest inputs, so that every variant still runs.
 */
public enum Suite {
    /** Security-master index build, lookups, and the CSV peers. */
    LOADER(Map.of("size", List.of("64MiB"), "chunkSize", List.of("1MiB")), "interval=10"),
    /** FIX log scanning, reconciliation, and QuickFIX/J. */
    FIX(Map.of("messages", List.of("200000")), "interval=10"),
    /** FX bar datasets: standard vs iterable, Arrow reads, features. */
    DATASET(Map.of("rows", List.of("100000"), "chunkRows", List.of("4096")), "interval=10"),
    /**
     * The memory sampler's overhead. Its baseline must run without a sampler, so the memory
     * profiler samples only at iteration edges here.
     */
    PROFILER(Map.of(), "interval=0");

    /** The package every suite's benchmarks live under. */
    public static final String BASE_PACKAGE = "io.chunkwise.bench";

    private final Map<String, List<String>> quickParams;
    private final String memoryProfilerOptions;

    Suite(Map<String, List<String>> quickParams, String memoryProfilerOptions) {
        this.quickParams = quickParams;
        this.memoryProfilerOptions = memoryProfilerOptions;
    }

    /** @return the memory profiler's options for this suite, e.g. {@code interval=10} */
    public String memoryProfilerOptions() {
        return memoryProfilerOptions;
    }

    /** @return the suite's name on the command line and in file names, e.g. {@code loader} */
    public String id() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** @return the package holding this suite's benchmarks */
    public String packageName() {
        return BASE_PACKAGE + "." + id();
    }

    /** @return the names of the parameters ({@code @Param}) of this suite's benchmarks */
    public SortedSet<String> parameterNames() {
        OutputFormat silent = OutputFormatFactory.createFormatInstance(
                new PrintStream(OutputStream.nullOutputStream(), false, StandardCharsets.UTF_8), VerboseMode.SILENT);
        SortedSet<String> names = new TreeSet<>();
        for (BenchmarkListEntry b : BenchmarkList.defaultList().getAll(silent, List.of())) {
            if (b.getUsername().startsWith(packageName() + ".") && b.getParams().hasValue()) {
                names.addAll(b.getParams().get().keySet());
            }
        }
        return names;
    }

    /** @return the {@code @Param} overrides of a quick pass, by parameter name */
    public Map<String, List<String>> quickParams() {
        return quickParams;
    }

    /**
     * The JMH include pattern for this suite, optionally narrowed by the user's own patterns: a
     * benchmark runs when it is in the suite AND matches one of the user's patterns (JMH itself
     * ORs includes, so the user's patterns are folded into one lookahead).
     *
     * @param userPatterns JMH include regexes given on the command line, possibly empty
     * @return one regex for {@code Options.include}
     */
    public String include(List<String> userPatterns) {
        String suite = "^" + Pattern.quote(packageName() + ".");
        if (userPatterns.isEmpty()) {
            return suite;
        }
        return "^(?=.*(?:" + String.join(")|.*(?:", userPatterns) + "))" + suite.substring(1);
    }

    /**
     * Finds a suite by its name.
     *
     * @param id e.g. {@code loader}
     * @return the suite
     * @throws IllegalArgumentException for an unknown name, listing the known ones
     */
    public static Suite of(String id) {
        for (Suite s : values()) {
            if (s.id().equalsIgnoreCase(id)) {
                return s;
            }
        }
        throw new IllegalArgumentException("unknown suite '" + id + "' (expected one of "
                + String.join(", ", java.util.Arrays.stream(values()).map(Suite::id).toList()) + ")");
    }
}
