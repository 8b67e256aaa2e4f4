package io.chunkwise.profiler.monitor;

import static org.assertj.core.api.Assertions.assertThat;

import io.chunkwise.profiler.metric.Metric;
import java.time.Duration;
import java.util.stream.LongStream;
import org.junit.jupiter.api.Test;

/** A series whose samples came far less often than asked says so, with the longest gap. */
class SamplingCadenceTest {
    @Test
    void samplesFarFewerThanTheIntervalAsksForAreNoted() {
        // every 5 ms asked over 7,100 ms; a sample every 50 ms or so came, one gap of 278 ms
        long[] at = LongStream.concat(LongStream.rangeClosed(0, 136).map(i -> i * 50),
                LongStream.of(6_800 + 278, 7_100)).toArray();
        assertThat(SamplingCadence.note(at, at.length, Duration.ofMillis(5))).hasValue("sampling fell behind: 139 samples "
                + "in 7,100 ms, where one every 5 ms makes 1,421; the longest gap between two was 278 ms, and a peak shorter "
                + "than that can be missed (the machine or a probe is too slow for this interval: sample less often)");
    }

    @Test
    void samplesAtTheIntervalOrAFewLateAreNotNoted() {
        long[] kept = LongStream.rangeClosed(0, 200).map(i -> i * 5).toArray();
        assertThat(SamplingCadence.note(kept, kept.length, Duration.ofMillis(5))).isEmpty();
        // a pause of 100 ms in 2 s: 95% of the samples asked for
        long[] paused = LongStream.concat(LongStream.rangeClosed(0, 100).map(i -> i * 10),
                LongStream.rangeClosed(0, 90).map(i -> 1_100 + i * 10)).toArray();
        assertThat(SamplingCadence.note(paused, paused.length, Duration.ofMillis(10))).isEmpty();
        // too short a span to judge: two samples 40 ms apart at 5 ms
        assertThat(SamplingCadence.note(new long[] {0, 40}, 2, Duration.ofMillis(5))).isEmpty();
        assertThat(SamplingCadence.note(new long[] {0}, 1, Duration.ofMillis(5))).isEmpty();
    }

    @Test
    void aFractionalIntervalIsNamedAsGiven() {
        long[] at = LongStream.rangeClosed(0, 20).map(i -> i * 30).toArray();
        assertThat(SamplingCadence.note(at, at.length, Duration.ofNanos(7_500_000)))
                .hasValueSatisfying(n -> assertThat(n).contains("where one every 7.5 ms makes 81;"));
    }

    @Test
    void aMonitorWhoseProbeIsTooSlowForItsIntervalSaysSo() throws InterruptedException {
        MemoryMonitor monitor = MemoryMonitor.builder(ProcessHandle.current()).interval(Duration.ofMillis(5))
                .gauge(Metric.bytes("slow_mb", "Slow"), () -> {
                    try {
                        Thread.sleep(30);
                    } catch (InterruptedException e) {
                        Thread.currentThread().interrupt();
                    }
                    return 1;
                }).start();
        Thread.sleep(600);
        MemorySeries series = monitor.stop();
        assertThat(series.notes()).anySatisfy(n -> assertThat(n).startsWith("sampling fell behind: " + series.size()
                + " samples in ").contains("where one every 5 ms makes"));
    }
}
