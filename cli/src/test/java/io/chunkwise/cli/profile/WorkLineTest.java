package io.chunkwise.cli.profile;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

class WorkLineTest {
    @Test
    void chunksShowTheirStrategyRateAndFallbacks() {
        Map<String, Object> work = new HashMap<>(Map.of("label", "Chunk", "strategy", "fix-parallel", "count", 23L,
                "threads", 2, "medianMs", 40.2, "firstPerThreadMaxMs", 520.3, "busyPerThreadMinMs", 612.0,
                "busyPerThreadMaxMs", 640.5, "mbPerSecPerThread", 410.2, "fallbacks", 1L));
        assertThat(WorkLine.of(work)).isEqualTo("Chunk (fix-parallel): 23 on 2 threads, median 40.2 ms, each thread's "
                + "first up to 520.3 ms, busy 612.0–640.5 ms a thread, 410 MB/s a thread, 1 fallback");
        work.put("fallbacks", 3L);
        assertThat(WorkLine.of(work)).endsWith(", 3 fallbacks");
    }

    @Test
    void batchesWithoutStrategyOrBytesSayOnlyWhatTheyHave() {
        Map<String, Object> work = new HashMap<>(Map.of("label", "Dataset Batch", "count", 1L, "threads", 1,
                "medianMs", 0.042, "firstPerThreadMaxMs", 0.042, "busyPerThreadMinMs", 0.042, "busyPerThreadMaxMs", 0.042,
                "fallbacks", 0L));
        work.put("strategy", null);
        work.put("mbPerSecPerThread", null);
        assertThat(WorkLine.of(work)).isEqualTo(
                "Dataset Batch: 1 on 1 thread, median 0.042 ms, each thread's first up to 0.042 ms, busy 0.042 ms a thread");
    }
}
