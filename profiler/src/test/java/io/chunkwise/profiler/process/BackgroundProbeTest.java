package io.chunkwise.profiler.process;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.chunkwise.profiler.metric.Metric;
import io.chunkwise.profiler.metric.Metrics;
import io.chunkwise.profiler.monitor.MemoryMonitor;
import io.chunkwise.profiler.monitor.MemorySeries;
import io.chunkwise.profiler.probe.Gauge;
import io.chunkwise.profiler.probe.Probe;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;

/**
 * A slow probe (a busy child JVM over JMX) read on its own thread leaves the other probes (the
 * child's /proc status) sampled at the interval asked for.
 */
class BackgroundProbeTest {
    private static final Metric SLOW = Metric.bytes("slow_mb", "Slow");

    /** A probe whose every read takes 100 ms, as a JMX read of a JVM busy on every core can. */
    private static Gauge slowGauge(AtomicLong reads) {
        return new Gauge(SLOW, () -> {
            try {
                Thread.sleep(100);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            return reads.incrementAndGet() << 20;
        });
    }

    @Test
    void aSlowProbeReadApartDoesNotHoldBackTheSamplesOfTheOthers() throws InterruptedException {
        AtomicLong reads = new AtomicLong();
        MemoryMonitor monitor = MemoryMonitor.builder(ProcessHandle.current()).interval(Duration.ofMillis(10))
                .probe(new BackgroundProbe(slowGauge(reads), Duration.ofMillis(10))).start();
        Thread.sleep(1_000);
        MemorySeries series = monitor.stop();

        // read on the sampler thread, each sample would wait 100 ms: about 10 in a second, not 100
        assertThat(series.size()).isGreaterThan(40);
        long[] rss = series.column(Metrics.RSS_ANON);
        assertThat(rss).doesNotContain(Metric.MISSING);
        long[] slow = series.column(SLOW);
        long readings = java.util.Arrays.stream(slow).filter(v -> v != Metric.MISSING).count();
        // each reading once, in the sample after it finished; empty cells between
        assertThat(readings).isBetween(3L, reads.get());
        assertThat(java.util.Arrays.stream(slow).filter(v -> v != Metric.MISSING).distinct().count()).isEqualTo(readings);
    }

    @Test
    void aFailedReadIsThrownToTheSamplerOnceAndReadingGoesOn() throws InterruptedException {
        AtomicLong calls = new AtomicLong();
        Probe failingOnce = new Gauge(SLOW, () -> {
            if (calls.incrementAndGet() == 1) {
                throw new IllegalStateException("connection dropped");
            }
            return 7;
        });
        BackgroundProbe probe = new BackgroundProbe(failingOnce, Duration.ofMillis(5));
        try {
            long[] values = new long[1];
            long deadline = System.nanoTime() + 5_000_000_000L;
            while (calls.get() < 1 && System.nanoTime() < deadline) {
                Thread.sleep(1);
            }
            Thread.sleep(2);
            assertThatThrownBy(() -> probe.read(values, 0)).hasMessage("connection dropped");
            while (calls.get() < 3 && System.nanoTime() < deadline) {
                Thread.sleep(1);
            }
            probe.read(values, 0);
            assertThat(values[0]).isEqualTo(7);
            assertThat(probe.metrics()).isEqualTo(List.of(SLOW));
        } finally {
            probe.close();
        }
    }
}
