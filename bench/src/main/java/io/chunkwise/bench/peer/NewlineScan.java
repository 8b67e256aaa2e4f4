package io.chunkwise.bench.peer;

import java.lang.foreign.MemorySegment;
import java.lang.foreign.ValueLayout;
import java.nio.ByteOrder;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicLongArray;

/**
 * The practical limit for any line-oriented scan of a mapped file: count {@code '\n'} bytes eight
 * at a time (SWAR), on one or more threads over equal slices. No parsing, no quotes: what
 * {@code wc -l} does, so every real loader is slower.
 */
public final class NewlineScan {
    private static final ValueLayout.OfLong WORD = ValueLayout.JAVA_LONG_UNALIGNED.withOrder(ByteOrder.LITTLE_ENDIAN);
    private static final long NEWLINES = 0x0A0A0A0A0A0A0A0AL;
    private static final long LOW7 = 0x7F7F7F7F7F7F7F7FL;

    private NewlineScan() {
    }

    /**
     * Counts newlines in the whole segment.
     *
     * @param segment the mapped file
     * @param threads how many threads share the work (1 = this thread only)
     * @return the number of {@code '\n'} bytes
     */
    public static long count(MemorySegment segment, int threads) {
        if (threads <= 1) {
            return count(segment, 0, segment.byteSize());
        }
        long size = segment.byteSize();
        long slice = Math.ceilDiv(size, threads);
        AtomicLongArray counts = new AtomicLongArray(threads);
        List<Thread> running = new ArrayList<>(threads);
        for (int t = 0; t < threads; t++) {
            long from = Math.min(size, t * slice);
            long to = Math.min(size, from + slice);
            int slot = t;
            running.add(Thread.ofPlatform().start(() -> counts.set(slot, count(segment, from, to))));
        }
        long total = 0;
        for (int t = 0; t < threads; t++) {
            join(running.get(t));
            total += counts.get(t);
        }
        return total;
    }

    /**
     * Counts newlines in {@code [from, to)}.
     *
     * @param segment the mapped file
     * @param from first byte
     * @param to end, exclusive
     * @return the number of {@code '\n'} bytes
     */
    static long count(MemorySegment segment, long from, long to) {
        long n = 0;
        long i = from;
        for (; i + 8 <= to; i += 8) {
            long x = segment.get(WORD, i) ^ NEWLINES;
            // High bit set exactly in the bytes of x that are zero (no borrow between bytes).
            long zeroBytes = ~(((x & LOW7) + LOW7) | x | LOW7);
            n += Long.bitCount(zeroBytes);
        }
        for (; i < to; i++) {
            if (segment.get(ValueLayout.JAVA_BYTE, i) == '\n') {
                n++;
            }
        }
        return n;
    }

    private static void join(Thread t) {
        try {
            t.join();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while counting newlines", e);
        }
    }
}
