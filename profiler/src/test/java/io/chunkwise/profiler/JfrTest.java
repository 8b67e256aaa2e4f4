package io.chunkwise.profiler;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.chunkwise.profiler.jfr.JfrSession;
import io.chunkwise.profiler.jfr.JfrSettings;
import io.chunkwise.profiler.jfr.JfrSummary;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
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
                .startsWith("-XX:StartFlightRecording=filename=").contains("settings=default", "dumponexit=true");
        assertThatThrownBy(() -> JfrSession.startFlightRecordingOption(JfrSettings.DEFAULT, dir.resolve("a,b.jfr")))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
