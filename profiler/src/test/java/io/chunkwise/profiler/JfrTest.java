package io.chunkwise.profiler;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.chunkwise.profiler.jfr.JfrSession;
import io.chunkwise.profiler.jfr.JfrSettings;
import io.chunkwise.profiler.jfr.JfrSummary;
import io.chunkwise.profiler.jfr.WorkTiming;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import jdk.jfr.Enabled;
import jdk.jfr.Event;
import jdk.jfr.Label;
import jdk.jfr.Name;
import jdk.jfr.consumer.RecordedEvent;
import jdk.jfr.consumer.RecordingFile;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class JfrTest {
    @Test
    void aRecordingIntoAMissingDirectoryIsRefusedBeforeAnythingIsRecorded(@TempDir Path dir) {
        Path file = dir.resolve("nodir").resolve("rec.jfr");
        assertThatThrownBy(() -> JfrSession.start(JfrSettings.DEFAULT, file)).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("cannot write the JFR recording " + file + ": " + file.getParent() + " does not exist");
    }

    @Test
    void aRecordingParsesAndHoldsGcEventsAndAllocationSites(@TempDir Path dir) throws IOException {
        Path file = dir.resolve("recording.jfr");
        long kept = 0;
        try (JfrSession jfr = JfrSession.start(JfrSettings.PROFILE, file)) {
            kept += allocateGarbage();
            System.gc(); // a test of the recording, not a measurement: make sure one GC happens
            assertThat(jfr).isNotNull();
        }
        assertThat(kept).isPositive();
        List<RecordedEvent> gcs = new ArrayList<>();
        for (RecordedEvent e : RecordingFile.readAllEvents(file)) {
            if (e.getEventType().getName().equals("jdk.GarbageCollection")) {
                gcs.add(e);
            }
        }
        assertThat(gcs).isNotEmpty();

        JfrSummary summary = JfrSummary.read(file);
        assertThat(summary.gcCount()).isEqualTo(gcs.size());
        assertThat(summary.heapAfterGcPeakBytes()).isPositive();
        assertThat(summary.allocatedBytes()).isPositive();
        assertThat(summary.allocationRateBytesPerSecond()).isPositive();
        assertThat(summary.topAllocationSites()).isNotEmpty();
        // JFR samples allocations (throttled, weighted), so rank is not exact: the workload's own
        // site must be among the top sites, whichever of them came first.
        assertThat(summary.topAllocationSites())
                .anySatisfy(site -> assertThat(site.frame()).startsWith("io.chunkwise.profiler.JfrTest.allocateGarbage"));
        assertThat(summary.asMap()).containsKeys("gcCount", "gcPauseMaxMs", "allocationRateMbPerSec", "topAllocationSites");
    }

    /** Allocates 64 KiB arrays for at least 400 ms, so that JFR's throttled sampler sees them. */
    private static long allocateGarbage() {
        long sum = 0;
        long end = System.nanoTime() + 400_000_000L;
        for (int i = 0; i < 4000 || System.nanoTime() < end; i++) {
            byte[] chunk = new byte[64 * 1024];
            chunk[i % chunk.length] = 1;
            sum += chunk.length;
        }
        return sum;
    }

    @Test
    void aFileThatIsNotARecordingIsAClearError(@TempDir Path dir) throws IOException {
        Path file = Files.writeString(dir.resolve("not.jfr"), "hello");
        assertThatThrownBy(() -> JfrSummary.read(file)).isInstanceOf(UncheckedIOException.class)
                .hasMessageContaining("not.jfr");
    }

    @Test
    void theChildJvmOptionNamesTheFileAndSettings(@TempDir Path dir) {
        assertThat(JfrSession.startFlightRecordingOption(JfrSettings.DEFAULT, dir.resolve("r.jfr")))
                .startsWith("-XX:StartFlightRecording=filename=").contains("settings=default", "dumponexit=true")
                .contains(",+io.chunkwise.Chunk#enabled=true", ",+io.chunkwise.dataset.Batch#enabled=true");
        assertThatThrownBy(() -> JfrSession.startFlightRecordingOption(JfrSettings.DEFAULT, dir.resolve("a,b.jfr")))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void aSessionRecordsChunkwiseEventsAndTimesThemByStrategyAndThread(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("work.jfr");
        try (JfrSession jfr = JfrSession.start(JfrSettings.DEFAULT, file)) {
            Thread[] workers = new Thread[2];
            for (int w = 0; w < workers.length; w++) {
                int worker = w;
                workers[w] = Thread.ofPlatform().name("worker-" + w).start(() -> {
                    for (int i = 0; i < 9; i++) {
                        // each thread's first chunk is the slow one, as before the JIT has compiled
                        chunk("parallel", i == 0 ? 150 : 1, 1 << 20, false);
                    }
                });
            }
            for (Thread t : workers) {
                t.join();
            }
            chunk("parallel", 1, 1 << 20, true); // a re-parse on the committing thread: no third thread
            chunk("mmap", 1, 512, false);
            Batch batch = new Batch();
            batch.begin();
            batch.commit();
            assertThat(jfr).isNotNull();
        }

        List<WorkTiming> work = JfrSummary.read(file).work();
        assertThat(work).extracting(WorkTiming::strategy).containsExactlyInAnyOrder("parallel", "mmap", null);
        WorkTiming parallel = work.stream().filter(t -> "parallel".equals(t.strategy())).findFirst().orElseThrow();
        assertThat(parallel.event()).isEqualTo("io.chunkwise.Chunk");
        assertThat(parallel.label()).isEqualTo("Chunk");
        assertThat(parallel.count()).isEqualTo(19);
        assertThat(parallel.threads()).isEqualTo(2);
        assertThat(parallel.bytes()).isEqualTo(19L << 20);
        assertThat(parallel.fallbacks()).isOne();
        assertThat(parallel.firstPerThreadMax()).isGreaterThanOrEqualTo(Duration.ofMillis(150));
        assertThat(parallel.max()).isEqualTo(parallel.firstPerThreadMax());
        assertThat(parallel.median()).isLessThan(parallel.firstPerThreadMax()); // 17 of the 19 sleep 1 ms
        assertThat(parallel.busyPerThreadMin()).isGreaterThanOrEqualTo(Duration.ofMillis(158));
        assertThat(parallel.busyTotal()).as("the re-parse's time is in the total")
                .isGreaterThanOrEqualTo(parallel.busyPerThreadMin().plus(parallel.busyPerThreadMax()).plusMillis(1));
        assertThat(parallel.mbPerSecondPerThread()).isPositive();
        WorkTiming batches = work.stream().filter(t -> t.strategy() == null).findFirst().orElseThrow();
        assertThat(batches.label()).isEqualTo("Dataset Batch");
        assertThat(batches.bytes()).isEqualTo(-1);
        assertThat(batches.mbPerSecondPerThread()).isEqualTo(-1);
        assertThat(batches.asMap()).containsEntry("mb", null).containsEntry("count", 1L);
    }

    private static void chunk(String strategy, long millis, long bytes, boolean fallback) {
        Chunk event = new Chunk();
        event.begin();
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        event.strategy = strategy;
        event.bytes = bytes;
        event.fallback = fallback;
        event.commit();
    }

    /** Stands for loader-core's chunk event (this module does not depend on it): the same name, off by default. */
    @Name("io.chunkwise.Chunk")
    @Label("Chunk")
    @Enabled(false)
    static final class Chunk extends Event {
        String strategy;
        long bytes;
        boolean fallback;
    }

    /** Stands for dataset-core's batch event. */
    @Name("io.chunkwise.dataset.Batch")
    @Label("Dataset Batch")
    @Enabled(false)
    static final class Batch extends Event {
    }
}
