package io.chunkwise.loader.fix;

import static org.assertj.core.api.Assertions.assertThat;

import io.chunkwise.loader.io.ChunkPlanner;
import java.lang.foreign.MemorySegment;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** A log is cut into at most {@value ChunkPlanner#MAX_CHUNKS} chunks, as a CSV master is (QA-7 Q7-5). */
class ChunkCapTest {

    @Test
    void aOneByteChunkSizeGrowsToTheLogSizeOverTheCapAndEveryScanStillAgrees() {
        StringBuilder text = new StringBuilder();
        for (int i = 0; text.length() <= 2 * ChunkPlanner.MAX_CHUNKS + 1000; i++) {
            text.append(Logs.message("FIX.4.4", Logs.soh("35=D|34=" + i + "|55=IBM|48=459200101|22=1|"), Logs.SOH)).append('\n');
        }
        String log = text.toString();
        MemorySegment seg = Logs.segment(log);
        long grown = Math.ceilDiv(seg.byteSize(), ChunkPlanner.MAX_CHUNKS);
        assertThat(grown).as("the log is more than twice the cap in bytes").isEqualTo(3);
        List<Recorder.Event> serial = Recorder.serial(seg);
        for (int workers : new int[] {1, 2}) {
            List<Recorder.Event> all = new ArrayList<>();
            ScanSummary summary = FixScanner.scan(seg, new ScanOptions(workers, 1, true, null), Recorder::new,
                    (Recorder r, ChunkStats c) -> r.events.forEach(e -> all.add(e.absolute(c))));
            assertThat(summary.chunkSize()).as("workers %d", workers).isEqualTo(grown);
            assertThat(summary.chunks()).isEqualTo((int) Math.ceilDiv(seg.byteSize(), grown))
                    .isLessThanOrEqualTo(ChunkPlanner.MAX_CHUNKS);
            assertThat(all).isEqualTo(serial);
        }
        // below the cap the size asked for is the size used
        ScanSummary small = FixScanner.scan(seg, new ScanOptions(2, 4096, false, null), Recorder::new, (r, c) -> { });
        assertThat(small.chunkSize()).isEqualTo(4096);
        assertThat(small.chunks()).isEqualTo((int) Math.ceilDiv(seg.byteSize(), 4096));
    }
}
