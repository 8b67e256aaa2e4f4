package io.chunkwise.profiler.output;

import io.chunkwise.profiler.metric.Metric;
import io.chunkwise.profiler.metric.MetricSummary;
import io.chunkwise.profiler.metric.Unit;
import io.chunkwise.profiler.monitor.MemorySeries;
import io.chunkwise.profiler.monitor.Phase;
import io.chunkwise.profiler.process.ExitSignal;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The content of {@code summary.json}: what ran, on which JVM, how it was sampled, its exit code,
 * a summary per metric (initial, peak, final, delta, peakAtMs — bytes in MiB) and the phases.
 * Sections from other tools (JFR, async-profiler) are added with {@link #with}.
 */
public final class RunSummary {
    private final Map<String, Object> root = new LinkedHashMap<>();

    /**
     * A summary whose {@code command} is the arguments as a shell line ({@link ShellWords}: pasted into a
     * shell, it runs the same command) and whose {@code argv} is the arguments themselves.
     *
     * @param argv what was profiled, its arguments, the program first
     * @param jvm the JVM that ran it (name and version), or null when it was not a JVM
     * @param series the samples
     * @param exitCode the process exit code, or null for an in-process run
     */
    public RunSummary(List<String> argv, String jvm, MemorySeries series, Integer exitCode) {
        // the arguments as given too: a script reads them without undoing the quoting
        this(ShellWords.join(argv), List.copyOf(argv), jvm, series, exitCode);
    }

    /**
     * @param command what was profiled, as a command line
     * @param jvm the JVM that ran it (name and version), or null when it was not a JVM
     * @param series the samples
     * @param exitCode the process exit code, or null for an in-process run
     */
    public RunSummary(String command, String jvm, MemorySeries series, Integer exitCode) {
        this(command, null, jvm, series, exitCode);
    }

    private RunSummary(String command, List<String> argv, String jvm, MemorySeries series, Integer exitCode) {
        root.put("command", command);
        if (argv != null) {
            root.put("argv", argv);
        }
        root.put("jvm", jvm);
        root.put("intervalMs", series.intervalMillis());
        root.put("samples", series.size());
        root.put("exitCode", exitCode);
        if (exitCode != null) {
            ExitSignal.of(exitCode).ifPresent(signal -> root.put("exitSignal", signal.name()));
        }
        Map<String, Object> metrics = new LinkedHashMap<>();
        for (MetricSummary s : series.summaries()) {
            metrics.put(s.metric().column(), metric(s));
        }
        root.put("metrics", metrics);
        List<Object> phases = new ArrayList<>();
        for (Phase p : series.phases()) {
            Map<String, Object> phase = new LinkedHashMap<>();
            phase.put("name", p.name());
            phase.put("atMs", p.atMs());
            phases.add(phase);
        }
        root.put("phases", phases);
        if (!series.notes().isEmpty()) {
            root.put("notes", series.notes());
        }
    }

    private static Map<String, Object> metric(MetricSummary s) {
        Metric m = s.metric();
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("unit", m.unit().display());
        out.put("kind", m.kind());
        out.put("initial", display(m, s.initial()));
        out.put("peak", display(m, s.peak()));
        out.put("final", display(m, s.last()));
        out.put("delta", display(m, s.delta()));
        out.put("peakAtMs", s.peakAtMs());
        return out;
    }

    private static Object display(Metric m, long raw) {
        if (m.unit() == Unit.BYTES) {
            return Math.round(m.unit().toDisplay(raw) * 1000.0) / 1000.0;
        }
        return raw;
    }

    /**
     * Adds a section (maps, lists, strings, numbers, booleans only).
     *
     * @param key the section's key, e.g. {@code jfr}
     * @param value its content
     * @return this summary
     */
    public RunSummary with(String key, Object value) {
        root.put(key, value);
        return this;
    }

    /** @return the summary as nested maps and lists */
    public Map<String, Object> asMap() {
        return java.util.Collections.unmodifiableMap(root);
    }

    /** @return the summary as JSON text */
    public String toJson() {
        return JsonText.write(root);
    }

    /**
     * @param file where to write {@code summary.json}
     * @throws UncheckedIOException when the file cannot be written
     */
    public void write(Path file) {
        try {
            Files.writeString(file, toJson(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + file, e);
        }
    }
}
