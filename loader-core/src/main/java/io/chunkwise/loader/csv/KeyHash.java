package io.chunkwise.loader.csv;

import java.lang.foreign.MemorySegment;
import java.lang.foreign.ValueLayout;

/** The 64-bit hash of field values used by indexes: FNV-1a over the bytes, then a strong mix. */
public final class KeyHash {
    private static final long OFFSET_BASIS = 0xcbf29ce484222325L;
    private static final long PRIME = 0x100000001b3L;

    private KeyHash() {
    }

    /**
     * @param value the bytes
     * @return their hash
     */
    public static long of(byte[] value) {
        long h = OFFSET_BASIS;
        for (byte b : value) {
            h = (h ^ (b & 0xFF)) * PRIME;
        }
        return mix(h ^ value.length);
    }

    /**
     * @param segment the memory
     * @param start first byte
     * @param end byte after the last
     * @return the hash of the bytes, equal to {@link #of(byte[])} of a copy
     */
    public static long of(MemorySegment segment, long start, long end) {
        long h = OFFSET_BASIS;
        for (long p = start; p < end; p++) {
            h = (h ^ (segment.get(ValueLayout.JAVA_BYTE, p) & 0xFF)) * PRIME;
        }
        return mix(h ^ (end - start));
    }

    private static long mix(long z) {
        z = (z ^ (z >>> 33)) * 0xff51afd7ed558ccdL;
        z = (z ^ (z >>> 33)) * 0xc4ceb9fe1a85ec53L;
        return z ^ (z >>> 33);
    }
}
