package io.chunkwise.reports.model;

import java.util.Locale;
import java.util.Map;

/**
 * Names memory kinds as people read them, from the metric names of the shared profiler format
 * ({@code rss_anon} is {@code RssAnon}, {@code heap_used} is {@code heap used}…).
 */
public final class MemoryKinds {
    private static final Map<String, String> LABELS = Map.ofEntries(
            Map.entry("rss", "RSS"),
            Map.entry("rss_anon", "RssAnon"),
            Map.entry("rss_file", "RssFile"),
            Map.entry("rss_shmem", "RssShmem"),
            Map.entry("vm_hwm", "VmHWM"),
            Map.entry("heap_used", "heap used"),
            Map.entry("heap_committed", "heap committed"),
            Map.entry("nonheap_used", "non-heap used"),
            Map.entry("direct", "direct buffers"),
            Map.entry("mapped", "mapped buffers"),
            Map.entry("nmt_committed", "NMT committed"),
            Map.entry("descendants_rss_anon", "RssAnon of the processes it started"),
            Map.entry("descendants_rss_file", "RssFile of the processes it started"),
            Map.entry("arrow_allocated", "Arrow allocated"));

    private MemoryKinds() {
    }

    /**
     * @param metric a metric name without its unit suffix, e.g. {@code rss_anon}
     * @return the kind's label, e.g. {@code RssAnon}; unknown metrics keep their name
     */
    public static String label(String metric) {
        return LABELS.getOrDefault(metric.toLowerCase(Locale.ROOT), metric);
    }
}
