package io.chunkwise.loader.fix;

import java.lang.foreign.MemorySegment;
import java.lang.foreign.ValueLayout;
import java.nio.ByteOrder;

/**
 * Word-at-a-time (SWAR) byte scans over a segment: eight bytes per step, a byte loop for the
 * tail. Every method takes absolute offsets {@code [from, to)} inside the segment.
 */
final class Swar {
    static final ValueLayout.OfLong WORD = ValueLayout.JAVA_LONG_UNALIGNED.withOrder(ByteOrder.LITTLE_ENDIAN);
    static final ValueLayout.OfByte BYTE = ValueLayout.JAVA_BYTE;

    private static final long ONES = 0x0101010101010101L;
    private static final long LOW7 = 0x7F7F7F7F7F7F7F7FL;
    private static final long HIGH_BITS = 0x8080808080808080L;
    private static final long LANES = 0x00FF00FF00FF00FFL;
    /** Words summed into 16-bit lanes before a lane could overflow (128 × 2 × 255 &lt; 65536). */
    private static final int WORDS_PER_FLUSH = 128;

    private Swar() {
    }

    /**
     * @return a word with the high bit set in exactly the bytes of {@code word} equal to the byte
     *     replicated in {@code pattern}
     */
    static long matches(long word, long pattern) {
        long x = word ^ pattern;
        long y = (x & LOW7) + LOW7;
        return ~(y | x | LOW7);
    }

    /**
     * The cheaper test for searches: non-zero exactly when {@code word} holds the byte replicated
     * in {@code pattern}, and then its lowest set bit marks the first such byte (bytes after it
     * may be marked wrongly, by the borrow; {@link #matches} is exact everywhere).
     */
    static long firstMatch(long word, long pattern) {
        long x = word ^ pattern;
        return (x - ONES) & ~x & HIGH_BITS;
    }

    /** @return the pattern word for {@link #matches} and {@link #firstMatch} */
    static long pattern(byte b) {
        return ONES * (b & 0xFF);
    }

    /** @return the offset of the first {@code b} in {@code [from, to)}, or -1 */
    static long indexOf(MemorySegment s, long from, long to, byte b) {
        long pattern = pattern(b);
        long p = from;
        for (; p + Long.BYTES <= to; p += Long.BYTES) {
            long m = firstMatch(s.get(WORD, p), pattern);
            if (m != 0) {
                return p + (Long.numberOfTrailingZeros(m) >>> 3);
            }
        }
        for (; p < to; p++) {
            if (s.get(BYTE, p) == b) {
                return p;
            }
        }
        return -1;
    }

    /** @return how many bytes of {@code [from, to)} equal {@code b} */
    static long count(MemorySegment s, long from, long to, byte b) {
        long pattern = pattern(b);
        long n = 0;
        long p = from;
        for (; p + Long.BYTES <= to; p += Long.BYTES) {
            n += Long.bitCount(matches(s.get(WORD, p), pattern));
        }
        for (; p < to; p++) {
            if (s.get(BYTE, p) == b) {
                n++;
            }
        }
        return n;
    }

    /** @return the offset of the first CR or LF in {@code [from, to)}, or -1 */
    static long indexOfLineBreak(MemorySegment s, long from, long to) {
        long cr = pattern((byte) '\r');
        long lf = pattern((byte) '\n');
        long p = from;
        for (; p + Long.BYTES <= to; p += Long.BYTES) {
            long w = s.get(WORD, p);
            long found = firstMatch(w, cr) | firstMatch(w, lf);
            if (found != 0) {
                return p + (Long.numberOfTrailingZeros(found) >>> 3);
            }
        }
        for (; p < to; p++) {
            byte b = s.get(BYTE, p);
            if (b == '\r' || b == '\n') {
                return p;
            }
        }
        return -1;
    }

    /** Set in {@link #sumNotingLineFeed}'s result when the range holds a line feed. */
    static final int LINE_FEED = 0x100;

    /**
     * The FIX CheckSum's byte sum, eight bytes a step, which also tells whether the range holds a
     * line feed, in the same pass (a message's bytes are summed anyway; a line feed inside one is
     * rare and then checked further).
     *
     * @return the sum of the unsigned bytes of {@code [from, to)} modulo 256, plus
     *     {@link #LINE_FEED} when one of them is {@code \n}
     */
    static int sumNotingLineFeed(MemorySegment s, long from, long to) {
        long lf = pattern((byte) '\n');
        long total = 0;
        long zeros = 0;
        long p = from;
        while (p + Long.BYTES <= to) {
            long acc = 0;
            long stop = Math.min(to - Long.BYTES, p + (long) Long.BYTES * (WORDS_PER_FLUSH - 1));
            for (; p <= stop; p += Long.BYTES) {
                long w = s.get(WORD, p);
                acc += (w & LANES) + ((w >>> 8) & LANES);
                long x = w ^ lf;
                zeros |= (x - ONES) & ~x; // a high bit survives only where some byte of x is zero
            }
            total += (acc & 0xFFFF) + ((acc >>> 16) & 0xFFFF) + ((acc >>> 32) & 0xFFFF) + (acc >>> 48);
        }
        boolean found = (zeros & HIGH_BITS) != 0;
        for (; p < to; p++) {
            byte b = s.get(BYTE, p);
            total += b & 0xFF;
            found |= b == '\n';
        }
        return (int) (total & 0xFF) | (found ? LINE_FEED : 0);
    }
}
