package io.chunkwise.cli.profile;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

class JfrLineTest {
    @Test
    void aRecordingWithoutGcSaysSoInsteadOfNull() {
        Map<String, Object> jfr = new HashMap<>(Map.of("gcCount", 0L, "gcPauseMaxMs", 0.0, "allocationRateMbPerSec", 12.5));
        jfr.put("heapAfterGcPeakMb", null);
        assertThat(JfrLine.of(jfr)).isEqualTo("jfr: no GC in the recording, allocation 12.5 MiB/s");
    }

    @Test
    void collectionsAreCountedAsTheRecordingsOwn() {
        assertThat(JfrLine.of(Map.of("gcCount", 3L, "gcPauseMaxMs", 4.2, "allocationRateMbPerSec", 15.4, "heapAfterGcPeakMb", 35.4)))
                .isEqualTo("jfr: 3 GCs in the recording, max pause 4.2 ms, allocation 15.4 MiB/s, heap after GC peak 35.4 MiB");
        assertThat(JfrLine.of(Map.of("gcCount", 1L, "gcPauseMaxMs", 1.0, "allocationRateMbPerSec", 1.0, "heapAfterGcPeakMb", 2.0)))
                .startsWith("jfr: 1 GC in the recording");
    }
}
