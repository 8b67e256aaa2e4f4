package io.chunkwise.loader.fix;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.lang.foreign.MemorySegment;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A log without line breaks (messages back to back, as a capture or a bare-CR log is) is one line:
 * each chunk's look back on its line must stop at the nearest message, not run to the log's start.
 * It did (QA): scans took time growing with the square of the log's size, and with small chunks
 * effectively hung. The timeout is a hang guard, far above the second it takes, not a speed claim.
 */
class OneLineLogTest {
    private static final int MESSAGES = 60_000;

    @Test
    void aLogWithoutLineBreaksScansInLinearTimeAndAgreesWithTheSerialScan() {
        // the end of a message whose start was lost opens the line: reported once, at the line's start
        StringBuilder text = new StringBuilder("55=IBM").append(Logs.SOH).append("10=123").append(Logs.SOH);
        for (int i = 0; i < MESSAGES; i++) {
            text.append(Logs.message("FIX.4.4", Logs.soh("35=D|34=" + i + "|55=IBM|48=459200101|22=1|"), Logs.SOH));
            if (i % 1000 == 999) {
                text.append("10=123").append(Logs.SOH); // a trailer with no start: the chunk's look back must find it
            }
        }
        MemorySegment seg = Logs.segment(text.toString());
        List<Recorder.Event> serial = Recorder.serial(seg);
        assertThat(Recorder.count(serial, "msg ")).isEqualTo(MESSAGES);
        // a trailer after a message on its line is that message's text, not a lost start
        assertThat(serial).filteredOn(e -> e.what().startsWith("bad ")).singleElement()
                .satisfies(e -> assertThat(e.offset()).isZero())
                .satisfies(e -> assertThat(e.what()).contains("CHECKSUM_WITHOUT_START"));
        assertTimeoutPreemptively(Duration.ofSeconds(60), () -> {
            for (long chunk : new long[] {64, 4096}) {
                List<Recorder.Event> all = new ArrayList<>();
                ScanSummary summary = FixScanner.scan(seg, new ScanOptions(2, chunk, true, null), Recorder::new,
                        (Recorder r, ChunkStats c) -> r.events.forEach(e -> all.add(e.absolute(c))));
                assertThat(summary.messages()).as("chunk %d", chunk).isEqualTo(MESSAGES);
                assertThat(all).as("chunk %d", chunk).isEqualTo(serial);
            }
        });
    }
}
