package io.chunkwise.loader.recon;

import io.chunkwise.loader.index.KeyKind;
import java.lang.foreign.MemorySegment;
import java.lang.foreign.ValueLayout;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.nio.ByteOrder;
import java.util.concurrent.atomic.LongAdder;

/**
 * A bounded, two-way set-associative cache of master answers, shared by the scanning threads and
 * keyed by the bytes of a FIX value read in place: a value of up to 16 bytes (CUSIP 9, ISIN 12,
 * most symbols) is two words, so a hit costs two word reads, a hash and two compares, and
 * allocates nothing. Longer values are not cached. Messages about the same security are common,
 * so many look-ups hit; one cache for all threads asks the master once per key, not once per key
 * and thread. The size is fixed whatever the log: up to {@value #MAX_SLOTS} entries of
 * {@value #BYTES_PER_SLOT} bytes, within a share of the heap ({@link #slotsFor}).
 *
 * <p>Answers are kept in words too ({@link Answers}): absent, present, or a security's one
 * symbol of up to 16 bytes. Only a security with several symbols, or a longer one, keeps an
 * array; so the cache holds almost no objects for the collector to trace.
 *
 * <p>Each set has a version word, a sequence lock: a writer makes it odd, writes, and makes it
 * even again; a reader that saw it odd or changed takes its read for a miss. A writer that finds
 * the set being written skips its entry (a cache may forget). So a read never sees half an entry,
 * and neither side waits.
 */
final class LookupCache {
    /**
     * The most entries, in sets of two: 14 MiB. Measured per thread against 2^16 on 2 M messages
     * naming 200 k keys: hits 70% against 36%, reconcile 15% faster. Shared by two threads, 2^19
     * and 2^17 were no faster (6 runs alternating).
     */
    static final int MAX_SLOTS = 1 << 18;
    static final int MIN_SLOTS = 1 << 10;
    /** The share of the heap the cache may take: 1/{@value}. */
    private static final int HEAP_SHARE = 8;
    private static final int MAX_KEY = 16;
    /** The fewest bytes a checked message takes: {@code 8=FIX.4.4|9=10|35=D|55=A|10=000|}. */
    static final int SHORTEST_MESSAGE = 32;
    private static final int WAY = 6;
    /** A set's longs: its version, then two ways. */
    private static final int SET = 1 + 2 * WAY;
    /** The table's words (a set's version shared by its two slots) and the array reference. */
    static final int BYTES_PER_SLOT = WAY * Long.BYTES + Long.BYTES / 2 + 4;
    private static final ValueLayout.OfLong WORD = ValueLayout.JAVA_LONG_UNALIGNED.withOrder(ByteOrder.LITTLE_ENDIAN);
    private static final VarHandle VERSION = MethodHandles.arrayElementVarHandle(long[].class);

    /**
     * Per set: the version, then both ways side by side, {@value #WAY} longs each: key meta (kind
     * (1..3) in bits 8+, length in bits 0-7; 0 = empty), the key's two words, the answer's state
     * (bits 0-7) and symbol length (bits 8+), and the symbol's two words. A probe reads two cache
     * lines. Way {@code w} of set {@code s} keeps a {@link Answers#MANY} answer in {@code many[2s + w]}.
     */
    private final long[] table;
    private final byte[][][] many;
    private final int setMask;
    private final LongAdder hits = new LongAdder();
    private final LongAdder misses = new LongAdder();

    /** @param slots entries, a power of two from {@value #MIN_SLOTS} to {@value #MAX_SLOTS} */
    LookupCache(int slots) {
        if (Integer.bitCount(slots) != 1 || slots < MIN_SLOTS || slots > MAX_SLOTS) {
            throw new IllegalArgumentException("cache slots must be a power of two in [" + MIN_SLOTS + ", "
                    + MAX_SLOTS + "]: " + slots);
        }
        table = new long[slots / 2 * SET];
        many = new byte[slots][][];
        setMask = slots / 2 - 1;
    }

    /**
     * @param maxHeap the heap's limit in bytes
     * @param logBytes the size of the log: a message of {@value #SHORTEST_MESSAGE} bytes or more
     *     asks one question, so a small log needs a small cache
     * @return entries: the most, up to {@value #MAX_SLOTS}, that keeps the cache within
     *     1/{@value #HEAP_SHARE} of the heap and twice the log's questions, and at least {@value #MIN_SLOTS}
     */
    static int slotsFor(long maxHeap, long logBytes) {
        long fit = Math.min(maxHeap / HEAP_SHARE / BYTES_PER_SLOT, 2 * (logBytes / SHORTEST_MESSAGE));
        return Math.clamp(Long.highestOneBit(Math.max(fit, 1)), MIN_SLOTS, MAX_SLOTS);
    }

    /** @return look-ups answered from the cache */
    long hits() {
        return hits.sum();
    }

    /** @return look-ups the cache could not answer */
    long misses() {
        return misses.sum();
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
        touchSets(kinds, s, from, to, n, out);
        int missed = probeAll(kinds, s, from, to, n, out);
        hits.add(n - missed);
        misses.add(missed);
    }

    /** Computes each key's set and reads its version, so that the sets' cache misses overlap. */
    private void touchSets(KeyKind[] kinds, MemorySegment s, long[] from, long[] to, int n, Answers out) {
        int[] sets = out.set;
        long[] t = table;
        long touched = 0;
        for (int q = 0; q < n; q++) {
            int length = (int) (to[q] - from[q]);
            if (cacheable(s, from[q], length)) {
                sets[q] = set(word0(s, from[q], length), word1(s, from[q], length), meta(kinds[q], length));
                touched += t[sets[q] * SET];
            } else {
                sets[q] = -1;
            }
        }
        out.touched = touched;
    }

    /** @return how many keys missed */
    private int probeAll(KeyKind[] kinds, MemorySegment s, long[] from, long[] to, int n, Answers out) {
        int missed = 0;
        for (int q = 0; q < n; q++) {
            int set = out.set[q];
            if (set < 0 || !probe(set, kinds[q], s, from[q], (int) (to[q] - from[q]), out, q)) {
                out.state[q] = Answers.MISSING;
                out.many[q] = null;
                missed++;
            }
        }
        return missed;
    }

    /** @return whether the set holds the key; if so, its answer is in {@code out}'s {@code q} */
    private boolean probe(int set, KeyKind kind, MemorySegment s, long from, int length, Answers out, int q) {
        long w0 = word0(s, from, length);
        long w1 = word1(s, from, length);
        long m = meta(kind, length);
        long[] t = table;
        int base = set * SET;
        long version = (long) VERSION.getAcquire(t, base);
        if ((version & 1) != 0) {
            return false; // being written
        }
        for (int way = 0; way < 2; way++) {
            int at = base + 1 + way * WAY;
            if (t[at] == m && t[at + 1] == w0 && t[at + 2] == w1) {
                long answer = t[at + 3];
                int state = (int) (answer & 0xFF);
                out.set(q, state, t[at + 4], t[at + 5], (int) (answer >>> 8));
                out.many[q] = state == Answers.MANY ? many[2 * set + way] : null;
                VarHandle.acquireFence();
                return (long) VERSION.getOpaque(t, base) == version; // else written meanwhile: a miss
            }
        }
        return false;
    }

    /**
     * Remembers the master's answer for a key; the newest entry of a set takes way 0, the one it
     * displaces way 1. Skipped when another thread is writing the same set.
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
        long[] t = table;
        int base = set * SET;
        long version = (long) VERSION.getVolatile(t, base);
        if ((version & 1) != 0 || !VERSION.compareAndSet(t, base, version, version + 1)) {
            return;
        }
        int at = base + 1;
        System.arraycopy(t, at, t, at + WAY, WAY);
        many[2 * set + 1] = many[2 * set]; // almost always null: a null store costs no collector work
        int state = answers.state[q];
        t[at] = m;
        t[at + 1] = w0;
        t[at + 2] = w1;
        t[at + 3] = (long) answers.length[q] << 8 | state;
        t[at + 4] = answers.word0[q];
        t[at + 5] = answers.word1[q];
        many[2 * set] = state == Answers.MANY ? answers.many[q] : null;
        VERSION.setRelease(t, base, version + 2);
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

    /** @return the key's set */
    private int set(long w0, long w1, long meta) {
        long h = (w0 * 0x9E3779B97F4A7C15L ^ w1) * 0xC2B2AE3D27D4EB4FL + meta;
        return (int) (h ^ (h >>> 29) ^ (h >>> 47)) & setMask;
    }
}
