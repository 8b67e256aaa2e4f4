package io.chunkwise.loader.csv;

import java.lang.foreign.MemorySegment;
import java.lang.foreign.ValueLayout;
import java.nio.ByteOrder;

/**
 * The 64-bit hash of field values used by indexes. The value is read as little-endian 8-byte
 * words (the last one padded with zeros), each folded in with a multiply and a rotation, then the
 * length, then a strong mix: a word at a time, so a key of up to 16 bytes costs two steps, and
 * {@link #ofWords} hashes a key already packed in two words without reading it again.
 */
public final class KeyHash {
    private static final ValueLayout.OfLong WORD = ValueLayout.JAVA_LONG_UNALIGNED.withOrder(ByteOrder.LITTLE_ENDIAN);
    private static final long SEED = 0x9E3779B97F4A7C15L;
    private static final long M1 = 0x87C37B91114253D5L;
    private static final long M2 = 0x4CF5AD432745937FL;

    private KeyHash() {
    }

    /**
     * @param value the bytes
     * @return their hash
     */
    public static long of(byte[] value) {
        return of(MemorySegment.ofArray(value), 0, value.length);
    }

    /**
     * @param segment the memory
     * @param start first byte
     * @param end byte after the last
     * @return the hash of the bytes, equal to {@link #of(byte[])} of a copy
     */
    public static long of(MemorySegment segment, long start, long end) {
        return of(segment, start, end, false);
    }

    /**
     * @param segment the memory
     * @param start first byte
     * @param end byte after the last
     * @param upperCase whether to hash the bytes with ASCII letters in upper case (a CUSIP or ISIN)
     * @return the hash of the bytes, or of their upper case: equal to {@link #ofWords} of the
     *     words through {@link #upperCase(long)}
     */
    public static long of(MemorySegment segment, long start, long end, boolean upperCase) {
        long h = SEED;
        long p = start;
        for (; p + 8 <= end; p += 8) {
            long w = segment.get(WORD, p);
            h = step(h, upperCase ? upperCase(w) : w);
        }
        if (p < end) {
            long last = 0;
            for (int i = 0; p + i < end; i++) {
                last |= (segment.get(ValueLayout.JAVA_BYTE, p + i) & 0xFFL) << (8 * i);
            }
            h = step(h, upperCase ? upperCase(last) : last);
        }
        return mix(h ^ (end - start));
    }

    /**
     * ASCII upper case of eight bytes at once: each byte {@code a}–{@code z} loses 0x20, the
     * others (digits, zeros past a key's end, non-ASCII bytes) are kept.
     *
     * @param word eight bytes
     * @return them with ASCII letters in upper case
     */
    public static long upperCase(long word) {
        long low7 = word & 0x7F7F7F7F7F7F7F7FL;
        long atLeastA = low7 + 0x1F1F1F1F1F1F1F1FL; // top bit set from 'a' (0x61) on
        long beyondZ = low7 + 0x0505050505050505L; // top bit set from '{' (0x7B) on
        long lower = atLeastA & ~beyondZ & ~word & 0x8080808080808080L;
        return word - (lower >>> 2);
    }

    /**
     * @param b a byte
     * @return its ASCII upper case
     */
    public static byte upperCase(byte b) {
        return b >= 'a' && b <= 'z' ? (byte) (b - 0x20) : b;
    }

    /**
     * @param first the value's bytes 0 to 7, little-endian, zero beyond its end
     * @param second its bytes 8 to 15, likewise
     * @param length its length, at most 16
     * @return the hash of the value, equal to {@link #of(byte[])}
     */
    public static long ofWords(long first, long second, int length) {
        long h = SEED;
        if (length > 0) {
            h = step(h, first);
        }
        if (length > 8) {
            h = step(h, second);
        }
        return mix(h ^ length);
    }

    private static long step(long h, long word) {
        return Long.rotateLeft(h ^ word * M1, 31) * M2;
    }

    private static long mix(long z) {
        z = (z ^ (z >>> 33)) * 0xff51afd7ed558ccdL;
        z = (z ^ (z >>> 33)) * 0xc4ceb9fe1a85ec53L;
        return z ^ (z >>> 33);
    }
}
