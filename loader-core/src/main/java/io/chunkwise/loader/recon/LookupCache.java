package io.chunkwise.loader.recon;

import io.chunkwise.loader.index.KeyKind;
import java.lang.foreign.MemorySegment;
import java.lang.foreign.ValueLayout;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * A bounded, two-way set-associative cache of master answers keyed by the bytes of a FIX value, for one
 * thread. A hit costs a hash and a compare of the value in place (no allocation); a miss asks the
 * master and replaces whatever held the slot. Messages about the same security are common, so
 * most look-ups hit; the size is fixed whatever the log.
 */
final class LookupCache {
    /** Entries per cache (one cache per scanning thread), in pairs. */
    static final int SLOTS = 1 << 16;
    private static final int MAX_KEY = 64;
    private static final byte[][] ABSENT = new byte[0][];

    private final SecurityMaster master;
    private final byte[] kinds = new byte[SLOTS];
    private final byte[][] keys = new byte[SLOTS][];
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
        byte k = (byte) (kind.ordinal() + 1);
        if (length > MAX_KEY) {
            return ask(kind, copy(s, from, length));
        }
        int h = k;
        for (long p = from; p < to; p++) {
            h = 31 * h + s.get(ValueLayout.JAVA_BYTE, p);
        }
        h *= 0x9E3779B1;
        int slot = (h ^ (h >>> 16)) & (SLOTS - 2);
        for (int way = slot; way < slot + 2; way++) {
            byte[] key = keys[way];
            if (kinds[way] == k && key.length == length && same(key, s, from)) {
                hits++;
                return symbols[way];
            }
        }
        misses++;
        byte[] copy = copy(s, from, length);
        byte[][] answer = ask(kind, copy);
        // the newest entry takes way 0; the one it displaces moves to way 1
        kinds[slot + 1] = kinds[slot];
        keys[slot + 1] = keys[slot];
        symbols[slot + 1] = symbols[slot];
        kinds[slot] = k;
        keys[slot] = copy;
        symbols[slot] = answer;
        return answer;
    }

    private byte[][] ask(KeyKind kind, byte[] key) {
        if (kind == KeyKind.SYMBOL) {
            return master.hasSymbol(key) ? new byte[][] {key} : ABSENT;
        }
        List<String> found = master.symbolsOf(kind, key);
        if (found.isEmpty()) {
            return ABSENT;
        }
        byte[][] out = new byte[found.size()][];
        for (int i = 0; i < out.length; i++) {
            out[i] = found.get(i).getBytes(StandardCharsets.UTF_8);
        }
        return out;
    }

    private static boolean same(byte[] key, MemorySegment s, long from) {
        for (int i = 0; i < key.length; i++) {
            if (key[i] != s.get(ValueLayout.JAVA_BYTE, from + i)) {
                return false;
            }
        }
        return true;
    }

    private static byte[] copy(MemorySegment s, long from, int length) {
        return s.asSlice(from, length).toArray(ValueLayout.JAVA_BYTE);
    }

    /** @return whether the bytes at {@code [from, to)} equal any of {@code candidates} */
    static boolean matchesAny(byte[][] candidates, MemorySegment s, long from, long to) {
        int length = (int) (to - from);
        for (byte[] c : candidates) {
            if (c.length == length && same(c, s, from)) {
                return true;
            }
        }
        return false;
    }
}
