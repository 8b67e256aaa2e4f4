package io.chunkwise.loader.csv;

import java.lang.foreign.MemorySegment;
import java.lang.foreign.ValueLayout;
import java.nio.ByteOrder;

/**
 * Counts two byte values (the quote and the line feed) in a range, eight bytes at a time
 * (SWAR): the first pass of the exact parallel split.
 */
public final class ByteCounter {
    private static final ValueLayout.OfLong WORD = ValueLayout.JAVA_LONG_UNALIGNED.withOrder(ByteOrder.LITTLE_ENDIAN);
    private static final long LOW7 = 0x7f7f7f7f7f7f7f7fL;
    private static final long ONES = 0x0101010101010101L;

    private ByteCounter() {
    }

    /**
     * @param segment the memory
     * @param from first byte
     * @param to byte after the last
     * @param a the first byte value to count
     * @param b the second byte value to count
     * @return the count of {@code a} in the high 32 bits, of {@code b} in the low 32 bits
     *     (so a range must be shorter than 4 GiB)
     */
    public static long count(MemorySegment segment, long from, long to, byte a, byte b) {
        if (to - from >= (1L << 32)) {
            throw new IllegalArgumentException("range too long to count at once: " + (to - from));
        }
        long pa = (a & 0xFFL) * ONES;
        long pb = (b & 0xFFL) * ONES;
        long ca = 0;
        long cb = 0;
        long p = from;
        for (; p + 8 <= to; p += 8) {
            long w = segment.get(WORD, p);
            ca += Long.bitCount(zeroBytes(w ^ pa));
            cb += Long.bitCount(zeroBytes(w ^ pb));
        }
        for (; p < to; p++) {
            byte x = segment.get(ValueLayout.JAVA_BYTE, p);
            if (x == a) {
                ca++;
            }
            if (x == b) {
                cb++;
            }
        }
        return (ca << 32) | cb;
    }

    /** @return a word with the high bit set exactly in the bytes of {@code x} that are zero */
    private static long zeroBytes(long x) {
        return ~(((x & LOW7) + LOW7) | x | LOW7);
    }
}
