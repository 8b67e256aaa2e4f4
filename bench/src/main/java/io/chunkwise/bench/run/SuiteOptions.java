package io.chunkwise.bench.run;

import io.chunkwise.bench.input.InputCache;
import io.chunkwise.bench.memory.MemoryProfiler;
import io.chunkwise.bench.memory.ThroughputProfiler;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.openjdk.jmh.results.format.ResultFormatType;
import org.openjdk.jmh.runner.options.ChainedOptionsBuilder;
import org.openjdk.jmh.runner.options.CommandLineOptionException;
import org.openjdk.jmh.runner.options.CommandLineOptions;
import org.openjdk.jmh.runner.options.Options;
import org.openjdk.jmh.runner.options.OptionsBuilder;
import org.openjdk.jmh.runner.options.ProfilerConfig;

/**
 * Turns a {@link BenchRequest} into JMH {@link Options}: the user's JMH options first, then the
 * suite's include, the quick defaults for what the user left unset, the memory and throughput
 * profilers, fail-on-error off (unless given), and the fixed result file.
 */
public final class SuiteOptions {
    private SuiteOptions() {
    }

    /**
     * Builds the options.
     *
     * @param request the run
     * @param jmhArgs the user's JMH arguments, already rewritten (e.g. {@code -prof async})
     * @return the options for {@code new Runner(options)}
     * @throws CommandLineOptionException when the JMH arguments do not parse
     */
    public static Options build(BenchRequest request, List<String> jmhArgs) throws CommandLineOptionException {
        return build(request, jmhArgs, request.resultFile());
    }

    /**
     * Builds the options, with JMH writing its results to a file of the caller's choosing (a
     * scratch file renamed into place later).
     *
     * @param request the run
     * @param jmhArgs the user's JMH arguments, already rewritten (e.g. {@code -prof async})
     * @param resultFile where JMH writes its JSON
     * @return the options for {@code new Runner(options)}
     * @throws CommandLineOptionException when the JMH arguments do not parse
     */
    public static Options build(BenchRequest request, List<String> jmhArgs, Path resultFile)
            throws CommandLineOptionException {
        CommandLineOptions user = new CommandLineOptions(jmhArgs.toArray(String[]::new));
        Suite suite = request.suite();
        ChainedOptionsBuilder b = new OptionsBuilder().parent(user);
        // JMH ORs includes: the user's regexes narrow the suite through an exclude of everything else.
        if (user.getIncludes().isEmpty()) {
            b.include(suite.include(List.of()));
        }
        b.exclude(outsideSuite(suite));
        if (request.quick()) {
            if (!user.getForkCount().hasValue()) {
                b.forks(QuickSettings.FORKS);
            }
            if (!user.getWarmupIterations().hasValue()) {
                b.warmupIterations(QuickSettings.WARMUP_ITERATIONS);
            }
            if (!user.getWarmupTime().hasValue()) {
                b.warmupTime(QuickSettings.WARMUP_TIME);
            }
            if (!user.getMeasurementIterations().hasValue()) {
                b.measurementIterations(QuickSettings.MEASUREMENT_ITERATIONS);
            }
            if (!user.getMeasurementTime().hasValue()) {
                b.measurementTime(QuickSettings.MEASUREMENT_TIME);
            }
            for (Map.Entry<String, List<String>> p : suite.quickParams().entrySet()) {
                if (!user.getParameter(p.getKey()).hasValue()) {
                    b.param(p.getKey(), p.getValue().toArray(String[]::new));
                }
            }
        }
        if (request.memoryProfiler() && !hasProfiler(user.getProfilers(), MemoryProfiler.NAME)) {
            b.addProfiler(MemoryProfiler.class, suite.memoryProfilerOptions());
        }
        if (!hasProfiler(user.getProfilers(), ThroughputProfiler.NAME)) {
            b.addProfiler(ThroughputProfiler.class);
        }
        if (!user.shouldFailOnError().hasValue()) {
            // one benchmark that fails must not cost the results of the others: it is named instead
            b.shouldFailOnError(false);
        }
        List<String> prepend = new ArrayList<>();
        prepend.add("-D" + InputCache.PROPERTY + "=" + request.inputs().toAbsolutePath());
        if (request.nmt()) {
            prepend.add("-XX:NativeMemoryTracking=summary");
        }
        Collection<String> userPrepend = user.getJvmArgsPrepend().orElse(List.of());
        prepend.addAll(userPrepend);
        b.jvmArgsPrepend(prepend.toArray(String[]::new));
        b.result(resultFile.toString());
        b.resultFormat(ResultFormatType.JSON);
        return b.build();
    }

    /**
     * The user's JMH arguments limited to one suite, for JMH's listings that read the command line
     * rather than the options ({@code Runner.listWithParams}, behind {@code -lp}): the suite's
     * include when the user gave none, and an exclude of every benchmark outside the suite.
     *
     * @param suite the suite to list
     * @param jmhArgs the user's JMH arguments
     * @return the arguments parsed, narrowed to the suite
     * @throws CommandLineOptionException when the JMH arguments do not parse
     */
    public static CommandLineOptions listing(Suite suite, List<String> jmhArgs) throws CommandLineOptionException {
        CommandLineOptions user = new CommandLineOptions(jmhArgs.toArray(String[]::new));
        List<String> args = new ArrayList<>();
        if (user.getIncludes().isEmpty()) {
            args.add(suite.include(List.of()));
        }
        args.addAll(jmhArgs);
        args.add("-e");
        args.add(outsideSuite(suite));
        return new CommandLineOptions(args.toArray(String[]::new));
    }

    /** @return the exclude regex matching every benchmark outside the suite's package */
    private static String outsideSuite(Suite suite) {
        return "^(?!" + Pattern.quote(suite.packageName() + ".") + ")";
    }

    private static boolean hasProfiler(List<ProfilerConfig> profilers, String className) {
        return profilers.stream().anyMatch(p -> p.getKlass().equals(className));
    }
}
