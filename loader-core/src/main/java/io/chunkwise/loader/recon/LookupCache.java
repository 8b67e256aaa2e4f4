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
 * hit; the size is fixed whatever the log: up to {@value #MAX_SLOTS} entries of
 * {@value #BYTES_PER_SLOT} bytes, within a share of the heap ({@link #slotsFor}).
 *
 * <p>Answers are kept in words too ({@link Answers}): absent, present, or a security's one
 * symbol of up to 16 bytes. Only a security with several symbols, or a longer one, keeps an
 * array; so the cache holds almost no objects for the collector to trace.
 */
final class LookupCache {
    /**
     * The most entries of a cache (one per scanning thread), in sets of two: 13 MiB. Measured
     * against 2^16 on 2 M messages naming 200 k keys: hits 70% against 36%, reconcile 15% faster.
     */
    static final int MAX_SLOTS = 1 << 18;
    static final int MIN_SLOTS = 1 << 10;
    /** The share of the heap all caches together may take: 1/{@value}. */
    private static final int HEAP_SHARE = 8;
    private static final int MAX_KEY = 16;
    private static final int WAY = 6;
    /** The table's words and the array reference. */
    static final int BYTES_PER_SLOT = WAY * Long.BYTES + 4;
    private static final ValueLayout.OfLong WORD = ValueLayout.JAVA_LONG_UNALIGNED.withOrder(ByteOrder.LITTLE_ENDIAN);

    /**
     * Both ways of a set side by side, {@value #WAY} longs each: key meta (kind (1..3) in bits 8+,
     * length in bits 0-7; 0 = empty), the key's two words, the answer's state (bits 0-7) and
     * symbol length (bits 8+), and the symbol's two words. A probe reads two or three cache lines.
     * Way {@code w} of set {@code s} keeps a {@link Answers#MANY} answer in {@code many[s + w]}.
     */
    private final long[] table;
    private final byte[][][] many;
    private final int setMask;
    /** Scratch of {@link #findAll}: each key's set (-1: not cacheable). */
    private int[] sets = new int[MessageChecker.BATCH];
    /** Keeps the line-touching loads of {@link #findAll} from being optimised away. */
    private long touched;
    long hits;
    long misses;

    /** @param slots entries, a power of two from {@value #MIN_SLOTS} to {@value #MAX_SLOTS} */
    LookupCache(int slots) {
        if (Integer.bitCount(slots) != 1 || slots < MIN_SLOTS || slots > MAX_SLOTS) {
            throw new IllegalArgumentException("cache slots must be a power of two in [" + MIN_SLOTS + ", "
                    + MAX_SLOTS + "]: " + slots);
        }
        table = new long[slots * WAY];
        many = new byte[slots][][];
        setMask = slots - 2;
    }

    /**
     * @param caches how many caches there will be (the scanning threads)
     * @param maxHeap the heap's limit in bytes
     * @return entries for each: the most, up to {@value #MAX_SLOTS}, that keeps all of them within
     *     1/{@value #HEAP_SHARE} of the heap, and at least {@value #MIN_SLOTS}
     */
    static int slotsFor(int caches, long maxHeap) {
        long fit = maxHeap / HEAP_SHARE / Math.max(1, caches) / BYTES_PER_SLOT;
        return Math.clamp(Long.highestOneBit(Math.max(fit, 1)), MIN_SLOTS, MAX_SLOTS);
    }

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
     * @param out receives each answer, {@link Answers#MISSING} for a miss
     */
    void findAll(KeyKind[] kinds, MemorySegment s, long[] from, long[] to, int n, Answers out) {
        if (sets.length < n) {
            sets = new int[n];
        }
        touchSets(kinds, s, from, to, n);
        probeAll(kinds, s, from, to, n, out);
    }

    /** Computes each key's set and reads its first word, so that the sets' cache misses overlap. */
    private void touchSets(KeyKind[] kinds, MemorySegment s, long[] from, long[] to, int n) {
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
    }

    private void probeAll(KeyKind[] kinds, MemorySegment s, long[] from, long[] to, int n, Answers out) {
        for (int q = 0; q < n; q++) {
            int way = sets[q] < 0 ? -1 : probe(sets[q], kinds[q], s, from[q], (int) (to[q] - from[q]));
            if (way < 0) {
                out.state[q] = Answers.MISSING;
                misses++;
            } else {
                read(way, out, q);
                hits++;
            }
        }
    }

    /** @return the slot holding the key, or -1 */
    private int probe(int set, KeyKind kind, MemorySegment s, long from, int length) {
        long w0 = word0(s, from, length);
        long w1 = word1(s, from, length);
        long m = meta(kind, length);
        long[] t = table;
        for (int way = 0; way < 2; way++) {
            int at = (set + way) * WAY;
            if (t[at] == m && t[at + 1] == w0 && t[at + 2] == w1) {
                return set + way;
            }
        }
        return -1;
    }

    private void read(int slot, Answers out, int q) {
        long[] t = table;
        int at = slot * WAY;
        int state = (int) (t[at + 3] & 0xFF);
        out.set(q, state, t[at + 4], t[at + 5], (int) (t[at + 3] >>> 8));
        out.many[q] = state == Answers.MANY ? many[slot] : null;
    }

    /**
     * Remembers the master's answer for a key; the newest entry of a set takes way 0, the one it
     * displaces way 1.
     *
     * @param answers the batch's answers, {@code q}'s given
     */
    void put(KeyKind kind, MemorySegment s, long from, long to, Answers answers, int q) {
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
        many[set + 1] = many[set]; // almost always null: a null store costs no collector work
        int state = answers.state[q];
        t[at] = m;
        t[at + 1] = w0;
        t[at + 2] = w1;
        t[at + 3] = (long) answers.length[q] << 8 | state;
        t[at + 4] = answers.word0[q];
        t[at + 5] = answers.word1[q];
        many[set] = state == Answers.MANY ? answers.many[q] : null;
    }

    private static boolean cacheable(MemorySegment s, long from, int length) {
        return length > 0 && length <= MAX_KEY && from + MAX_KEY <= s.byteSize();
    }

    private static long word0(MemorySegment s, long from, int length) {
        return s.get(WORD, from) & Answers.mask(Math.min(length, 8));
    }

    private static long word1(MemorySegment s, long from, int length) {
        return length > 8 ? s.get(WORD, from + 8) & Answers.mask(length - 8) : 0;
    }

    private static long meta(KeyKind kind, int length) {
        return (kind.ordinal() + 1) << 8 | length;
    }

    /** @return the first slot of the key's set (even) */
    private int set(long w0, long w1, long meta) {
        long h = (w0 * 0x9E3779B97F4A7C15L ^ w1) * 0xC2B2AE3D27D4EB4FL + meta;
        return (int) (h ^ (h >>> 29) ^ (h >>> 47)) & setMask;
    }
}
