package io.chunkwise.bench.memory;

import io.chunkwise.profiler.metric.Metric;
import io.chunkwise.profiler.metric.Metrics;
import io.chunkwise.profiler.monitor.MemorySeries;

/** Feeds a profiler {@link MemorySeries} into a {@link PeakTracker}, sample by sample. */
final class SeriesPeaks {
    private SeriesPeaks() {
    }

    static PeakTracker of(MemorySeries series) {
        PeakTracker peaks = new PeakTracker();
        addTo(peaks, series);
        return peaks;
    }

    static void addTo(PeakTracker peaks, MemorySeries series) {
        for (int i = 0; i < series.size(); i++) {
            peaks.add(new MemoryReading(
                    value(series, Metrics.RSS_ANON, i),
                    value(series, Metrics.RSS_FILE, i),
                    value(series, Metrics.HEAP_USED, i),
                    value(series, Metrics.NMT_COMMITTED, i)));
        }
    }

    private static long value(MemorySeries series, Metric metric, int sample) {
        if (!series.metrics().contains(metric)) {
            return -1;
        }
        long v = series.value(metric, sample);
        return v == Metric.MISSING ? -1 : v;
    }
}
