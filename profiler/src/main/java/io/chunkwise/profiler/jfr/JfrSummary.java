package io.chunkwise.profiler.jfr;

import java.nio.file.Path;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What a flight recording says about memory: garbage collections and their pauses, allocation
 * rate, heap after GC and the top allocation sites; and how long Chunkwise's chunks and batches took.
 *
 * @param duration the time the recording spans
 * @param gcCount garbage collections
 * @param gcPauseTotal the sum of their pauses
 * @param gcPauseMax the longest pause
 * @param heapAfterGcPeakBytes the highest heap used after a GC (the live set), -1 when no GC
 * @param heapAfterGcLastBytes the heap used after the last GC, -1 when no GC
 * @param allocatedBytes sampled allocation weight (an estimate of bytes allocated)
 * @param allocationRateBytesPerSecond {@code allocatedBytes} over {@code duration}
 * @param topAllocationSites where most bytes were allocated, largest first
 * @param work the timings of Chunkwise's own events, by event type and strategy
 * @param events events read
 */
public record JfrSummary(Duration duration, long gcCount, Duration gcPauseTotal, Duration gcPauseMax,
                         long heapAfterGcPeakBytes, long heapAfterGcLastBytes, long allocatedBytes,
                         double allocationRateBytesPerSecond, List<AllocationSite> topAllocationSites, List<WorkTiming> work,
                         long events) {

    /**
     * Reads a recording.
     *
     * @param file a {@code .jfr} file
     * @return its summary
     * @throws java.io.UncheckedIOException when the file cannot be read or is not a recording
     */
    public static JfrSummary read(Path file) {
        return JfrSummaryReader.read(file);
    }

    /** @return the summary as a map for {@code summary.json} (MiB, ms) */
    public Map<String, Object> asMap() {
        double mib = 1024.0 * 1024.0;
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("durationMs", duration.toMillis());
        out.put("events", events);
        out.put("gcCount", gcCount);
        out.put("gcPauseTotalMs", round(gcPauseTotal.toNanos() / 1e6));
        out.put("gcPauseMaxMs", round(gcPauseMax.toNanos() / 1e6));
        out.put("heapAfterGcPeakMb", heapAfterGcPeakBytes < 0 ? null : round(heapAfterGcPeakBytes / mib));
        out.put("heapAfterGcLastMb", heapAfterGcLastBytes < 0 ? null : round(heapAfterGcLastBytes / mib));
        out.put("allocatedMb", round(allocatedBytes / mib));
        out.put("allocationRateMbPerSec", round(allocationRateBytesPerSecond / mib));
        out.put("topAllocationSites", topAllocationSites.stream().map(s -> {
            Map<String, Object> site = new LinkedHashMap<>();
            site.put("frame", s.frame());
            site.put("objectClass", s.objectClass());
            site.put("mb", round(s.bytes() / mib));
            site.put("share", round(s.share()));
            return site;
        }).toList());
        out.put("work", work.stream().map(WorkTiming::asMap).toList());
        return out;
    }

    private static double round(double v) {
        return Math.round(v * 1000.0) / 1000.0;
    }
}
