package io.chunkwise.loader.tests;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.chunkwise.loader.fix.FixHandler;
import io.chunkwise.loader.fix.FixMessage;
import io.chunkwise.loader.fix.FixScanner;
import io.chunkwise.loader.fix.MalformedMessage;
import io.chunkwise.loader.fix.ScanOptions;
import java.lang.foreign.MemorySegment;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/**
 * A parallel scan whose sink fails stops handing out chunks: the chunks queued behind the failure
 * are cancelled, not scanned to the end of the window before the error reaches the caller.
 */
class ScanFailureTest {
    private static final char SOH = '\u0001';

    private static String message(int seq) {
        String b = ("35=0|34=" + seq + "|58=" + "x".repeat(40) + "|").replace('|', SOH);
        String head = "8=FIX.4.4" + SOH + "9=" + b.length() + SOH;
        int sum = 0;
        for (byte x : (head + b).getBytes(StandardCharsets.ISO_8859_1)) {
            sum += x & 0xFF;
        }
        return head + b + String.format("10=%03d", sum % 256) + SOH + "\n";
    }

    @Test
    void chunksQueuedBehindAFailedSinkAreNotScanned() {
        StringBuilder sb = new StringBuilder();
        for (int i = 1; i <= 400; i++) {
            sb.append(message(i));
        }
        byte[] bytes = sb.toString().getBytes(StandardCharsets.ISO_8859_1);
        long chunk = bytes.length / 8 + 1; // 8 chunks, 4 in flight on 2 workers
        AtomicInteger started = new AtomicInteger();
        // the first chunk's handler is quick and its delivery fails; every later chunk takes 300 ms
        ScanOptions options = ScanOptions.parallel(2).withChunkSize(chunk);
        assertThatThrownBy(() -> FixScanner.scan(MemorySegment.ofArray(bytes), options, () -> slow(started.getAndIncrement() > 0),
                (h, stats) -> {
                    throw new IllegalStateException("the sink failed");
                })).isInstanceOf(IllegalStateException.class).hasMessage("the sink failed");
        // the two running when it failed finish (a scan does not stop mid-chunk); the ones queued behind never start
        assertThat(started).hasValueLessThanOrEqualTo(3);
    }

    private static FixHandler slow(boolean slow) {
        return new FixHandler() {
            private boolean slept = !slow;

            @Override
            public void message(FixMessage m) {
                if (!slept) {
                    slept = true;
                    try {
                        Thread.sleep(300);
                    } catch (InterruptedException e) {
                        Thread.currentThread().interrupt();
                    }
                }
            }

            @Override
            public void malformed(MalformedMessage m) {
            }
        };
    }
}
