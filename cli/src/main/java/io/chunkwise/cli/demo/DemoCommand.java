package io.chunkwise.cli.demo;

import io.chunkwise.bench.input.InputCache;
import io.chunkwise.bench.run.BenchRequest;
import io.chunkwise.bench.run.BenchmarkFailure;
import io.chunkwise.bench.run.Suite;
import io.chunkwise.bench.run.SuiteResult;
import io.chunkwise.bench.run.SuiteRunner;
import io.chunkwise.cli.BaseCommand;
import io.chunkwise.cli.ByteSize;
import io.chunkwise.cli.ExitCodes;
import io.chunkwise.cli.StopNotice;
import io.chunkwise.cli.UserError;
import io.chunkwise.cli.demo.ChildCommand.Outcome;
import io.chunkwise.cli.report.ForeignReportFiles;
import io.chunkwise.cli.report.OutputDirectory;
import io.chunkwise.reports.report.ReportWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;
import java.util.stream.Stream;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code chunkwise demo}: the whole pipeline on generated data, each step the real command in its
 * own JVM, into one report built from this run's numbers.
 */
@Command(name = "demo", mixinStandardHelpOptions = true,
        description = {
            "Run the whole pipeline on generated data and write one report (report.md, report.html, charts).",
            "The steps: generate a security master, a FIX log and FX bars; index with every loader strategy "
                + "(each profiled: RssAnon vs RssFile); look up; reconcile the FIX log against its planted truth; "
                + "cache and iterate the datasets (standard vs iterable, profiled); quick JMH benches with peers; "
                + "a capacity plan."},
        footer = {"", "Example: chunkwise demo --out chunkwise-report"})
public final class DemoCommand extends BaseCommand {
    static final List<String> STRATEGIES = List.of("full", "chunked", "mmap", "parallel");
    /** The heap of the demo's benchmark forks: enough for the full load at 32 MiB, tight enough that RssAnon shows what a variant keeps. */
    static final String BENCH_HEAP = "128m";
    private static final Set<Integer> OK = Set.of(ExitCodes.OK);
    private static final Set<Integer> FINDINGS = Set.of(ExitCodes.OK, ExitCodes.NOT_FOUND);

    @Option(names = "--out", defaultValue = "chunkwise-report", paramLabel = "DIR",
            description = "Report directory (default: ${DEFAULT-VALUE}); generated data go to DIR/data.")
    private Path out;

    @Option(names = "--rows", defaultValue = "300000", paramLabel = "N",
            description = "Security master rows, at least 1000 (default: ${DEFAULT-VALUE}, about 110 MB).")
    private long rows;

    @Option(names = "--messages", defaultValue = "500000", paramLabel = "N",
            description = "FIX messages, at least 1000 (default: ${DEFAULT-VALUE}).")
    private long messages;

    @Option(names = "--bars", defaultValue = "400000", paramLabel = "N",
            description = "FX bars, at least 1000 (default: ${DEFAULT-VALUE}).")
    private long bars;

    @Option(names = "--no-bench", description = "Skip the JMH step (and so the capacity plan).")
    private boolean noBench;

    @Option(names = "--target-size", defaultValue = "200GB", paramLabel = "SIZE",
            description = "Input size the capacity plan predicts for (default: ${DEFAULT-VALUE}).")
    private ByteSize targetSize;

    @Option(names = "--memory-budget", defaultValue = "1GiB", paramLabel = "SIZE",
            description = "Memory budget of the capacity plan (default: ${DEFAULT-VALUE}).")
    private ByteSize memoryBudget;

    /** Says that the capacity plan's options do nothing without the benches it is fitted to, so that none is ignored silently. */
    private void noticeIgnored() {
        if (!noBench) {
            return;
        }
        List<String> unused = Stream.of("--target-size", "--memory-budget")
                .filter(spec().commandLine().getParseResult()::hasMatchedOption).toList();
        if (!unused.isEmpty()) {
            notice("demo: " + String.join(" and ", unused) + (unused.size() == 1 ? " is" : " are")
                    + " for the capacity plan, fitted to the benches that --no-bench skips; ignored");
        }
    }

    @Override
    public Integer call() {
        // name the counts that are too small, with the values given: "each" left the user to find which
        List<String> tooFew = Stream.of(Map.entry("--rows", rows), Map.entry("--messages", messages), Map.entry("--bars", bars))
                .filter(count -> count.getValue() < 1_000)
                .map(count -> count.getKey() + " " + count.getValue())
                .toList();
        if (!tooFew.isEmpty()) {
            throw new UserError("--rows, --messages and --bars must each be at least 1000: " + String.join(", ", tooFew));
        }
        if (targetSize.bytes() <= 0 || memoryBudget.bytes() <= 0) {
            throw new UserError("--target-size and --memory-budget must each be more than 0 bytes");
        }
        OutputDirectory.require(out);
        ForeignReportFiles.refuse(out); // now, not at the report step after minutes of the others
        noticeIgnored();
        long start = System.nanoTime();
        StepLog steps = new StepLog(noBench ? 8 : 9);
        boolean hadReport = Files.exists(out.resolve("report.md"));
        BenchKept bench = new BenchKept();
        ProfileUnderWay profiling = new ProfileUnderWay();
        // the step's own JVM is ended by its guard; the line says where the run was and what it leaves: a
        // profile written part-way removed, the bench step's finished benchmarks written as it is made
        try (StopNotice stop = StopNotice.begin(() -> {
            // a thread that fails from now on (JMH's link to the fork the stop ends, a writer whose file it
            // removes) fails of the stop, which this line says: no stack trace after it
            Thread.setDefaultUncaughtExceptionHandler((thread, e) -> { });
            profiling.onStop();
            return "demo: stopped (Ctrl-C or SIGTERM) at step " + steps.current()
                    + ", its JVM ended; no report was written" + (hadReport ? " (" + out.resolve("report.md") + " is an earlier run's)" : "")
                    + bench.onStop() + "; " + out + " holds the files of the steps so far";
        })) {
            return run(start, steps, stop, new Steps(profiling, bench));
        }
    }

    /**
     * What a stop needs to know of the steps under way.
     *
     * @param profiling the profiled step's folder
     * @param bench the bench step's progress
     */
    private record Steps(ProfileUnderWay profiling, BenchKept bench) {
    }

    /** The steps, once the options are checked; the stop notice is closed by the last. */
    private int run(long start, StepLog steps, StopNotice stop, Steps underWay) {
        Path data = directory(out.resolve("data"));
        Path profiles = directory(out.resolve("profiles"));
        ChildCommand child = new ChildCommand(directory(out.resolve("logs")), underWay.profiling());
        DemoResults results = new DemoResults();

        Path master = data.resolve("secmaster.csv");
        Path fixLog = data.resolve("orders.fix");
        Path barsCsv = data.resolve("eurusd-1m.csv");
        Path cache = data.resolve("eurusd-1m.arrow");

        steps.next("generate a security master, a FIX log and FX bars");
        results.generated.add(child.run("generate-secmaster", OK, "generate", "secmaster", "--rows", Long.toString(rows),
                "--seed", "42", "-o", master.toString()));
        results.generated.add(child.run("generate-fixlog", OK, "generate", "fixlog", "--master", master.toString(),
                "--messages", Long.toString(messages), "--discrepancy-rate", "0.02", "--seed", "42", "-o", fixLog.toString()));
        results.generated.add(child.run("generate-fxbars", OK, "generate", "fxbars", "--rows", Long.toString(bars),
                "--pair", "EURUSD", "--freq", "1m", "--seed", "42", "-o", barsCsv.toString()));

        steps.next("index the master with every strategy, each profiled in its own JVM");
        for (String strategy : STRATEGIES) {
            results.indexes.add(told(child.profiled("index-" + strategy, profiles.resolve("index-" + strategy), OK,
                    "index", master.toString(), "--strategy", strategy, "--workers", "2",
                    "--index", data.resolve("secmaster-" + strategy + ".cwx").toString(),
                    "--rejects", data.resolve("secmaster-" + strategy + ".rejects.csv").toString())));
        }

        steps.next("look up records from the persisted index");
        // the parallel build's index: lookups and reconciliation open it, neither builds one
        String index = data.resolve("secmaster-parallel.cwx").toString();
        String cusip = FirstCusip.of(master);
        results.lookups.add(child.run("lookup-cusip", FINDINGS, "lookup", master.toString(), "--cusip", cusip,
                "--index", index));
        results.lookups.add(child.run("lookup-missing", FINDINGS, "lookup", master.toString(), "--cusip", "000000000",
                "--index", index));

        steps.next("reconcile the FIX log against the master");
        results.reconcile = told(child.profiled("reconcile", profiles.resolve("reconcile"), FINDINGS, "reconcile",
                "--master", master.toString(), "--fix", fixLog.toString(), "--index", index,
                "--out", data.resolve("discrepancies.csv").toString()));
        results.planted = PlantedTruth.read(fixLog);

        steps.next("build the Arrow feature cache");
        results.datasetCache = child.run("dataset-cache", OK, "dataset", "cache", barsCsv.toString(),
                "-o", cache.toString(), "--features", "ret,logret,vol:20,ema:12,rsi:14,atr:14,bb:20,z:20");

        steps.next("iterate the datasets: standard (full load) vs iterable (streaming), profiled");
        for (String mode : List.of("standard", "iterable")) {
            results.datasets.add(told(child.profiled("dataset-" + mode, profiles.resolve("dataset-" + mode), OK,
                    "dataset", "iterate", cache.toString(), "--mode", mode, "--window", "64", "--batch", "256",
                    "--workers", "2")));
        }

        Path benchJson = null;
        if (!noBench) {
            steps.next("quick JMH benches: loader strategies and peers at two sizes");
            benchJson = runBench(out.resolve("bench"), underWay.bench());
        }

        steps.next("build the report");
        results.seconds = (System.nanoTime() - start) / 1e9;
        List<Path> profileDirs = new ArrayList<>();
        for (Outcome o : results.profiled()) {
            profileDirs.add(o.profile().dir());
        }
        DemoReport report = new DemoReport(results, benchJson, profileDirs, targetSize.bytes(), memoryBudget.bytes());
        ReportWriter.Written written = ReportWriter.write(report.build(), out);
        stop.close(); // the report is written: a stop now leaves a whole run

        steps.next("check the report");
        List<String> problems = report.consistencyProblems();
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("report", written.markdown().toString());
        json.put("html", written.html().toString());
        json.put("charts", written.charts().stream().map(Path::toString).toList());
        json.put("seconds", (System.nanoTime() - start) / 1e9);
        json.put("strategiesAgree", report.strategiesAgree());
        json.put("reconcileMatchesPlantedTruth", report.reconcileMatchesTruth());
        json.put("datasetChecksumsAgree", report.datasetsAgree());
        json.put("problems", problems);
        Supplier<String> human = () -> String.format(Locale.ROOT, "demo: report in %s (and %s, %d chart files) after %.0f s%n%s",
                written.markdown(), written.html().getFileName(), written.charts().size(), json.get("seconds"),
                problems.isEmpty() ? "every check passed: strategies agree, reconciliation matches the planted truth, "
                        + "dataset checksums agree" : "PROBLEMS:\n  " + String.join("\n  ", problems));
        emit(json, human);
        return problems.isEmpty() ? ExitCodes.OK : ExitCodes.INTERNAL;
    }

    private Path runBench(Path dir, BenchKept kept) {
        // A demo-sized slice of the loader suite: every strategy and the peers at two small sizes,
        // enough for a growth fit and a capacity plan; `chunkwise bench` runs the full suites.
        List<String> jmh = List.of("IndexBuildBenchmark|CsvPeerBenchmark", "-p", "size=8MiB,32MiB",
                "-jvmArgsAppend", "-Xmx" + BENCH_HEAP);
        BenchRequest request = new BenchRequest(Suite.LOADER, true, dir, jmh, true,
                InputCache.fromEnvironment().directory());
        try {
            // a line per benchmark as it ends; JMH's own pages go to the suite's log only
            notice("demo:       JMH's output: " + request.logFile());
            PrintStream quiet = new PrintStream(OutputStream.nullOutputStream(), true, StandardCharsets.UTF_8);
            SuiteResult result = new SuiteRunner(quiet, summary -> notice("demo:       " + BenchLine.of(summary)))
                    .run(request, kept.track(dir));
            // only here: a run that failed because a stop took its files away is the stop's to report
            kept.ended();
            if (!result.failed().isEmpty()) {
                // the report's comparisons and capacity plan would silently lack these variants
                throw new IllegalStateException("demo: the JMH step failed for "
                        + String.join("; ", result.failed().stream().map(BenchmarkFailure::label).toList())
                        + " (see " + result.log() + ")");
            }
            return result.json();
        } catch (IOException e) {
            throw new UncheckedIOException("demo: cannot write the JMH results to " + dir, e);
        } catch (org.openjdk.jmh.runner.RunnerException | org.openjdk.jmh.runner.options.CommandLineOptionException e) {
            UserError locked = io.chunkwise.cli.bench.JmhLock.explain(e);
            if (locked != null) {
                throw new UserError("demo: " + locked.getMessage() + "; or run the demo with --no-bench");
            }
            throw new IllegalStateException("demo: the JMH step failed (see " + request.logFile() + ")", e);
        }
    }

    /** Says a profiled run's headline as the step goes: its wall time and peak memory, by kind. */
    private static Outcome told(Outcome o) {
        StringBuilder line = new StringBuilder(String.format(Locale.ROOT, "demo:       %s: %.1f s", o.step(), o.seconds()));
        double anon = o.peak("rss_anon_mb");
        double file = o.peak("rss_file_mb");
        if (!Double.isNaN(anon)) {
            line.append(String.format(Locale.ROOT, ", peak RssAnon %,.1f MiB", anon));
        }
        if (!Double.isNaN(file)) {
            line.append(String.format(Locale.ROOT, ", RssFile %,.1f MiB (file pages)", file));
        }
        notice(line.toString());
        return o;
    }

    private static Path directory(Path dir) {
        OutputDirectory.require(dir);
        try {
            return Files.createDirectories(dir);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Numbered progress lines on stderr. */
    private static final class StepLog {
        private final int total;
        private int done;
        private String what;
        private long startNanos = System.nanoTime();

        StepLog(int total) {
            this.total = total;
        }

        /** @return the step under way, as "2/8 (index the master …)", or "0" before the first */
        synchronized String current() {
            return what == null ? "0/" + total : done + "/" + total + " (" + what + ")";
        }

        synchronized void next(String what) {
            this.what = what;
            long now = System.nanoTime();
            if (done > 0) {
                notice(String.format(Locale.ROOT, "demo:       done in %.1f s", (now - startNanos) / 1e9));
            }
            startNanos = now;
            done++;
            notice(String.format(Locale.ROOT, "demo [%d/%d] %s", done, total, what));
        }
    }
}
