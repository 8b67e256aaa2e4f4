package io.chunkwise.cli.bench;

import io.chunkwise.bench.run.ParamValues;
import io.chunkwise.bench.run.Suite;
import io.chunkwise.cli.UserError;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.openjdk.jmh.profile.ProfilerException;
import org.openjdk.jmh.profile.ProfilerFactory;
import org.openjdk.jmh.runner.options.CommandLineOptionException;
import org.openjdk.jmh.runner.options.CommandLineOptions;
import org.openjdk.jmh.runner.options.ProfilerConfig;

/**
 * Checks the JMH options given after {@code --} before a suite runs, so a mistake is one line and
 * exit 2 rather than a failed run: options that do not parse, a result file or format (bench
 * always writes JMH JSON to {@code --out}, which report and compare read), parameter values our
 * benchmarks cannot read and parameter names they do not have, and profilers JMH cannot load.
 */
final class JmhOptionCheck {
    private static final Pattern UNRECOGNIZED = Pattern.compile("(\\S+) is not a recognized option");

    private JmhOptionCheck() {
    }

    /**
     * @param args the JMH arguments as given
     * @param suites the suites that will run
     * @return the parsed options
     * @throws UserError when they do not parse, name a result file or format, a parameter value
     *     our benchmarks cannot read or a parameter none of the suites' benchmarks has, or an unknown profiler
     */
    static CommandLineOptions check(List<String> args, List<Suite> suites) {
        CommandLineOptions options;
        try {
            options = new CommandLineOptions(args.toArray(String[]::new));
        } catch (CommandLineOptionException e) {
            throw new UserError("bad JMH option: " + unknownOption(e.getMessage(), args).orElse(e.getMessage()));
        } catch (IllegalStateException | IllegalArgumentException e) {
            // a value JMH reads while parsing, e.g. -bm xyz: "Unable to parse benchmark mode…", then the known values
            throw new UserError("bad JMH option: " + String.join("; ", String.valueOf(e.getMessage()).lines().toList()));
        }
        if (options.getResult().hasValue() || options.getResultFormat().hasValue()) {
            throw new UserError("bad JMH option: -rf/-rff are not supported: bench always writes JMH JSON to --out DIR "
                    + "(SUITE.json, what report and compare read); convert that file, or run benchmarks.jar for other formats");
        }
        try {
            ParamValues.check(options);
            ParamValues.checkNames(args, suites);
        } catch (CommandLineOptionException e) {
            throw new UserError("bad JMH option: " + e.getMessage());
        }
        for (ProfilerConfig p : options.getProfilers()) {
            if (p.getKlass().equals("async")) {
                continue; // given its library and output directory when the suite runs
            }
            try {
                ProfilerFactory.getProfilerOrException(p);
            } catch (ProfilerException e) {
                Throwable cause = e.getCause();
                String reason = cause instanceof ClassNotFoundException
                        ? "no such profiler (neither one of JMH's names nor a class on the class path)"
                        : firstLine(e.getMessage())
                                + (cause != null && cause.getMessage() != null ? " (" + firstLine(cause.getMessage()) + ")" : "");
                throw new UserError("bad JMH option: -prof " + p.getKlass() + ": " + reason
                        + "; see the profilers with: chunkwise bench -- -lprof");
            }
        }
        return options;
    }

    /**
     * @return for JMH's "list is not a recognized option", the option as typed and where options
     *     are described: it was neither one of bench's options nor one of JMH's
     */
    private static Optional<String> unknownOption(String message, List<String> args) {
        Matcher m = UNRECOGNIZED.matcher(message == null ? "" : message);
        if (!m.matches()) {
            return Optional.empty();
        }
        String typed = args.stream().filter(a -> a.startsWith("-") && a.replaceFirst("^--?", "").equals(m.group(1)))
                .findFirst().orElse(m.group(1));
        return Optional.of(typed + " is neither an option of bench (see 'chunkwise bench --help') nor one of JMH's "
                + "(e.g. -l lists the benchmarks, -lprof the profilers)");
    }

    private static String firstLine(String text) {
        String s = text == null ? "" : text.strip();
        int nl = s.indexOf('\n');
        return nl < 0 ? s : s.substring(0, nl).strip();
    }
}
