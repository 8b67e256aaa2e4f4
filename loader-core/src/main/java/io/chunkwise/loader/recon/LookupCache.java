package io.chunkwise.loader.recon;

import io.chunkwise.loader.index.KeyKind;
import java.lang.foreign.MemorySegment;
import java.lang.foreign.ValueLayout;
import java.nio.ByteOrder;

/**
 * A bounded, two-way set-associative cache of master answers for one thread, keyed by the bytes
 * of a FIX value read in place: a value of up to 16 bytes (CUSIP 9, ISIN 12, most symbols) is
 * two words, so a hit costs two word reads, a hash and two compares, and allocates nothing. A
 * miss asks the master and evicts the older entry of its set. Longer values are not cached.
 * Messages about the same security are common, so most look-ups hit; the size is fixed whatever
 * the log ({@value #SLOTS} entries).
 */
final class LookupCache {
    /** Entries per cache (one cache per scanning thread), in sets of two. */
    static final int SLOTS = 1 << 16;
    private static final int MAX_KEY = 16;
    private static final byte[][] ABSENT = new byte[0][];
    private static final ValueLayout.OfLong WORD = ValueLayout.JAVA_LONG_UNALIGNED.withOrder(ByteOrder.LITTLE_ENDIAN);

    private final SecurityMaster master;
    /** kind (1..3) in bits 8+, length in bits 0-7; 0 = empty. */
    private final int[] meta = new int[SLOTS];
    private final long[] word0 = new long[SLOTS];
    private final long[] word1 = new long[SLOTS];
    private final byte[][][] symbols = new byte[SLOTS][][];
    long hits;
    long misses;

    LookupCache(SecurityMaster master) {
        this.master = master;
    }

    /**
     * @param kind CUSIP, ISIN or SYMBOL
     * @return for CUSIP/ISIN the master symbols of that security (empty: absent); for SYMBOL a
     *     one-element array when the symbol exists, empty otherwise
     */
    byte[][] get(KeyKind kind, MemorySegment s, long from, long to) {
        int length = (int) (to - from);
        if (length > MAX_KEY || length == 0 || from + MAX_KEY > s.byteSize()) {
            misses++;
            return ask(kind, copy(s, from, length));
        }
        long w0 = s.get(WORD, from) & mask(Math.min(length, 8));
        long w1 = length > 8 ? s.get(WORD, from + 8) & mask(length - 8) : 0;
        int m = (kind.ordinal() + 1) << 8 | length;
        long h = (w0 * 0x9E3779B97F4A7C15L ^ w1) * 0xC2B2AE3D27D4EB4FL + m;
        int slot = (int) (h ^ (h >>> 29) ^ (h >>> 47)) & (SLOTS - 2);
        if (meta[slot] == m && word0[slot] == w0 && word1[slot] == w1) {
            hits++;
            return symbols[slot];
        }
        if (meta[slot + 1] == m && word0[slot + 1] == w0 && word1[slot + 1] == w1) {
            hits++;
            return symbols[slot + 1];
        }
        misses++;
        byte[][] answer = ask(kind, copy(s, from, length));
        // the newest entry takes way 0; the one it displaces moves to way 1
        meta[slot + 1] = meta[slot];
        word0[slot + 1] = word0[slot];
        word1[slot + 1] = word1[slot];
        symbols[slot + 1] = symbols[slot];
        meta[slot] = m;
        word0[slot] = w0;
        word1[slot] = w1;
        symbols[slot] = answer;
        return answer;
    }

    private static long mask(int bytes) {
        return bytes >= 8 ? -1L : (1L << (bytes << 3)) - 1;
    }

    private byte[][] ask(KeyKind kind, byte[] key) {
        if (kind == KeyKind.SYMBOL) {
            return master.hasSymbol(key) ? new byte[][] {key} : ABSENT;
        }
        byte[][] found = master.symbolsOf(kind, key);
        return found.length == 0 ? ABSENT : found;
    }

    private static byte[] copy(MemorySegment s, long from, int length) {
        return s.asSlice(from, length).toArray(ValueLayout.JAVA_BYTE);
    }

    /** @return whether the bytes at {@code [from, to)} equal any of {@code candidates} */
    static boolean matchesAny(byte[][] candidates, MemorySegment s, long from, long to) {
        int length = (int) (to - from);
        for (byte[] c : candidates) {
            if (c.length == length && MemorySegment.mismatch(s, from, to, MemorySegment.ofArray(c), 0, length) < 0) {
                return true;
            }
        }
        return false;
    }
}
