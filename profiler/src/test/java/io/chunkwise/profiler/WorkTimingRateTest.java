package io.chunkwise.profiler;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import io.chunkwise.profiler.jfr.WorkTiming;
import java.time.Duration;
import org.junit.jupiter.api.Test;

/**
 * A unit of work's input rate is decimal MB/s (10^6 bytes a second), as bench's {@code rate.mb} and
 * {@code index} give input rates: it was MiB/s, so {@code profile} printed 466 MiB/s a thread for a
 * speed the other commands give as 489 MB/s.
 */
class WorkTimingRateTest {
    private static WorkTiming timing(long bytes, Duration busy) {
        return new WorkTiming("io.chunkwise.Chunk", "Chunk", "mmap", 4, 1, busy.dividedBy(4), busy.dividedBy(4),
                busy.dividedBy(4), busy, busy, busy, bytes, 0);
    }

    @Test
    void aMebibyteInASecondIsOnePointZeroFiveMegabytesASecond() {
        WorkTiming t = timing(1 << 20, Duration.ofSeconds(1));
        assertThat(t.mbPerSecondPerThread()).isCloseTo(1.048576, within(1e-12));
        // summary.json's field says mb, and holds decimal MB/s; the input volume "mb" stays MiB
        assertThat(t.asMap()).containsEntry("mbPerSecPerThread", 1.049).containsEntry("mb", 1.0);
        assertThat(timing(2_000_000, Duration.ofSeconds(2)).asMap()).containsEntry("mbPerSecPerThread", 1.0);
    }

    @Test
    void noBytesIsNoRate() {
        assertThat(timing(-1, Duration.ofSeconds(1)).mbPerSecondPerThread()).isEqualTo(-1);
        assertThat(timing(-1, Duration.ofSeconds(1)).asMap()).containsEntry("mbPerSecPerThread", null);
    }
}
