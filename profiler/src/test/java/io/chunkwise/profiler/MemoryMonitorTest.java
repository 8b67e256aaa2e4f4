package io.chunkwise.profiler;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.chunkwise.profiler.metric.Metric;
import io.chunkwise.profiler.metric.MetricSummary;
import io.chunkwise.profiler.metric.Metrics;
import io.chunkwise.profiler.monitor.GuardEvent;
import io.chunkwise.profiler.monitor.MemoryMonitor;
import io.chunkwise.profiler.monitor.MemorySeries;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.ByteBuffer;
import java.nio.MappedByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Known allocations show up in the right column, within tolerance. */
class MemoryMonitorTest {
    private static final long MIB = 1024 * 1024;
    private static final Duration TEN_MS = Duration.ofMillis(10);

    private static MetricSummary summary(MemorySeries series, Metric metric) {
        return series.summary(metric).orElseThrow(() -> new AssertionError("no values for " + metric.column()));
    }

    private static void hold(long ms) {
        try {
            Thread.sleep(ms);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    @Test
    void aLargeHeapArrayShowsInHeapUsed() {
        byte[][] keep = new byte[1][];
        MemorySeries series;
        System.gc(); // a baseline free of other tests' garbage (a test, not a measurement)
        try (MemoryMonitor monitor = MemoryMonitor.builder().interval(TEN_MS).start()) {
            hold(30);
            monitor.mark("allocate");
            keep[0] = new byte[(int) (200 * MIB)];
            hold(100);
            series = monitor.stop();
        }
        assertThat(keep[0]).hasSize((int) (200 * MIB));
        MetricSummary heap = summary(series, Metrics.HEAP_USED);
        assertThat(heap.peak() - heap.initial()).isBetween(180 * MIB, 300 * MIB);
        // A sample's time is taken before its reads: allow one interval (and a busy machine) of overlap.
        assertThat(heap.peakAtMs()).isGreaterThanOrEqualTo(series.phases().getFirst().atMs() - 25);
        MetricSummary direct = summary(series, Metrics.DIRECT);
        assertThat(direct.peak() - direct.initial()).isLessThan(MIB);
        assertThat(series.size()).isGreaterThanOrEqualTo(5);
    }

    @Test
    void aLargeDirectBufferShowsInDirectAndRssAnonNotHeap() {
        ByteBuffer[] keep = new ByteBuffer[1];
        MemorySeries series;
        try (MemoryMonitor monitor = MemoryMonitor.builder().interval(TEN_MS).start()) {
            hold(30);
            keep[0] = ByteBuffer.allocateDirect((int) (128 * MIB));
            hold(100);
            series = monitor.stop();
        }
        assertThat(keep[0].capacity()).isEqualTo((int) (128 * MIB));
        MetricSummary direct = summary(series, Metrics.DIRECT);
        assertThat(direct.peak() - direct.initial()).isEqualTo(128 * MIB);
        MetricSummary anon = summary(series, Metrics.RSS_ANON);
        assertThat(anon.peak() - anon.initial()).isGreaterThan(115 * MIB);
        MetricSummary heap = summary(series, Metrics.HEAP_USED);
        assertThat(heap.peak() - heap.initial()).isLessThan(64 * MIB);
    }

    @Test
    void aMappedFileTouchedEndToEndShowsInRssFileNotRssAnon(@TempDir Path dir) throws IOException {
        Path file = dir.resolve("data.bin");
        long size = 96 * MIB;
        try (OutputStream out = Files.newOutputStream(file)) {
            byte[] block = new byte[(int) MIB];
            java.util.Arrays.fill(block, (byte) 7);
            for (int i = 0; i < size / MIB; i++) {
                out.write(block);
            }
        }
        long sum = 0;
        MemorySeries series;
        try (FileChannel ch = FileChannel.open(file);
             MemoryMonitor monitor = MemoryMonitor.builder().interval(TEN_MS).start()) {
            hold(30);
            monitor.mark("touch mapped file");
            MappedByteBuffer map = ch.map(FileChannel.MapMode.READ_ONLY, 0, size);
            for (int i = 0; i < size; i += 4096) {
                sum += map.get(i);
            }
            hold(100);
            series = monitor.stop();
            assertThat(map.capacity()).isEqualTo((int) size);
        }
        assertThat(sum).isEqualTo(7L * (size / 4096));
        MetricSummary rssFile = summary(series, Metrics.RSS_FILE);
        assertThat(rssFile.peak() - rssFile.initial()).isGreaterThan(86 * MIB);
        MetricSummary mapped = summary(series, Metrics.MAPPED);
        assertThat(mapped.peak() - mapped.initial()).isEqualTo(size);
        MetricSummary anon = summary(series, Metrics.RSS_ANON);
        assertThat(anon.peak() - anon.initial()).isLessThan(32 * MIB);
    }

    @Test
    void peakRssAgreesWithTheKernelsHighWaterMark() {
        ByteBuffer[] keep = new ByteBuffer[1];
        MemorySeries series;
        try (MemoryMonitor monitor = MemoryMonitor.builder().interval(Duration.ofMillis(5)).start()) {
            MemorySeries first = monitor.snapshot();
            long rss = first.value(Metrics.RSS, 0);
            long hwm = first.value(Metrics.VM_HWM, 0);
            // Go well above any earlier peak of this JVM, so the new peak is the one sampled here.
            long extra = Math.max(160 * MIB, hwm - rss + 96 * MIB);
            keep[0] = ByteBuffer.allocateDirect((int) extra);
            hold(150);
            series = monitor.stop();
        }
        assertThat(keep[0]).isNotNull();
        long peakRss = summary(series, Metrics.RSS).peak();
        long hwm = summary(series, Metrics.VM_HWM).last();
        assertThat((double) peakRss).isCloseTo((double) hwm, org.assertj.core.data.Percentage.withPercentage(3));
        // Not "<=": the kernel's RSS counters are per-CPU approximations, VmHWM may trail by a few pages.
    }

    @Test
    void guardFiresOnceWhenTheBudgetIsCrossed() {
        List<GuardEvent> events = new CopyOnWriteArrayList<>();
        AtomicLong arrow = new AtomicLong(10 * MIB);
        Metric arrowMetric = Metric.bytes("arrow_allocated", "ArrowAllocated");
        MemorySeries series;
        try (MemoryMonitor monitor = MemoryMonitor.builder().interval(TEN_MS)
                .gauge(arrowMetric, arrow::get)
                .guard(arrowMetric, 64 * MIB, events::add)
                .start()) {
            hold(40);
            arrow.set(100 * MIB);
            hold(60);
            arrow.set(120 * MIB);
            hold(40);
            series = monitor.stop();
        }
        assertThat(events).hasSize(1);
        assertThat(events.getFirst().metric()).isEqualTo(arrowMetric);
        assertThat(events.getFirst().value()).isEqualTo(100 * MIB);
        assertThat(series.metrics().getLast().column()).isEqualTo("arrow_allocated_mb");
        MetricSummary s = summary(series, arrowMetric);
        assertThat(s.initial()).isEqualTo(10 * MIB);
        assertThat(s.peak()).isEqualTo(120 * MIB);
        assertThat(s.delta()).isEqualTo(110 * MIB);
    }

    @Test
    void aGuardMayStopTheMonitorItRunsIn() throws Exception {
        AtomicLong work = new AtomicLong(0);
        Metric workMetric = Metric.bytes("work", "Work");
        java.util.concurrent.atomic.AtomicReference<MemoryMonitor> self = new java.util.concurrent.atomic.AtomicReference<>();
        java.util.concurrent.CompletableFuture<MemorySeries> stopped = new java.util.concurrent.CompletableFuture<>();
        MemoryMonitor monitor = MemoryMonitor.builder().interval(TEN_MS).gauge(workMetric, work::get)
                .guard(workMetric, 100, e -> stopped.complete(self.get().stop())).start();
        self.set(monitor);
        hold(30);
        work.set(1000);
        MemorySeries fromGuard = stopped.get(10, java.util.concurrent.TimeUnit.SECONDS);
        // a later stop() or close() returns at once, with the same series, ending with the sample that crossed
        java.util.concurrent.CompletableFuture<MemorySeries> later = java.util.concurrent.CompletableFuture.supplyAsync(monitor::stop);
        assertThat(later.get(10, java.util.concurrent.TimeUnit.SECONDS)).isSameAs(fromGuard);
        monitor.close();
        assertThat(summary(fromGuard, workMetric).peak()).isEqualTo(1000);
        assertThat(summary(fromGuard, workMetric).last()).isEqualTo(1000);
    }

    @Test
    void aGuardOverBudgetAtTheStartRunsOnTheSamplerAndMayStopIt() throws Exception {
        Metric workMetric = Metric.bytes("work", "Work");
        java.util.concurrent.atomic.AtomicReference<MemoryMonitor> self = new java.util.concurrent.atomic.AtomicReference<>();
        java.util.concurrent.CompletableFuture<String> stoppedFrom = new java.util.concurrent.CompletableFuture<>();
        MemoryMonitor monitor = MemoryMonitor.builder().interval(TEN_MS).gauge(workMetric, () -> 1000)
                .guard(workMetric, 100, e -> {
                    while (self.get() == null) {
                        Thread.onSpinWait(); // start() has returned before the sampler's first sample ends
                    }
                    self.get().stop();
                    stoppedFrom.complete(Thread.currentThread().getName());
                }).start();
        self.set(monitor);
        assertThat(stoppedFrom.get(10, java.util.concurrent.TimeUnit.SECONDS)).isEqualTo("chunkwise-memory-sampler");
        assertThat(monitor.stop().size()).as("sampling ended with the first sample").isEqualTo(1);
    }

    @Test
    void aBuilderStartsOneMonitor() {
        MemoryMonitor.Builder builder = MemoryMonitor.builder().interval(TEN_MS);
        try (MemoryMonitor first = builder.start()) {
            assertThatThrownBy(builder::start).isInstanceOf(IllegalStateException.class)
                    .hasMessageContaining("has started a monitor already");
            assertThat(first.targetGone()).isFalse();
        }
    }

    @Test
    void aShortRunStillHasAnInitialAndAFinalSample() {
        MemorySeries series;
        try (MemoryMonitor monitor = MemoryMonitor.builder().start()) {
            series = monitor.stop();
        }
        assertThat(series.size()).isBetween(2, 4);
        assertThat(series.elapsedMs(0)).isLessThan(50);
        assertThat(series.interval()).isEqualTo(MemoryMonitor.DEFAULT_INTERVAL);
        assertThat(series.metrics()).startsWith(Metrics.RSS, Metrics.RSS_ANON, Metrics.RSS_FILE,
                Metrics.RSS_SHMEM, Metrics.VM_HWM, Metrics.HEAP_USED);
        assertThat(series.metrics().stream().map(Metric::column)).containsSubsequence(
                "rss_mb", "rss_anon_mb", "rss_file_mb", "rss_shmem_mb", "vm_hwm_mb", "heap_used_mb",
                "heap_committed_mb", "nonheap_used_mb", "direct_mb", "mapped_mb", "nmt_committed_mb",
                "gc_count", "gc_time_ms");
        // This test JVM runs without NMT: the column is there, empty.
        assertThat(series.summary(Metrics.NMT_COMMITTED)).isEmpty();
    }

    @Test
    void badConfigurationIsRefused() {
        assertThatThrownBy(() -> MemoryMonitor.builder().interval(Duration.ofMillis(1)))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("at least 5ms");
        assertThatThrownBy(() -> MemoryMonitor.builder().gauge(Metrics.RSS, () -> 1))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("rss_mb is sampled twice");
        assertThatThrownBy(() -> MemoryMonitor.builder(ProcessHandle.current().pid())
                .guard(Metrics.HEAP_USED, 1, e -> { }).start())
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("heap_used_mb");
        assertThatThrownBy(() -> Metric.bytes("Bad Name", "X")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> MemoryMonitor.builder(Long.MAX_VALUE))
                .isInstanceOf(java.io.UncheckedIOException.class).hasMessageContaining("/proc");
    }

    @Test
    void aChildThatHasEndedGivesNoSamplesNotAnError() throws Exception {
        Process child = new ProcessBuilder("true").start();
        assertThat(child.waitFor()).isZero();
        MemoryMonitor monitor = MemoryMonitor.builder(child.toHandle()).pss().start();
        assertThat(monitor.stop().size()).isZero();
        assertThat(monitor.targetGone()).isTrue();
    }

    @Test
    void aFailingGaugeIsNotedNotFatal() {
        MemorySeries series;
        try (MemoryMonitor monitor = MemoryMonitor.builder().interval(TEN_MS)
                .gauge(Metric.bytes("broken", "Broken"), () -> {
                    throw new IllegalStateException("allocator closed");
                }).start()) {
            hold(30);
            series = monitor.stop();
        }
        assertThat(series.summary(Metric.bytes("broken", "Broken"))).isEmpty();
        assertThat(series.notes()).singleElement().asString().contains("broken_mb").contains("allocator closed");
        assertThat(series.summary(Metrics.RSS)).isPresent();
    }

    @Test
    void pssKeepsSamplingAChildThatExecsAndLivesAboutASecond() throws Exception {
        // sh execs sleep after 0.4 s: the smaps_rollup opened on sh's address space stops working then
        Process child = new ProcessBuilder("sh", "-c", "sleep 0.4; exec sleep 0.8").start();
        MemoryMonitor monitor = MemoryMonitor.builder(child.toHandle()).interval(Duration.ofMillis(50)).pss().start();
        assertThat(child.waitFor()).isZero();
        MemorySeries series = monitor.stop();
        assertThat(series.size()).as(series.notes().toString()).isGreaterThan(12);
        assertThat(series.elapsedMs(series.size() - 1)).isGreaterThan(1000);
        long[] pss = series.column(Metrics.PSS);
        long lateReads = java.util.stream.IntStream.range(0, series.size())
                .filter(i -> series.elapsedMs(i) > 600 && pss[i] != Metric.MISSING && pss[i] > 0).count();
        assertThat(lateReads).as("PSS read after the exec").isGreaterThanOrEqualTo(1);
        assertThat(series.notes()).noneMatch(n -> n.contains("pss"));
    }
}
