package io.chunkwise.loader.recon;

import io.chunkwise.loader.csv.CsvText;
import java.lang.foreign.MemorySegment;
import java.lang.foreign.ValueLayout;
import java.nio.ByteOrder;

/**
 * The master's answers for a batch of checks, kept in words: "absent", "present", or the one
 * symbol of a security when it fits in {@value #MAX_INLINE} bytes (two little-endian words and a
 * length, as {@link LookupCache} stores it). Only a security with several symbols, or one longer
 * than that, keeps an array. So a cached answer costs no object and no reference store, which the
 * garbage collector would otherwise have to trace on every collection.
 */
final class Answers {
    /** Not answered yet: the cache missed. */
    static final int MISSING = 0;
    /** The master has no record with that key. */
    static final int ABSENT = 1;
    /** The master has the symbol (symbol questions). */
    static final int PRESENT = 2;
    /** The security's one symbol is in {@link #word0}, {@link #word1}, {@link #length}. */
    static final int ONE = 3;
    /** The security's symbols are in {@link #many}. */
    static final int MANY = 4;
    /** The longest symbol kept in words. */
    static final int MAX_INLINE = 16;
    private static final ValueLayout.OfLong WORD = ValueLayout.JAVA_LONG_UNALIGNED.withOrder(ByteOrder.LITTLE_ENDIAN);

    final int[] state;
    final long[] word0;
    final long[] word1;
    final int[] length;
    final byte[][][] many;
    /** Scratch of a cache look-up ({@link LookupCache#findAll}): each key's set, -1 when not cacheable. */
    final int[] set;
    /** Keeps the cache look-up's line-touching loads from being optimised away. */
    long touched;

    Answers(int capacity) {
        state = new int[capacity];
        word0 = new long[capacity];
        word1 = new long[capacity];
        length = new int[capacity];
        many = new byte[capacity][][];
        set = new int[capacity];
    }

    /** Records the master's symbols of one security (empty: absent). */
    void setSymbols(int q, byte[][] symbols) {
        many[q] = null;
        if (symbols.length == 0) {
            set(q, ABSENT, 0, 0, 0);
        } else if (symbols.length == 1 && symbols[0].length <= MAX_INLINE) {
            byte[] s = symbols[0];
            long a = 0;
            long b = 0;
            for (int i = 0; i < s.length; i++) {
                long v = s[i] & 0xFFL;
                if (i < 8) {
                    a |= v << (8 * i);
                } else {
                    b |= v << (8 * (i - 8));
                }
            }
            set(q, ONE, a, b, s.length);
        } else {
            set(q, MANY, 0, 0, 0);
            many[q] = symbols;
        }
    }

    void set(int q, int newState, long w0, long w1, int newLength) {
        state[q] = newState;
        word0[q] = w0;
        word1[q] = w1;
        length[q] = newLength;
    }

    /** @return whether the answer (of a security found) includes the bytes at {@code [from, to)} */
    boolean hasSymbol(int q, MemorySegment s, long from, long to) {
        int n = (int) (to - from);
        if (state[q] == MANY) {
            return matchesAny(many[q], s, from, to);
        }
        if (n != length[q]) {
            return false;
        }
        if (from + MAX_INLINE <= s.byteSize()) {
            return (s.get(WORD, from) & mask(Math.min(n, 8))) == word0[q]
                    && (n <= 8 || (s.get(WORD, from + 8) & mask(n - 8)) == word1[q]);
        }
        for (int i = 0; i < n; i++) {
            if (s.get(ValueLayout.JAVA_BYTE, from + i) != byteAt(q, i)) {
                return false;
            }
        }
        return true;
    }

    /**
     * @return the security's symbols, as text the way {@code lookup} shows the master's values
     *     ({@link CsvText}: a Windows-1252 {@code D\xE9F} is {@code DéF}), in file order and joined
     *     by {@code |} when a duplicated identifier has several; allocates: discrepancy rows only
     */
    String symbols(int q) {
        if (state[q] == MANY) {
            StringBuilder all = new StringBuilder();
            for (byte[] symbol : many[q]) {
                all.append(all.isEmpty() ? "" : "|").append(CsvText.decode(symbol));
            }
            return all.toString();
        }
        byte[] b = new byte[length[q]];
        for (int i = 0; i < b.length; i++) {
            b[i] = byteAt(q, i);
        }
        return CsvText.decode(b);
    }

    /** @return the security's symbols' bytes, in file order (allocates: discrepancies only) */
    byte[][] symbolBytes(int q) {
        if (state[q] == MANY) {
            return many[q];
        }
        byte[] b = new byte[length[q]];
        for (int i = 0; i < b.length; i++) {
            b[i] = byteAt(q, i);
        }
        return new byte[][] {b};
    }

    /** @return the security's first symbol, as {@link #symbols} shows it */
    String firstSymbol(int q) {
        return state[q] == MANY ? CsvText.decode(many[q][0]) : symbols(q);
    }

    private byte byteAt(int q, int i) {
        return (byte) ((i < 8 ? word0[q] : word1[q]) >>> (8 * (i & 7)));
    }

    static long mask(int bytes) {
        return bytes >= 8 ? -1L : (1L << (bytes << 3)) - 1;
    }

    /** @return whether the bytes at {@code [from, to)} equal any of {@code candidates} */
    private static boolean matchesAny(byte[][] candidates, MemorySegment s, long from, long to) {
        int length = (int) (to - from);
        for (byte[] c : candidates) {
            if (c.length == length && MemorySegment.mismatch(s, from, to, MemorySegment.ofArray(c), 0, length) < 0) {
                return true;
            }
        }
        return false;
    }
}
