package io.chunkwise.loader.index;

import java.util.Arrays;

/**
 * A growable list of index entries in four primitive arrays: the key's hash, the record offset,
 * and the key packed in two longs (see {@link KeyPacker}) so duplicates are told apart exactly
 * without reading the source again.
 */
final class Entries {
    long[] hashes;
    long[] offsets;
    long[] key1;
    long[] key2;
    int size;

    Entries(int capacity) {
        int c = Math.max(1, capacity);
        hashes = new long[c];
        offsets = new long[c];
        key1 = new long[c];
        key2 = new long[c];
    }

    int capacity() {
        return hashes.length;
    }

    void grow(int capacity) {
        hashes = Arrays.copyOf(hashes, capacity);
        offsets = Arrays.copyOf(offsets, capacity);
        key1 = Arrays.copyOf(key1, capacity);
        key2 = Arrays.copyOf(key2, capacity);
    }

    void add(long hash, long offset, long k1, long k2) {
        if (size == hashes.length) {
            grow(size * 2);
        }
        hashes[size] = hash;
        offsets[size] = offset;
        key1[size] = k1;
        key2[size] = k2;
        size++;
    }

    /** Exchanges arrays with another list (sizes stay). */
    void swapArrays(Entries other) {
        long[] t = hashes;
        hashes = other.hashes;
        other.hashes = t;
        t = offsets;
        offsets = other.offsets;
        other.offsets = t;
        t = key1;
        key1 = other.key1;
        other.key1 = t;
        t = key2;
        key2 = other.key2;
        other.key2 = t;
    }
}
