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
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/**
 * A parallel scan whose sink fails stops handing out chunks: the chunks queued behind the failure
 * are cancelled, not scanned to the end of the window before the error reaches the caller.
 */
class ScanFailureTest {

    private static String message(int seq) {
        return FixFrames.frame("35=0|34=" + seq + "|58=" + "x".repeat(40) + "|") + "\n";
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
        CountDownLatch failed = new CountDownLatch(1);
        // the first chunk's handler is quick and its delivery fails; every later chunk lasts until
        // 300 ms after that failure (not 300 ms from its start: on a loaded machine the delivery
        // itself can come later than that, and a worker then freed would rightly take the next chunk)
        ScanOptions options = ScanOptions.parallel(2).withChunkSize(chunk);
        assertThatThrownBy(() -> FixScanner.scan(MemorySegment.ofArray(bytes), options,
                () -> {
                    started.incrementAndGet();
                    return slow(failed);
                },
                (h, stats) -> {
                    failed.countDown();
                    throw new IllegalStateException("the sink failed");
                })).isInstanceOf(IllegalStateException.class).hasMessage("the sink failed");
        // the two running when it failed finish (a scan does not stop mid-chunk); the ones queued behind never start
        assertThat(started).hasValueLessThanOrEqualTo(3);
    }

    /** A handler that is slow (above) unless its chunk is the first: which chunk is told by the offset, not by the order workers start in. */
    private static FixHandler slow(CountDownLatch failed) {
        return new FixHandler() {
            private boolean slept;

            @Override
            public void message(FixMessage m) {
                if (!slept) {
                    slept = true;
                    if (m.offset() == 0) {
                        return;
                    }
                    boolean interrupted = false;
                    try {
                        assertThat(failed.await(30, TimeUnit.SECONDS)).as("the sink failed").isTrue();
                    } catch (InterruptedException e) {
                        interrupted = true;
                    }
                    // through the failed scan's interrupt too: the worker stays busy while the queued chunks are cancelled
                    for (long end = System.nanoTime() + 300_000_000L, left; (left = end - System.nanoTime()) > 0; ) {
                        try {
                            TimeUnit.NANOSECONDS.sleep(left);
                        } catch (InterruptedException e) {
                            interrupted = true;
                        }
                    }
                    if (interrupted) {
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
