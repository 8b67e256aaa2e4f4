package io.chunkwise.reports.model;

/**
 * One metric of a profiled run's {@code summary.json}.
 *
 * @param name the metric, e.g. {@code rss_anon_mb}
 * @param kind the memory kind, e.g. {@code RssAnon}
 * @param unit the unit, e.g. {@code MiB}
 * @param initial the first sample
 * @param peak the largest sample
 * @param last the last sample ({@code final} in the file)
 * @param delta last minus initial
 * @param peakAtMs when the peak was seen, ms since the start; NaN when absent
 */
public record MetricSummary(String name, String kind, String unit, double initial, double peak, double last,
        double delta, double peakAtMs) {
}
