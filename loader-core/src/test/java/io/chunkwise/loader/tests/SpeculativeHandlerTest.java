package io.chunkwise.loader.tests;

import static org.assertj.core.api.Assertions.assertThat;

import io.chunkwise.loader.fix.FixHandler;
import io.chunkwise.loader.fix.FixMessage;
import io.chunkwise.loader.fix.FixScanner;
import io.chunkwise.loader.fix.MalformedMessage;
import io.chunkwise.loader.fix.ScanOptions;
import io.chunkwise.loader.fix.ScanSummary;
import java.lang.foreign.MemorySegment;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;

/**
 * What {@link FixHandler}'s class doc says of chunked scans: a handler whose chunk is scanned again
 * is dropped after it saw messages, so an effect beyond the handler happens twice, while what the
 * sink counts is exact.
 */
class SpeculativeHandlerTest {

    private static String message(int seq) {
        // a text field holding a false start: a worker starting its chunk there is wrong, and redone
        String filler = "x".repeat(200);
        return FixFrames.frame("35=D|34=" + seq + "|58=" + filler + " 8=FIX.4.4|9=3|35=0|10=000|" + filler + "|") + "\n";
    }

    /** Counts in itself and, wrongly, in a shared counter. */
    private static final class Counting implements FixHandler {
        private final AtomicLong shared;
        long seen;

        Counting(AtomicLong shared) {
            this.shared = shared;
        }

        @Override
        public void message(FixMessage m) {
            seen++;
            shared.incrementAndGet();
        }

        @Override
        public void malformed(MalformedMessage m) {
            seen++;
            shared.incrementAndGet();
        }
    }

    @Test
    void onlyWhatReachesTheSinkCounts() {
        StringBuilder sb = new StringBuilder();
        for (int i = 1; i <= 200; i++) {
            sb.append(message(i));
        }
        MemorySegment log = MemorySegment.ofArray(sb.toString().getBytes(StandardCharsets.ISO_8859_1));
        AtomicLong shared = new AtomicLong();
        AtomicLong sunk = new AtomicLong();
        ScanSummary summary = FixScanner.scan(log, ScanOptions.parallel(2).withChunkSize(100), () -> new Counting(shared),
                (Counting h, io.chunkwise.loader.fix.ChunkStats stats) -> sunk.addAndGet(h.seen));
        assertThat(summary.messages()).isEqualTo(200);
        assertThat(summary.malformed()).isZero();
        assertThat(summary.rescans()).isPositive();
        assertThat(sunk).hasValue(200);
        assertThat(shared.get()).isGreaterThan(200);
    }
}
