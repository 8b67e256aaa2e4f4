package io.chunkwise.loader.recon;

import io.chunkwise.loader.index.KeyKind;
import java.lang.foreign.MemorySegment;
import java.lang.foreign.ValueLayout;
import java.nio.ByteOrder;

/**
 * A bounded, two-way set-associative cache of master answers for one thread, keyed by the bytes
 * of a FIX value read in place: a value of up to 16 bytes (CUSIP 9, ISIN 12, most symbols) is
 * two words, so a hit costs two word reads, a hash and two compares, and allocates nothing.
 * Longer values are not cached. Messages about the same security are common, so many look-ups
 * hit; the size is fixed whatever the log ({@value #SLOTS} entries).
 *
 * <p>Answers: for CUSIP/ISIN the master symbols of that security (empty: absent); for SYMBOL
 * {@link #PRESENT} or {@link #ABSENT}.
 */
final class LookupCache {
    /** Entries per cache (one cache per scanning thread), in sets of two. */
    static final int SLOTS = 1 << 16;
    /** The answer when the master has nothing. */
    static final byte[][] ABSENT = new byte[0][];
    /** The answer for a symbol the master has (callers test only its length). */
    static final byte[][] PRESENT = {new byte[0]};
    private static final int MAX_KEY = 16;
    private static final int WAY = 4;
    private static final ValueLayout.OfLong WORD = ValueLayout.JAVA_LONG_UNALIGNED.withOrder(ByteOrder.LITTLE_ENDIAN);

    /**
     * Both ways of a set side by side, {@value #WAY} longs each: meta (kind (1..3) in bits 8+,
     * length in bits 0-7; 0 = empty), the key's two words, and padding: a probe reads one or two
     * cache lines, not four arrays. Way {@code w} of set {@code s} keeps its answer in
     * {@code answers[s + w]}.
     */
    private final long[] table = new long[SLOTS * WAY];
    private final byte[][][] answers = new byte[SLOTS][][];
    /** Scratch of {@link #findAll}: each key's set (-1: not cacheable). */
    private int[] sets = new int[MessageChecker.BATCH];
    /** Keeps the line-touching loads of {@link #findAll} from being optimised away. */
    private long touched;
    long hits;
    long misses;

    /**
     * Looks a batch of keys up: the sets are computed first, then every set's line is read, then
     * compared, so the probes' cache misses overlap instead of adding up. A miss is for the
     * master to answer, then {@link #put}.
     *
     * @param kinds each key's kind
     * @param s memory holding the keys
     * @param from each key's first byte
     * @param to the byte after each key's last
     * @param n how many keys
     * @param out receives each answer (see the class comment), or {@code null} for a miss
     */
    void findAll(KeyKind[] kinds, MemorySegment s, long[] from, long[] to, int n, byte[][][] out) {
        if (sets.length < n) {
            sets = new int[n];
        }
        long[] t = table;
        long touched = 0;
        for (int q = 0; q < n; q++) {
            int length = (int) (to[q] - from[q]);
            if (cacheable(s, from[q], length)) {
                sets[q] = set(word0(s, from[q], length), word1(s, from[q], length), meta(kinds[q], length));
                touched += t[sets[q] * WAY];
            } else {
                sets[q] = -1;
            }
        }
        this.touched = touched;
        for (int q = 0; q < n; q++) {
            out[q] = sets[q] < 0 ? null : probe(sets[q], kinds[q], s, from[q], (int) (to[q] - from[q]));
            if (out[q] == null) {
                misses++;
            } else {
                hits++;
            }
        }
    }

    private byte[][] probe(int set, KeyKind kind, MemorySegment s, long from, int length) {
        long w0 = word0(s, from, length);
        long w1 = word1(s, from, length);
        long m = meta(kind, length);
        long[] t = table;
        for (int way = 0; way < 2; way++) {
            int at = (set + way) * WAY;
            if (t[at] == m && t[at + 1] == w0 && t[at + 2] == w1) {
                return answers[set + way];
            }
        }
        return null;
    }

    /** Remembers the master's answer for a key; the newest entry of a set takes way 0, the one it displaces way 1. */
    void put(KeyKind kind, MemorySegment s, long from, long to, byte[][] answer) {
        int length = (int) (to - from);
        if (!cacheable(s, from, length)) {
            return;
        }
        long w0 = word0(s, from, length);
        long w1 = word1(s, from, length);
        long m = meta(kind, length);
        int set = set(w0, w1, m);
        int at = set * WAY;
        long[] t = table;
        System.arraycopy(t, at, t, at + WAY, WAY);
        answers[set + 1] = answers[set];
        t[at] = m;
        t[at + 1] = w0;
        t[at + 2] = w1;
        answers[set] = answer;
    }

    private static boolean cacheable(MemorySegment s, long from, int length) {
        return length > 0 && length <= MAX_KEY && from + MAX_KEY <= s.byteSize();
    }

    private static long word0(MemorySegment s, long from, int length) {
        return s.get(WORD, from) & mask(Math.min(length, 8));
    }

    private static long word1(MemorySegment s, long from, int length) {
        return length > 8 ? s.get(WORD, from + 8) & mask(length - 8) : 0;
    }

    private static long meta(KeyKind kind, int length) {
        return (kind.ordinal() + 1) << 8 | length;
    }

    /** @return the first slot of the key's set (even) */
    private static int set(long w0, long w1, long meta) {
        long h = (w0 * 0x9E3779B97F4A7C15L ^ w1) * 0xC2B2AE3D27D4EB4FL + meta;
        return (int) (h ^ (h >>> 29) ^ (h >>> 47)) & (SLOTS - 2);
    }

    private static long mask(int bytes) {
        return bytes >= 8 ? -1L : (1L << (bytes << 3)) - 1;
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
