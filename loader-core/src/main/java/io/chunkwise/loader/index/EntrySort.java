package io.chunkwise.loader.index;

/** Sorts {@link Entries} by unsigned hash, then offset: the index's order. */
final class EntrySort {
    /** Below this many entries a plain sort beats a scatter into buckets first. */
    static final int SMALL = 4096;
    /** The most buckets entries are scattered into: 2^{@value}. */
    static final int MAX_BUCKET_BITS = 16;

    private EntrySort() {
    }

    /**
     * @return bits of the buckets {@code n} entries are scattered into: about 8 entries a bucket,
     *     at most 2^16 buckets, within the span
     */
    static int bucketBits(int n, int spanBits) {
        return Math.min(spanBits, Math.min(MAX_BUCKET_BITS, 64 - Long.numberOfLeadingZeros(n / 8)));
    }

    static int compare(long h1, long o1, long h2, long o2) {
        int c = Long.compareUnsigned(h1, h2);
        return c != 0 ? c : Long.compare(o1, o2);
    }

    /**
     * Sorts all of {@code e}: one counting pass scatters entries into buckets by the hash's top
     * bits (through {@code aux}, which ends up holding the old arrays), then each small bucket is
     * sorted in place.
     */
    static void sort(Entries e, Entries aux) {
        sort(e, aux, 0, Long.SIZE);
    }

    /**
     * Sorts all of {@code e}, whose hashes all lie in [{@code low}, {@code low + 2^spanBits}) (unsigned):
     * the buckets split that span, not the whole hash space.
     */
    static void sort(Entries e, Entries aux, long low, int spanBits) {
        int n = e.size;
        if (n < SMALL) {
            sort(e, 0, n);
            return;
        }
        int bits = bucketBits(n, spanBits);
        int shift = spanBits - bits;
        int[] start = new int[(1 << bits) + 1];
        long[] r = e.rows;
        for (int i = 0; i < n; i++) {
            start[(int) ((r[Entries.ROW * i] - low) >>> shift) + 1]++;
        }
        for (int b = 1; b < start.length; b++) {
            start[b] += start[b - 1];
        }
        if (aux.capacity() < n) {
            aux.grow(n);
        }
        int[] next = java.util.Arrays.copyOf(start, start.length - 1);
        long[] to = aux.rows;
        for (int i = 0, p = 0; i < n; i++, p += Entries.ROW) {
            System.arraycopy(r, p, to, Entries.ROW * next[(int) ((r[p] - low) >>> shift)]++, Entries.ROW);
        }
        e.swapArrays(aux);
        sortBuckets(e, start, start.length - 1);
    }

    /**
     * Sorts each bucket of entries already grouped by bucket; bucket {@code b} is [start[b], start[b + 1]).
     *
     * @param buckets how many ({@code start} may be longer)
     */
    static void sortBuckets(Entries e, int[] start, int buckets) {
        for (int b = 0; b < buckets; b++) {
            if (start[b + 1] - start[b] > 1) {
                sort(e, start[b], start[b + 1]);
            }
        }
    }

    /** Sorts entries [from, to): a quicksort, rows compared by hash then offset and swapped whole. */
    static void sort(Entries e, int from, int to) {
        long[] r = e.rows;
        while (to - from > 24) {
            int mid = (from + to) >>> 1;
            int a = from;
            int b = mid;
            int c = to - 1;
            if (less(r, b, a)) {
                swap(r, a, b);
            }
            if (less(r, c, b)) {
                swap(r, b, c);
                if (less(r, b, a)) {
                    swap(r, a, b);
                }
            }
            long ph = hash(r, b);
            long po = offset(r, b);
            int i = from;
            int j = to - 1;
            while (i <= j) {
                while (compare(hash(r, i), offset(r, i), ph, po) < 0) {
                    i++;
                }
                while (compare(hash(r, j), offset(r, j), ph, po) > 0) {
                    j--;
                }
                if (i <= j) {
                    swap(r, i, j);
                    i++;
                    j--;
                }
            }
            if (j - from < to - i) {
                sort(e, from, j + 1);
                from = i;
            } else {
                sort(e, i, to);
                to = j + 1;
            }
        }
        for (int i = from + 1; i < to; i++) {
            for (int j = i; j > from && less(r, j, j - 1); j--) {
                swap(r, j - 1, j);
            }
        }
    }

    private static long hash(long[] rows, int i) {
        return rows[Entries.ROW * i];
    }

    private static long offset(long[] rows, int i) {
        return rows[Entries.ROW * i + 1];
    }

    private static boolean less(long[] rows, int i, int j) {
        return compare(hash(rows, i), offset(rows, i), hash(rows, j), offset(rows, j)) < 0;
    }

    /** Swaps rows {@code i} and {@code j}: four longs side by side. */
    private static void swap(long[] rows, int i, int j) {
        int a = Entries.ROW * i;
        int b = Entries.ROW * j;
        for (int k = 0; k < Entries.ROW; k++) {
            long t = rows[a + k];
            rows[a + k] = rows[b + k];
            rows[b + k] = t;
        }
    }
}
