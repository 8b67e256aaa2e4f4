package io.chunkwise.reports.model;

import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * A profiled run's {@code summary.json}.
 *
 * @param name the run's name (its directory's name, or as much of its path as tells it from another
 *     of that name)
 * @param command the profiled command line
 * @param intervalMs the sampling interval
 * @param samples the number of samples
 * @param exitCode the command's exit code
 * @param metrics the metrics by name, in file order
 * @param phases the phase marks
 * @param work the timings of Chunkwise's chunks and batches from the run's JFR recording (none
 *     without a recording)
 */
public record RunSummary(String name, String command, double intervalMs, long samples, int exitCode,
        Map<String, MetricSummary> metrics, List<PhaseMark> phases, List<WorkTimes> work) {
    /** Copies the collections, keeping the metrics' order. */
    public RunSummary {
        Objects.requireNonNull(name, "name");
        metrics = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(metrics));
        phases = List.copyOf(phases);
        work = List.copyOf(work);
    }

    /**
     * @param other the name to show instead, e.g. {@code run1/prof} beside another {@code prof}
     * @return this summary under that name
     */
    public RunSummary withName(String other) {
        return new RunSummary(other, command, intervalMs, samples, exitCode, metrics, phases, work);
    }

    /**
     * @param metric a metric name, e.g. {@code rss_anon_mb}
     * @return its summary, when the run measured it
     */
    public Optional<MetricSummary> metric(String metric) {
        return Optional.ofNullable(metrics.get(metric));
    }
}
