package io.chunkwise.loader.index;

import java.util.Arrays;

/** A growable list of (hash, offset) pairs in two primitive arrays. */
final class LongPairs {
    long[] hashes;
    long[] offsets;
    int size;

    LongPairs(int capacity) {
        hashes = new long[Math.max(1, capacity)];
        offsets = new long[Math.max(1, capacity)];
    }

    void add(long hash, long offset) {
        if (size == hashes.length) {
            hashes = Arrays.copyOf(hashes, size * 2);
            offsets = Arrays.copyOf(offsets, size * 2);
        }
        hashes[size] = hash;
        offsets[size] = offset;
        size++;
    }
}
