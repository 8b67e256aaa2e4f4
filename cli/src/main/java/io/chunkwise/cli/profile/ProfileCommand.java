package io.chunkwise.cli.profile;

import io.chunkwise.cli.BaseCommand;
import io.chunkwise.cli.CommandJvmOptions;
import io.chunkwise.cli.Counted;
import io.chunkwise.cli.Decimals;
import io.chunkwise.cli.Durations;
import io.chunkwise.cli.Subcommands;
import io.chunkwise.cli.UserError;
import io.chunkwise.cli.report.OutputDirectory;
import io.chunkwise.profiler.async.AsyncMode;
import io.chunkwise.profiler.jfr.JfrSettings;
import io.chunkwise.profiler.monitor.MemoryMonitor;
import io.chunkwise.profiler.output.ProfileFiles;
import io.chunkwise.profiler.process.ExitSignal;
import io.chunkwise.profiler.process.JavaCommand;
import io.chunkwise.profiler.session.ProfileResult;
import io.chunkwise.profiler.session.ProfileSession;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code chunkwise profile --out DIR -- COMMAND…}: runs a chunkwise command (in a child JVM like
 * this one) or any other command, samples its memory from outside, records JFR, optionally a
 * flame graph, and writes memory.csv, phases.csv, summary.json, recording.jfr, memory.png, memory.svg and
 * flame-MODE.html, moved into the output directory only once the run is complete.
 * Exits with the child's exit code.
 */
@Command(name = "profile", mixinStandardHelpOptions = true,
        description = {
            "Run a command and profile it: memory over time, a JFR recording, optionally a flame graph.",
            "Memory: RSS anon/file/shmem, heap, direct and mapped buffers, NMT, GC. Flame graph: async-profiler.",
            "Into DIR: memory.csv, phases.csv, summary.json, memory.png, memory.svg, recording.jfr (a JVM command), "
                + "flame-MODE.html (--async).",
            "DIR's earlier profile is replaced once the run is complete; an interrupted run leaves it as it was.",
            "Exits with the command's exit code.",
            "COMMAND is a chunkwise command (run in a child JVM like this one), a java command, or any other "
                + "program (then only /proc metrics)."},
        footer = {"", "Example: chunkwise profile --out prof --interval 20ms -- index secmaster.csv --strategy mmap"})
public final class ProfileCommand extends BaseCommand {
    private static final String MAIN = "io.chunkwise.cli.Main";
    /**
     * The metric table's first header: memory.csv's {@code *_mb} columns hold MiB (2^20 bytes), not the
     * decimal MB of input rates; short enough for the name column (23 wide) to stay aligned.
     */
    static final String METRIC_HEADER = "metric (*_mb in MiB)";

    @Option(names = "--out", required = true, paramLabel = "DIR", description = "Output directory (created).")
    private Path out;

    @Option(names = "--interval", paramLabel = "DURATION", defaultValue = "50ms", converter = IntervalConverter.class,
            description = "Time between samples, at least 5ms (default: ${DEFAULT-VALUE}).")
    private Duration interval;

    @Option(names = "--no-jfr", description = "Do not record JFR in the child JVM.")
    private boolean noJfr;

    @Option(names = "--jfr-settings", paramLabel = "default|profile", defaultValue = "default",
            description = "JFR settings (default: ${DEFAULT-VALUE}; profile adds allocation detail).")
    private JfrSettings jfrSettings;

    @Option(names = "--async", paramLabel = "cpu|alloc|wall", converter = AsyncModeConverter.class,
            description = "Also write an async-profiler flame graph (HTML) of this kind. (No nativemem: the bundled "
                    + "async-profiler 3.0 lacks it; native memory is the nmt_committed_mb column.)")
    private AsyncMode async;

    @Option(names = "--no-nmt", description = "Do not turn on Native Memory Tracking in the child JVM.")
    private boolean noNmt;

    @Option(names = "--pss", description = "Also sample PSS from smaps_rollup (costlier; every 250ms at most).")
    private boolean pss;

    @Parameters(arity = "1..*", paramLabel = "COMMAND", description = "The command to profile, after '--'.")
    private List<String> command = new ArrayList<>();

    @Override
    public Integer call() throws InterruptedException {
        OutputDirectory.require(out);
        if (interval.compareTo(MemoryMonitor.MIN_INTERVAL) < 0) {
            // as given: 4.9ms in whole milliseconds would be "got 4ms", a value no one gave (the default is long enough)
            List<String> given = spec().commandLine().getParseResult().matchedOption("--interval").originalStringValues();
            throw new UserError("--interval: sampling interval must be at least " + MemoryMonitor.MIN_INTERVAL.toMillis()
                    + "ms, got " + given.getLast());
        }
        try (ProfileOutput output = ProfileOutput.open(out, outputNames())) {
            ProfileSession.Builder session = session(output.scratch()).interval(interval);
            if (json()) {
                // stdout carries one JSON value: the child's output goes to stderr.
                session.stdout(System.err);
            }
            ProfileResult result = session.run();
            if (output.stopped()) {
                return result.exitCode(); // the stop says so; this JVM exits with the signal's code
            }
            List<Path> scratchFiles = new ArrayList<>(result.files());
            String chart = drawChart(result, output.target(), scratchFiles);
            List<Path> files = output.publish(scratchFiles);
            if (files == null) {
                return result.exitCode();
            }
            emit(jsonResult(result, out, files, chart), () -> human(result, out, files, chart));
            return result.exitCode();
        }
    }

    /** @return the names of the files this run may write: a recording only of a JVM, a flame graph only with --async */
    private List<String> outputNames() {
        boolean jvm = chunkwiseArgs(command).isPresent() || JavaCommand.isJava(command);
        return ProfileOutput.outputNames().stream()
                .filter(n -> !n.equals(ProfileFiles.RECORDING_JFR) || (jvm && !noJfr))
                .filter(n -> !n.startsWith("flame-") || (async != null && n.equals(async.flameGraphFileName())))
                .toList();
    }

    private ProfileSession.Builder session(Path dir) {
        ProfileSession.Builder session = chunkwiseArgs(command)
                .map(args -> ProfileSession.javaMain(dir, MAIN, args).jvmOptions(CommandJvmOptions.of(args)))
                .orElseGet(() -> ProfileSession.command(dir, command));
        return session.displayAs(command).jfr(noJfr ? null : jfrSettings).async(async).nmt(!noNmt).pss(pss);
    }

    /**
     * @param args COMMAND, as given after {@code --}
     * @return the chunkwise arguments when COMMAND is a chunkwise command, else empty
     */
    static java.util.Optional<List<String>> chunkwiseArgs(List<String> args) {
        Path program = Path.of(args.getFirst()).getFileName();
        if (program != null && program.toString().equals("chunkwise")) {
            // the launcher: its arguments are chunkwise's, none as well (its usage), never its own path as a command
            return java.util.Optional.of(List.copyOf(args.subList(1, args.size())));
        }
        boolean known = Subcommands.named(args.getFirst()).isPresent() || args.getFirst().startsWith("-");
        return known ? java.util.Optional.of(List.copyOf(args)) : java.util.Optional.empty();
    }

    private String drawChart(ProfileResult result, Path target, List<Path> files) {
        Path name = target.getFileName();
        String why = MemoryChart.draw(result.dir(), name == null ? target.toString() : name.toString(), files);
        if (why != null) {
            // drawn in the scratch directory: named by the directory the user gave
            why = why.replace(result.dir().toString(), out.toString());
        }
        if (why != null && json()) {
            // without --json the summary's notes say it once
            notice("profile: " + why);
        }
        return why;
    }

    private static Map<String, Object> jsonResult(ProfileResult result, Path dir, List<Path> files, String chartProblem) {
        Map<String, Object> out = new LinkedHashMap<>(result.summary().asMap());
        out.put("outputDir", dir.toString());
        out.put("files", files.stream().map(f -> f.getFileName().toString()).toList());
        if (chartProblem != null) {
            out.put("chart", chartProblem);
        }
        return out;
    }

    @SuppressWarnings("unchecked")
    private static String human(ProfileResult result, Path dir, List<Path> files, String chartProblem) {
        Map<String, Object> s = result.summary().asMap();
        Map<String, Object> metrics = (Map<String, Object>) s.get("metrics");
        StringBuilder text = new StringBuilder();
        String samples = s.get("samples") instanceof Number n ? Counted.of(n.longValue(), "sample") : s.get("samples") + " samples";
        text.append(String.format(Locale.ROOT, "profile: exit code %d after %s ms, %s every %s ms%n", result.exitCode(),
                grouped(s.get("wallMs")), samples, milliseconds(s.get("intervalMs"))));
        ExitSignal.of(result.exitCode()).ifPresent(signal -> text.append("  exit code ").append(result.exitCode())
                .append(": as from ").append(signal.describe()).append('\n'));
        if (s.get("jvm") != null) {
            text.append("  jvm: ").append(s.get("jvm")).append('\n');
        }
        if (!metrics.isEmpty()) {
            // the *_mb columns keep their names (scripts read them) but hold MiB: the header says so
            text.append(String.format(Locale.ROOT, "  %-23s %10s %10s %10s %10s%n", METRIC_HEADER, "initial", "peak", "final", "peak at"));
        }
        metrics.forEach((column, value) -> {
            Map<String, Object> m = (Map<String, Object>) value;
            if (column.startsWith("descendants") && m.get("peak") instanceof Number peak && peak.doubleValue() == 0) {
                return; // the command started no process: nothing to show (summary.json keeps the zeros)
            }
            text.append(String.format(Locale.ROOT, "  %-23s %10s %10s %10s %8sms%n", column, m.get("initial"), m.get("peak"),
                    m.get("final"), m.get("peakAtMs")));
        });
        if (s.get("jfr") instanceof Map<?, ?> jfr) {
            text.append("  ").append(JfrLine.of(jfr)).append('\n');
            if (jfr.get("work") instanceof List<?> work) {
                work.forEach(w -> text.append("  ").append(WorkLine.of((Map<?, ?>) w)).append('\n'));
            }
        }
        if (s.get("asyncProfiler") instanceof Map<?, ?> ap) {
            text.append("  async-profiler ").append(ap.get("version")).append(' ').append(ap.get("mode"));
            if (ap.get("cpuEngine") != null) {
                text.append(": cpu engine ").append(ap.get("cpuEngine")).append(" (").append(ap.get("cpuEngineEvidence")).append(')');
            }
            text.append('\n');
        }
        for (String note : result.notes()) {
            text.append("  note: ").append(note).append('\n');
        }
        if (chartProblem != null) {
            text.append("  note: ").append(chartProblem).append('\n');
        }
        text.append("  wrote: ").append(String.join(", ", files.stream().map(f -> f.getFileName().toString()).toList()))
                .append(" in ").append(dir);
        return text.toString();
    }

    /**
     * Reads {@code --interval}: a bare {@code 0} is a duration too short to sample at, told as
     * such (like {@code 4ms}), not as a word that is not a duration.
     */
    static final class IntervalConverter implements CommandLine.ITypeConverter<Duration> {
        @Override
        public Duration convert(String text) {
            if (text.strip().matches("0+")) {
                return Duration.ZERO;
            }
            try {
                return Durations.parse(text);
            } catch (IllegalArgumentException e) {
                throw new CommandLine.TypeConversionException(e.getMessage());
            }
        }
    }

    /**
     * Reads {@code --async}: an unknown mode is told the modes that work, not every constant of
     * {@link AsyncMode} (nativemem is read, to be refused with the reason).
     */
    static final class AsyncModeConverter implements CommandLine.ITypeConverter<AsyncMode> {
        @Override
        public AsyncMode convert(String text) {
            for (AsyncMode mode : AsyncMode.values()) {
                if (mode.event().equalsIgnoreCase(text.strip())) {
                    return mode;
                }
            }
            throw new CommandLine.TypeConversionException("'" + text + "' is not a mode; expected cpu, alloc or wall");
        }
    }

    /** @return an interval from the summary: whole milliseconds grouped, a fraction of one as it is (7.5) */
    private static String milliseconds(Object interval) {
        return interval instanceof Double fraction ? fraction.toString() : grouped(interval);
    }

    /** @return a count from the summary, grouped as the rest of the text */
    private static String grouped(Object count) {
        return count instanceof Number n ? Decimals.grouped(n.longValue()) : String.valueOf(count);
    }
}
