package io.chunkwise.dataset.arrow;

import java.lang.foreign.MemorySegment;
import java.lang.foreign.ValueLayout;
import java.nio.ByteOrder;

/** Arrow validity bitmaps: bit {@code i} (least significant first) set when value {@code i} is valid. */
final class ValidityBits {
    private static final ValueLayout.OfLong LONG = ValueLayout.JAVA_LONG_UNALIGNED.withOrder(ByteOrder.LITTLE_ENDIAN);

    private ValidityBits() {
    }

    /**
     * @param bitmap the bitmap, at least {@code (rows + 7) / 8} bytes
     * @param rows the values it covers (bits past them are ignored, as Arrow Java ignores them)
     * @return the values it marks null
     */
    static long zeros(MemorySegment bitmap, long rows) {
        long nulls = 0;
        long words = rows >>> 6;
        for (long w = 0; w < words; w++) {
            nulls += Long.SIZE - Long.bitCount(bitmap.get(LONG, w << 3));
        }
        for (long i = words << 6; i < rows; i++) {
            if ((bitmap.get(ValueLayout.JAVA_BYTE, i >>> 3) & (1 << (i & 7))) == 0) {
                nulls++;
            }
        }
        return nulls;
    }
}
