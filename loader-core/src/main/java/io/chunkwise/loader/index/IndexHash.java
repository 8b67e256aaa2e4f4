package io.chunkwise.loader.index;

import io.chunkwise.loader.csv.KeyHash;
import java.lang.foreign.MemorySegment;
import java.lang.foreign.ValueLayout;
import java.nio.ByteOrder;
import java.util.Arrays;

/**
 * The index's key hash, exact for most keys. A key in normal form of up to 7 bytes, or shaped like
 * a CUSIP or an ISIN, is first coded into one long, one code per key ({@link #code}); its hash is a
 * bijective mix of the code. So for such a key, an entry of equal hash has an equal key: a look-up
 * confirms it without reading the source. Any other key is hashed by {@link KeyHash} and its top
 * bit set before the mix, so it never takes an exact key's hash. Codes, in disjoint ranges:
 * <pre>
 * 1 to 7 bytes, any                                   length &lt;&lt; 56 | the bytes (little-endian)
 * 9 of 0-9 A-Z * @ # (a CUSIP's characters)           2^60 | their base-39 value (&lt; 2^48)
 * 12: 2 of A-Z, then 10 of 0-9 A-Z (an ISIN's)        2^62 | their base-26, then base-36 value (&lt; 2^61.1)
 * </pre>
 * Only the bytes decide, not the key's kind: a symbol that looks like a CUSIP is coded as one. A
 * CUSIP or ISIN is coded in upper case (its normal form), a symbol as written.
 */
final class IndexHash {
    /** A general key's top bit, before the mix. */
    private static final long GENERAL = 1L << 63;
    private static final long CUSIP_SHAPED = 1L << 60;
    private static final long ISIN_SHAPED = 1L << 62;
    private static final ValueLayout.OfLong WORD = ValueLayout.JAVA_LONG_UNALIGNED.withOrder(ByteOrder.LITTLE_ENDIAN);
    /** Per byte: its digit in base 39 ({@code 0-9 A-Z * @ #}, a CUSIP's characters in their order), or -1. */
    private static final byte[] DIGITS = new byte[256];

    static {
        Arrays.fill(DIGITS, (byte) -1);
        String digits = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ*@#";
        for (int i = 0; i < digits.length(); i++) {
            DIGITS[digits.charAt(i)] = (byte) i;
        }
    }

    private IndexHash() {
    }

    /**
     * @param w0 the key's bytes 0 to 7, little-endian, zero past its end (upper case for a CUSIP or ISIN)
     * @param w1 its bytes 8 to 15, likewise
     * @param length its length, at most 16
     * @return the key's code, or -1 when it has none (its hash is then a general one)
     */
    static long code(long w0, long w1, int length) {
        if (length >= 1 && length <= 7) {
            return (long) length << 56 | w0;
        }
        if (length == 9) {
            return cusipShaped(w0, w1);
        }
        if (length == 12) {
            return isinShaped(w0, w1);
        }
        return -1;
    }

    private static long cusipShaped(long w0, long w1) {
        long v = 0;
        for (int i = 0; i < 9; i++) {
            int d = DIGITS[(int) ((i < 8 ? w0 >>> (8 * i) : w1) & 0xFF)];
            if (d < 0) {
                return -1;
            }
            v = v * 39 + d;
        }
        return CUSIP_SHAPED | v;
    }

    private static long isinShaped(long w0, long w1) {
        long v = 0;
        for (int i = 0; i < 12; i++) {
            int d = DIGITS[(int) ((i < 8 ? w0 >>> (8 * i) : w1 >>> (8 * (i - 8))) & 0xFF)];
            if (i < 2 ? d < 10 || d > 35 : d < 0 || d > 35) {
                return -1;
            }
            v = i < 2 ? v * 26 + d - 10 : v * 36 + d;
        }
        return ISIN_SHAPED | v;
    }

    /** @return the hash of a key with this code (a bijection: distinct codes, distinct hashes) */
    static long ofCode(long code) {
        long z = (code ^ (code >>> 33)) * 0xff51afd7ed558ccdL;
        z = (z ^ (z >>> 33)) * 0xc4ceb9fe1a85ec53L;
        return z ^ (z >>> 33);
    }

    /** @return the index hash of a key without a code, from its {@link KeyHash} */
    static long ofGeneral(long keyHash) {
        return ofCode(GENERAL | keyHash >>> 1);
    }

    /**
     * @param s memory holding a key in normal form ({@link io.chunkwise.loader.csv.KeyTrim})
     * @param from its first byte
     * @param to the byte after its last
     * @param upperCase whether it is a CUSIP or ISIN (coded and hashed in upper case)
     * @return its code, or -1 when it has none
     */
    static long code(MemorySegment s, long from, long to, boolean upperCase) {
        long n = to - from;
        if (n < 1 || n > 12 || n == 8 || n == 10 || n == 11) {
            return -1;
        }
        long w0 = word(s, from, (int) Math.min(n, 8));
        long w1 = n > 8 ? word(s, from + 8, (int) n - 8) : 0;
        return upperCase ? code(KeyHash.upperCase(w0), KeyHash.upperCase(w1), (int) n) : code(w0, w1, (int) n);
    }

    /**
     * @return the key's index hash: of its code when it has one ({@code code}, from {@link
     *     #code(MemorySegment, long, long, boolean)}), else a general one
     */
    static long of(long code, MemorySegment s, long from, long to, boolean upperCase) {
        return code >= 0 ? ofCode(code) : ofGeneral(KeyHash.of(s, from, to, upperCase));
    }

    /** @return {@code n} (1..8) bytes at {@code at}, little-endian, zero above */
    private static long word(MemorySegment s, long at, int n) {
        if (at + 8 <= s.byteSize()) {
            return s.get(WORD, at) & (-1L >>> (8 * (8 - n)));
        }
        long w = 0;
        for (int i = 0; i < n; i++) {
            w |= (s.get(ValueLayout.JAVA_BYTE, at + i) & 0xFFL) << (8 * i);
        }
        return w;
    }
}
