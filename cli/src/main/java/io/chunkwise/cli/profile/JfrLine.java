package io.chunkwise.cli.profile;

import java.util.Map;

/**
 * The one-line JFR summary of {@code profile}'s human output. It counts the collections in the
 * recording (which starts after the JVM does, so it may see fewer than the sampled gc_count), and
 * leaves out the heap after GC when the recording holds no collection rather than printing "null".
 */
final class JfrLine {
    private JfrLine() {
    }

    /**
     * @param jfr the {@code jfr} section of summary.json
     * @return e.g. {@code jfr: 3 GCs in the recording, max pause 4.2 ms, allocation 15.4 MiB/s, heap after GC peak 35.4 MiB}
     */
    static String of(Map<?, ?> jfr) {
        Object count = jfr.get("gcCount");
        Object heapAfter = jfr.get("heapAfterGcPeakMb");
        String gcs = count instanceof Number n && n.longValue() == 0 ? "no GC in the recording"
                : count + (count instanceof Number n && n.longValue() == 1 ? " GC" : " GCs") + " in the recording, max pause "
                        + jfr.get("gcPauseMaxMs") + " ms";
        return "jfr: " + gcs + ", allocation " + jfr.get("allocationRateMbPerSec") + " MiB/s"
                + (heapAfter == null ? "" : ", heap after GC peak " + heapAfter + " MiB");
    }
}
