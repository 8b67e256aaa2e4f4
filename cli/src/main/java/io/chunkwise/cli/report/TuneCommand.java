package io.chunkwise.cli.report;

import com.fasterxml.jackson.databind.JsonNode;
import io.chunkwise.cli.BaseCommand;
import io.chunkwise.cli.ByteSize;
import io.chunkwise.cli.CommandJvmOptions;
import io.chunkwise.cli.Counted;
import io.chunkwise.cli.DelimiterConverter;
import io.chunkwise.cli.ExitCodes;
import io.chunkwise.cli.Json;
import io.chunkwise.cli.Main;
import io.chunkwise.cli.OptionWording;
import io.chunkwise.cli.StopNotice;
import io.chunkwise.cli.UserError;
import io.chunkwise.cli.WrittenName;
import io.chunkwise.loader.csv.CsvFormat;
import io.chunkwise.loader.load.LoadOptions;
import io.chunkwise.loader.load.LoaderStrategy;
import io.chunkwise.profiler.metric.MetricSummary;
import io.chunkwise.profiler.metric.Metrics;
import io.chunkwise.profiler.process.JavaCommand;
import io.chunkwise.profiler.process.ProcessProfiler;
import io.chunkwise.profiler.process.ProcessRun;
import io.chunkwise.reports.chart.NamedChart;
import io.chunkwise.reports.chart.StaleCharts;
import io.chunkwise.reports.plan.PlanTable;
import io.chunkwise.reports.plan.Recommendation;
import io.chunkwise.reports.plan.TuneMeasurement;
import io.chunkwise.reports.plan.Tuning;
import io.chunkwise.reports.table.ReportFormat;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.OptionalLong;
import java.util.Set;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code chunkwise tune FILE}: a short sweep of chunk size × workers on the user's own file. Each
 * configuration runs {@code chunkwise scan} in its own JVM, sampled from outside for peak RssAnon;
 * the time is the scan's own (JVM start excluded). The analysis lives in the reports module.
 */
@Command(name = "tune", mixinStandardHelpOptions = true,
        description = {"Sweep chunk size x workers on FILE (each run a separate process scanning the file) and "
                + "recommend the fastest configuration on the time/memory Pareto front within the budget.",
            "Prints the evidence table and writes the tuning charts."})
public final class TuneCommand extends BaseCommand {
    @Parameters(index = "0", paramLabel = "FILE", description = "The CSV file to tune for (header row required).")
    private Path file;

    @Option(names = "--memory-budget", paramLabel = "SIZE", description = "Peak RssAnon allowed, the whole process's, e.g. 512MiB (as index's --memory-budget).")
    private ByteSize budget;

    @Option(names = "--strategy", paramLabel = "STRATEGY", description = "chunked | parallel (default ${DEFAULT-VALUE}).",
            defaultValue = "parallel")
    private LoaderStrategy strategy;

    @Option(names = "--chunk-sizes", paramLabel = "SIZE", split = ",", defaultValue = "256KiB,1MiB,8MiB",
            description = "Chunk sizes to try (default ${DEFAULT-VALUE}).")
    private List<ByteSize> chunkSizes;

    @Option(names = "--workers", paramLabel = "N", split = ",",
            description = "Worker counts to try (default 1, 2 and the processor count).")
    private List<Integer> workers;

    @Option(names = "--delimiter", paramLabel = "CHAR", converter = DelimiterConverter.class,
            description = "Field delimiter of the CSV, passed on to the scans (default ',', or what an Excel 'sep=;' first line"
                    + " declares, as for scan; '|' for exchange files, '\\t' for tabs).")
    Character delimiter;

    @Option(names = "--runs", paramLabel = "N", defaultValue = "2", description = "Runs per configuration; medians are reported (default ${DEFAULT-VALUE}).")
    private int runs;

    @Option(names = "--out", paramLabel = "DIR", defaultValue = "chunkwise-report/tune",
            description = "Where to write the charts (default ${DEFAULT-VALUE}).")
    private Path out;

    /** Scans finished, for the line a stop says (read by its hook's thread). */
    private volatile int finishedRuns;

    @Override
    public Integer call() throws InterruptedException {
        PositiveSize.require(budget, "--memory-budget");
        if (strategy == LoaderStrategy.FULL || strategy == LoaderStrategy.MMAP) {
            throw new UserError("tune sweeps chunk size and workers: use --strategy chunked or parallel ("
                    + strategy.cliName() + " uses neither)");
        }
        if (runs < 1 || runs > 20) {
            throw new UserError("--runs must be between 1 and 20");
        }
        List<Integer> workerCounts = (workers != null ? workers : defaultWorkers()).stream().distinct().toList();
        if (strategy == LoaderStrategy.CHUNKED) {
            if (workers != null && !workerCounts.equals(List.of(1))) {
                throw new UserError("--workers: the chunked strategy reads with one thread, so there are no worker counts "
                        + "to sweep; use --strategy parallel to sweep workers");
            }
            workerCounts = List.of(1);
        }
        List<ByteSize> chunks = chunkSizes.stream().filter(distinctBytes()).toList();
        check(chunks, workerCounts);
        // the options above, then the input before the output and any advice about it: what every scan would refuse is
        // refused once, here, and an unreadable file is the news, not a --out beside it that cannot be written
        long inputBytes = TuneInput.check(file, WrittenName.of(spec(), file), delimiter);
        OutputDirectory.require(out);
        List<TuneConfig> sweep = new ArrayList<>();
        for (ByteSize chunk : chunks) {
            for (int w : workerCounts) {
                sweep.add(TuneConfig.of(strategy, chunk, w, inputBytes));
            }
        }
        SweepBudget fit = SweepBudget.split(file, sweep, budget); // refused here, before any run, when nothing can fit
        List<TuneConfig> configs = fit.toRun();
        fit.note(budget).ifPresent(BaseCommand::notice);
        WholeFileChunks.note(file, inputBytes, configs.stream().map(TuneConfig::chunk).filter(distinctBytes()).toList())
                .ifPresent(BaseCommand::notice);
        // the charts come after the sweep: a directory that cannot be made is refused first, and removed when none come
        TuneOutput output = TuneOutput.make(out);
        int planned = configs.size() * runs;
        StopNotice stop = StopNotice.begin(() -> stopped(planned, output));
        boolean charted = false;
        List<TuneMeasurement> measurements = new ArrayList<>();
        Path rejects = tempRejects();
        Set<String> printed = new HashSet<>();
        long records = 0;
        long rejected = 0;
        String stoppedEarly = null;
        int ran = configs.size();
        int rounds = runs;
        List<String> charts = new ArrayList<>();
        Tuning.Result result;
        try (stop) {
            double[][] seconds = new double[configs.size()][runs];
            double[][] peaks = new double[configs.size()][runs];
            int least = SweepBudget.leastIndex(configs);
            // Round by round, each configuration once a round: a load that drifts during the sweep (a shared
            // machine) falls on every configuration alike, not on the ones whose runs came last.
            sweep:
            for (int r = 0; r < runs; r++) {
                for (int c = 0; c < configs.size(); c++) {
                    TuneConfig config = configs.get(c);
                    ScanRun m = runOnce(config.chunk().bytes(), config.workers(), rejects, printed);
                    if (r == 0 && c == 0) {
                        // every run reads the same records: the first says what the rest would
                        ScanRejects.check(file, m.records(), m.rejected()).ifPresent(BaseCommand::notice);
                        records = m.records();
                        rejected = m.rejected();
                    }
                    finishedRuns++;
                    seconds[c][r] = m.seconds();
                    peaks[c][r] = m.peakAnonBytes();
                    notice(String.format(Locale.ROOT, "tune: %s, run %d/%d: %.3f s, peak RssAnon %s",
                            config.label(), r + 1, runs, m.seconds(), ByteSize.format((long) m.peakAnonBytes())));
                    if (r == 0 && c == least) {
                        // the configuration that needs least is over the budget, and none before it was under:
                        // the others hold more, so the rest of the sweep would only confirm it
                        stoppedEarly = SweepBudget.overBudget(config, m.peakAnonBytes(), peaks, c, budget, configs.size(), runs)
                                .orElse(null);
                        if (stoppedEarly != null && json()) {
                            // no table to say it under: the log says it once, here; the human output says it
                            // once, under the evidence table it explains (twice, it read as two stops)
                            notice(stoppedEarly);
                        }
                        if (stoppedEarly != null) {
                            ran = c + 1;
                            rounds = 1;
                            break sweep;
                        }
                    }
                }
            }
            stop.close(); // the sweep is done: what is left is quick, and a stop then the JVM's ordinary end
            for (int c = 0; c < ran; c++) {
                measurements.add(new TuneMeasurement(strategy.cliName(), configs.get(c).chunk().bytes(),
                        configs.get(c).workers(), inputBytes, java.util.Arrays.copyOf(seconds[c], rounds),
                        java.util.Arrays.copyOf(peaks[c], rounds)));
            }
            result = Tuning.analyse(measurements, budget == null ? OptionalLong.empty() : OptionalLong.of(budget.bytes()));
            for (NamedChart chart : result.charts()) {
                chart.write(out).forEach(p -> charts.add(p.toString()));
            }
            charted = true;
        } finally {
            deleteQuietly(rejects);
            if (!charted) {
                // a scan that failed on the input, a file read as rejects, a stop: no charts, so no directory of ours left empty
                output.removeMade();
            }
        }
        try {
            // a workers chart of an earlier sweep, after one of a single worker count, would describe other runs
            StaleCharts.remove(out, charts.stream().map(Path::of).toList(), Tuning::isChart);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot remove an earlier sweep's charts from " + out + ": " + e.getMessage(), e);
        }
        Recommendation rec = result.recommendation();
        // the recommendation's advice (how many runs) in this command's options
        String line = OptionWording.of(PlanTable.recommendation(new io.chunkwise.reports.plan.CapacityPlan(inputBytes,
                budget == null ? null : budget.bytes(), List.of(), rec, List.of(), List.of())));
        String human = ReportFormat.MARKDOWN.table(result.evidence()) + fit.note(budget).map(n -> "\n" + n).orElse("")
                + (stoppedEarly == null ? "" : "\n" + stoppedEarly) + "\n" + line
                + (charts.isEmpty() ? "" : "\ncharts: " + String.join(", ", charts.stream().filter(c -> c.endsWith(".png")).toList()));
        emit(new TuneJson(file.toString(), inputBytes, records, rejected, budget == null ? null : budget.bytes(), measurements.stream()
                .map(m -> new ConfigJson(m.strategy(), m.chunkSize(), m.workers(), m.medianSeconds(), Math.round(m.medianPeakAnonBytes()),
                        m.seconds().length)).toList(), fit.skipped().stream().map(c -> new SkippedJson(c.strategy().cliName(),
                        c.chunk().bytes(), c.workers(), c.leastBytes(), "its heap alone needs more than the memory budget"))
                        .toList(), stoppedEarly, rec, charts), () -> human);
        return rec.variant() == null ? ExitCodes.NOT_FOUND : ExitCodes.OK;
    }

    /**
     * @param printed the scans' stderr lines already passed on: a hint (a delimiter) is said once, not once a run
     * @return what one child run measured and counted
     */
    private ScanRun runOnce(long chunk, int w, Path rejects, Set<String> printed) throws InterruptedException {
        List<String> args = new ArrayList<>(List.of("scan", file.toString(), "--strategy", strategy.cliName(), "--chunk-size",
                Long.toString(chunk), "--workers", Integer.toString(w), "--rejects", rejects.toString(), "--json"));
        if (delimiter != null) {
            // only one the user gave: without it the scan reads a sep= line's, as scan does alone (a ',' given contradicts it)
            args.addAll(List.of("--delimiter", delimiter == '\t' ? "\\t" : String.valueOf(delimiter)));
        }
        List<String> jvmOptions = new ArrayList<>(CommandJvmOptions.of(args));
        jvmOptions.add("-Dchunkwise.stderr.tty=false");
        List<String> command = JavaCommand.sameJvm(jvmOptions, Main.class.getName(), args);
        ByteArrayOutputStream stdout = new ByteArrayOutputStream();
        ByteArrayOutputStream stderr = new ByteArrayOutputStream();
        ProcessRun run = ProcessProfiler.builder(command).interval(Duration.ofMillis(10)).attachJvm(false).stdout(stdout)
                .stderr(stderr).run();
        if (StopNotice.stoppedWith(run.exitCode())) {
            // the scan was ended by the stop (its guard, or the terminal's Ctrl-C): the stop's line says so
            throw new IllegalStateException("tune stopped");
        }
        String scanErrors = stderr.toString(StandardCharsets.UTF_8);
        // exit 1 is scan's finding of rejected records, not a failed run
        if (run.exitCode() != ExitCodes.OK && run.exitCode() != ExitCodes.NOT_FOUND) {
            // One line, as every error: the scan's own reason in tune's words.
            throw new UserError(ScanFailure.describe(scanErrors) + " (scanning with chunk size " + ByteSize.format(chunk)
                    + " and " + w + " worker" + (w == 1 ? "" : "s") + ", exit " + run.exitCode() + ")",
                    run.exitCode() == ExitCodes.USAGE ? ExitCodes.USAGE : ExitCodes.INTERNAL);
        }
        scanErrors.lines().filter(printed::add).forEach(System.err::println);
        JsonNode json;
        try {
            json = Json.mapper().readTree(stdout.toString(StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new IllegalStateException("the scan printed no JSON: " + e.getMessage(), e);
        }
        MetricSummary anon = run.series().summary(Metrics.RSS_ANON).orElseThrow(
                () -> new IllegalStateException("RssAnon could not be sampled: " + String.join("; ", run.notes())));
        return new ScanRun(json.path("seconds").asDouble(), anon.peak(), json.path("records").asLong(),
                json.path("rejected").asLong());
    }

    /**
     * One child scan.
     *
     * @param seconds the scan's time
     * @param peakAnonBytes its process's peak RssAnon
     * @param records records it accepted
     * @param rejected records it rejected
     */
    private record ScanRun(double seconds, double peakAnonBytes, long records, long rejected) {
    }

    /**
     * At Ctrl-C or SIGTERM: the running scan is ended by its guard; this says how far the sweep got and
     * removes the charts directory this run made, left empty.
     *
     * @return the stop's line
     */
    private String stopped(int planned, TuneOutput output) {
        String dir = output.existed() ? out + " is left as it was"
                : output.removeMade() ? out + " was not created" : out + " was made for the charts";
        return "tune: stopped (Ctrl-C or SIGTERM) after " + finishedRuns + " of " + Counted.of(planned, "run")
                + ", its running scan ended; no recommendation and no charts; " + dir;
    }

    /** Refuses, before any run, a configuration the scan would refuse (e.g. 0 workers). */
    private static void check(List<ByteSize> chunks, List<Integer> workerCounts) {
        for (ByteSize chunk : chunks) {
            for (int w : workerCounts) {
                try {
                    new LoadOptions(CsvFormat.RFC4180, chunk.bytes(), w, done -> { });
                } catch (IllegalArgumentException e) {
                    throw new UserError("--chunk-sizes/--workers: " + e.getMessage());
                }
            }
        }
    }

    /** @return a filter keeping the first of chunk sizes with the same byte count ("1MiB,1048576") */
    private static java.util.function.Predicate<ByteSize> distinctBytes() {
        java.util.Set<Long> seen = new java.util.HashSet<>();
        return size -> seen.add(size.bytes());
    }

    private static List<Integer> defaultWorkers() {
        int cores = Runtime.getRuntime().availableProcessors();
        return java.util.stream.IntStream.of(1, 2, cores).distinct().sorted().boxed().toList();
    }

    private static Path tempRejects() {
        try {
            Path p = Files.createTempFile("chunkwise-tune", ".rejects.csv");
            p.toFile().deleteOnExit(); // also when the sweep is stopped (Ctrl-C, SIGTERM)
            return p;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void deleteQuietly(Path p) {
        try {
            Files.deleteIfExists(p);
        } catch (IOException e) {
            notice("tune: could not delete " + p + ": " + e.getMessage());
        }
    }

    /**
     * The JSON form of {@code tune --json}.
     *
     * @param file the file tuned for
     * @param inputBytes its size
     * @param records the records the scans accepted
     * @param rejected the records they rejected (each in the times)
     * @param budgetBytes the budget, if any
     * @param configurations one per configuration run
     * @param skipped the configurations not run, as they cannot fit the budget
     * @param stoppedEarly why the sweep stopped after the first run of the configuration that needs least (it
     *     peaked above the budget, and none run before it was within), or null when it ran whole
     * @param recommendation the recommendation
     * @param charts chart files written
     */
    public record TuneJson(String file, long inputBytes, long records, long rejected, Long budgetBytes, List<ConfigJson> configurations,
            List<SkippedJson> skipped, String stoppedEarly, Recommendation recommendation, List<String> charts) {
    }

    /**
     * A configuration not run: the least it needs is above the budget.
     *
     * @param strategy the strategy
     * @param chunkSize the chunk size in bytes
     * @param workers the worker count
     * @param leastBytes the least peak RssAnon it needs (its heap by the loader's model; the JVM's memory beside it on top)
     * @param reason why it was not run
     */
    public record SkippedJson(String strategy, long chunkSize, int workers, long leastBytes, String reason) {
    }

    /**
     * One configuration's medians.
     *
     * @param strategy the strategy
     * @param chunkSize the chunk size in bytes
     * @param workers the worker count
     * @param medianSeconds the median scan time
     * @param medianPeakAnonBytes the median peak RssAnon
     * @param runs how many runs
     */
    public record ConfigJson(String strategy, long chunkSize, int workers, double medianSeconds, long medianPeakAnonBytes, int runs) {
    }
}
