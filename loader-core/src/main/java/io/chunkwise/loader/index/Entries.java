package io.chunkwise.loader.index;

import java.util.Arrays;

/**
 * A growable list of index entries, as rows of four longs in one array: the key's hash, the record
 * offset, and the key packed in two longs (see {@link KeyPacker}) so duplicates are told apart
 * exactly without reading the source again; or, for a CUSIP or ISIN with a code ({@link
 * IndexHash}, whose hash alone tells it apart), the record's {@link InlineSymbol} and {@link
 * KeyPacker#CODED}. One row is one half of a cache line: adding, moving
 * or swapping an entry touches one line, and lists are copied in bulk.
 */
final class Entries {
    /** Longs in a row. */
    static final int ROW = 4;
    long[] rows;
    int size;

    Entries(int capacity) {
        rows = new long[ROW * Math.max(1, capacity)];
    }

    int capacity() {
        return rows.length / ROW;
    }

    void grow(int capacity) {
        rows = Arrays.copyOf(rows, ROW * capacity);
    }

    void add(long hash, long offset, long k1, long k2) {
        if (size == capacity()) {
            grow(size * 2);
        }
        int at = ROW * size;
        long[] r = rows;
        r[at] = hash;
        r[at + 1] = offset;
        r[at + 2] = k1;
        r[at + 3] = k2;
        size++;
    }

    long hash(int i) {
        return rows[ROW * i];
    }

    long offset(int i) {
        return rows[ROW * i + 1];
    }

    long key1(int i) {
        return rows[ROW * i + 2];
    }

    long key2(int i) {
        return rows[ROW * i + 3];
    }

    /** Exchanges arrays with another list (sizes stay). */
    void swapArrays(Entries other) {
        long[] t = rows;
        rows = other.rows;
        other.rows = t;
    }
}
