package io.chunkwise.cli.bench;

import io.chunkwise.bench.input.InputCache;
import io.chunkwise.bench.run.BenchmarkFailure;
import io.chunkwise.bench.run.BenchRequest;
import io.chunkwise.bench.run.BenchmarkSummary;
import io.chunkwise.bench.run.Suite;
import io.chunkwise.bench.run.SuiteOptions;
import io.chunkwise.bench.run.SuiteProgress;
import io.chunkwise.bench.run.SuiteResult;
import io.chunkwise.bench.run.SuiteRunner;
import io.chunkwise.cli.BaseCommand;
import io.chunkwise.cli.Counted;
import io.chunkwise.cli.ExitCodes;
import io.chunkwise.cli.UserError;
import io.chunkwise.cli.report.OutputDirectory;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import org.openjdk.jmh.profile.ProfilerFactory;
import org.openjdk.jmh.runner.NoBenchmarksException;
import org.openjdk.jmh.runner.Runner;
import org.openjdk.jmh.runner.RunnerException;
import org.openjdk.jmh.runner.format.OutputFormatFactory;
import org.openjdk.jmh.runner.options.CommandLineOptionException;
import org.openjdk.jmh.runner.options.CommandLineOptions;
import org.openjdk.jmh.runner.options.Options;
import org.openjdk.jmh.runner.options.VerboseMode;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Unmatched;

/** {@code chunkwise bench}: runs JMH suites in-process and writes {@code DIR/<suite>.json}. */
@Command(name = "bench", mixinStandardHelpOptions = true,
        description = {
            "Run JMH suites (standard JMH; forks use this CLI's class path) and write DIR/<suite>.json and DIR/<suite>.log.",
            "Any further arguments are JMH options or include regexes, as for benchmarks.jar (e.g. -prof gc, -p size=1GiB, IndexBuild); "
                    + "-l, -lp and -lprof list the suite's benchmarks or the profilers and exit; -rf and -rff are refused "
                    + "(bench always writes JMH JSON).",
            "-prof async uses async-profiler's bundled library; the memory profiler (peak RssAnon, RssFile, heap, NMT) is on by default.",
            "A benchmark that fails does not stop the others: what finished is written, the failures are named and the exit "
                    + "code is 4 (-foe true stops at the first failure, keeping no results). Results and log are replaced only "
                    + "when JMH is done; a run stopped by Ctrl-C or SIGTERM keeps the benchmarks that finished in DIR/<suite>.partial.json."
        })
public final class BenchCommand extends BaseCommand {
    /** The suites on the command line. */
    public enum SuiteChoice {
        /** Index build, lookups, CSV peers. */
        LOADER,
        /** FIX scanning, reconciliation, QuickFIX/J. */
        FIX,
        /** Datasets, Arrow reads, features. */
        DATASET,
        /** Sampler overhead. */
        PROFILER,
        /** Every suite in turn. */
        ALL;

        List<Suite> suites() {
            return this == ALL ? Arrays.asList(Suite.values()) : List.of(Suite.valueOf(name()));
        }
    }

    /**
     * Reads {@code --suite}: an unknown suite is told the suites as the help and the results' file
     * names spell them ({@code loader}), not picocli's list of the enum's constants ({@code LOADER}).
     */
    static final class SuiteConverter implements CommandLine.ITypeConverter<SuiteChoice> {
        @Override
        public SuiteChoice convert(String text) {
            for (SuiteChoice choice : SuiteChoice.values()) {
                if (choice.name().equalsIgnoreCase(text.strip())) {
                    return choice;
                }
            }
            throw new CommandLine.TypeConversionException("'" + text + "' is not a suite; expected loader, fix, dataset, profiler or all");
        }
    }

    @Option(names = "--suite", defaultValue = "all", paramLabel = "SUITE", converter = SuiteConverter.class,
            description = "loader, fix, dataset, profiler or all (default: ${DEFAULT-VALUE}).")
    private SuiteChoice suite;

    @Option(names = "--quick",
            description = "1 fork, short iterations, smallest inputs: a smoke pass (each suite within minutes).")
    private boolean quick;

    @Option(names = "--out", defaultValue = "bench-results", paramLabel = "DIR", description = "Results directory (default: ${DEFAULT-VALUE}).")
    private Path out;

    @Option(names = "--inputs", paramLabel = "DIR",
            description = "Generated-input cache, reused across runs (default: $CHUNKWISE_BENCH_INPUTS or ~/.cache/chunkwise/bench-inputs).")
    private Path inputs;

    @Option(names = "--no-memory", description = "Do not add the Chunkwise memory profiler.")
    private boolean noMemory;

    @Option(names = "--nmt",
            description = "Run forks with -XX:NativeMemoryTracking=summary: fills mem.peak.nmtCommitted.bytes.")
    private boolean nmt;

    @Unmatched
    private List<String> jmhArgs = new ArrayList<>();

    @Override
    public Integer call() throws Exception {
        Path inputDir = inputs != null ? inputs : InputCache.fromEnvironment().directory();
        if (Files.exists(inputDir) && !Files.isDirectory(inputDir)) {
            // checked before any fork: each would fail to generate its input there, with a stack trace
            throw new UserError((inputs != null ? "--inputs " : "the input cache ") + inputDir + ": not a directory");
        }
        List<String> args = jmhArgs.stream().filter(a -> !a.equals("--")).toList();
        CommandLineOptions given = JmhOptionCheck.check(args, suite.suites());
        if (given.shouldHelp()) {
            // JMH's own help, for the options after --; running the suite instead would surprise
            given.showHelp();
            return ExitCodes.OK;
        }
        boolean listing = given.shouldListProfilers() || given.shouldList() || given.shouldListWithParams();
        if (listing && json()) {
            throw new UserError("--json cannot be combined with -l, -lp or -lprof: JMH prints its lists as text");
        }
        if (listing) {
            PrintStream stdout = System.out;
            if (given.shouldListProfilers()) {
                ProfilerFactory.listProfilers(stdout);
            } else {
                for (Suite s : suite.suites()) {
                    Options options = SuiteOptions.build(new BenchRequest(s, quick, out, args, !noMemory, inputDir, nmt), args);
                    Runner runner = new Runner(options, OutputFormatFactory.createFormatInstance(stdout, VerboseMode.NORMAL));
                    if (given.shouldListWithParams()) {
                        // listWithParams reads its includes from the command line it is given, not from the options
                        runner.listWithParams(SuiteOptions.listing(s, args));
                    } else {
                        runner.list();
                    }
                }
            }
            stdout.flush();
            return ExitCodes.OK;
        }
        // -f 0: what only a fork is given (the input cache, NMT, JVM options) given here, or refused
        InProcessRun inProcess = InProcessRun.of(given, nmt, inputDir);
        OutputDirectory.require(out);
        // a JVM option no fork can start with failed every benchmark, exit 4 with the reason in the log only
        ForkJvmCheck.check(given);
        // each fork would otherwise find an unwritable cache only when generating its input, a stack trace apiece
        OutputDirectory.make(inputDir, inputs != null ? "--inputs" : "the input cache");
        boolean outExisted = Files.exists(out);
        // made now: a directory that cannot be made (a special file system) is refused by its option, before any suite
        OutputDirectory.make(out);
        SuiteRunner runner = new SuiteRunner(System.err);
        List<SuiteResult> done = new ArrayList<>();
        if (inProcess.active()) {
            notice("bench: -f 0 runs the benchmarks in this JVM (JMH's debugging mode): their memory figures include "
                    + "bench's own, and their results do not compare with a forked run's");
        }
        inProcess.begin();
        try (inProcess; Interruption interruption = new Interruption(out, outExisted, System.err).begin()) {
            runSuites(runner, done, given, args, inputDir, outExisted, interruption);
        }
        emit(done.stream().map(SuiteOutput::of).toList(), () -> human(done));
        // the results that finished are written; the failures make the run fail, as a crash would
        return done.stream().anyMatch(r -> !r.failed().isEmpty()) ? ExitCodes.INTERNAL : ExitCodes.OK;
    }

    /** Runs each suite in turn, adding its result to {@code done}; a suite that cannot run ends the run. */
    private void runSuites(SuiteRunner runner, List<SuiteResult> done, CommandLineOptions given, List<String> args,
                           Path inputDir, boolean outExisted, Interruption interruption) throws Exception {
        for (Suite s : suite.suites()) {
            BenchRequest request = new BenchRequest(s, quick, out, args, !noMemory, inputDir, nmt);
            // said once JMH has found the suite's benchmarks: a pattern that matches none is its error alone
            SuiteProgress progress = interruption.track(s.id(),
                    () -> notice("bench: suite " + s.id() + (quick ? " (quick)" : "") + " -> " + request.resultFile()));
            try {
                done.add(runner.run(request, progress));
                // only here: a run that failed because a stop took its files away is the stop's to report
                interruption.ended();
            } catch (CommandLineOptionException e) {
                removeIfEmpty(outExisted);
                throw new UserError("bad JMH option: " + e.getMessage());
            } catch (NoBenchmarksException e) {
                // only JMH's own: no benchmark matched, nothing ran (benchmarks that ran and failed are named
                // below), and the runner wrote nothing, not even a log that only repeats this error
                removeIfEmpty(outExisted);
                if (given.getIncludes().isEmpty() && given.getExcludes().isEmpty()) {
                    throw new UserError("JMH found no benchmark of suite " + s.id() + " in this build", ExitCodes.INTERNAL);
                }
                // a pattern that matches nothing is a mistyped argument, as a misspelt -p name is
                throw new UserError("no benchmark of suite " + s.id() + " " + unmatched(given)
                        + " (patterns are regular expressions over benchmark names; list them with 'chunkwise bench --suite "
                        + s.id() + " -- -l')", ExitCodes.USAGE);
            } catch (RunnerException e) {
                removeIfEmpty(outExisted);
                UserError locked = JmhLock.explain(e);
                if (locked != null) {
                    throw locked;
                }
                // only with -foe true: JMH stops at the first failure and keeps no result
                throw new IllegalStateException("suite " + s.id() + " stopped at a failing benchmark, no results kept (see "
                        + request.logFile() + "): " + rootMessage(e), e);
            }
            SuiteResult result = done.getLast();
            if (!result.failed().isEmpty()) {
                notice("bench: " + Counted.of(result.failed().size(), "benchmark") + " of suite " + s.id() + " failed and "
                        + (result.failed().size() == 1 ? "has" : "have") + " no result in "
                        + result.json() + " (the reasons are in " + result.log() + "): "
                        + String.join("; ", result.failed().stream().map(BenchmarkFailure::label).toList()));
            }
        }
    }

    /** @return e.g. "matches 'IndexBuild' or 'Lookup'", "is left by the excludes '.'" */
    private static String unmatched(CommandLineOptions given) {
        String includes = String.join(" or ", given.getIncludes().stream().map(p -> "'" + p + "'").toList());
        String excludes = String.join(", ", given.getExcludes().stream().map(p -> "'" + p + "'").toList());
        if (excludes.isEmpty()) {
            return "matches " + includes;
        }
        return includes.isEmpty() ? "is left by the excludes " + excludes
                : "matches " + includes + " outside the excludes " + excludes;
    }

    /** Removes the results directory when this run created it and nothing was written to it. */
    private void removeIfEmpty(boolean outExisted) {
        if (!outExisted) {
            try {
                Files.deleteIfExists(out);
            } catch (IOException e) {
                // not empty (an earlier suite's results): keep it
            }
        }
    }

    /**
     * One suite's outcome as printed with {@code --json}.
     *
     * @param suite the suite
     * @param json the JMH JSON file
     * @param log the JMH log
     * @param results a summary per benchmark and parameter set
     * @param failed the benchmarks that produced no result
     */
    record SuiteOutput(String suite, String json, String log, List<BenchmarkSummary> results,
                       List<BenchmarkFailure> failed) {
        static SuiteOutput of(SuiteResult r) {
            return new SuiteOutput(r.suite(), r.json().toString(), r.log().toString(), r.results(), r.failed());
        }
    }

    private static String rootMessage(Throwable t) {
        Throwable c = t;
        while (c.getCause() != null) {
            c = c.getCause();
        }
        return c.getMessage() == null ? c.toString() : c.getMessage();
    }

    private static String human(List<SuiteResult> results) {
        StringBuilder s = new StringBuilder();
        for (SuiteResult r : results) {
            s.append(r.suite()).append(": ").append(Counted.of(r.results().size(), "result")).append(" in ").append(r.json())
                    .append(" (log ").append(r.log()).append(")");
            if (!r.failed().isEmpty()) {
                s.append(", ").append(r.failed().size()).append(" failed");
            }
            s.append('\n');
            for (BenchmarkSummary b : r.results()) {
                s.append(SummaryLine.of(b)).append('\n');
            }
            for (BenchmarkFailure f : r.failed()) {
                s.append(String.format(Locale.ROOT, "  %-91s FAILED (see the log)", f.label())).append('\n');
            }
        }
        return s.toString().stripTrailing();
    }
}
