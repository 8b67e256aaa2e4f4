package io.chunkwise.loader.index;

/** Sorts {@link Entries} by unsigned hash, then offset: the index's order. */
final class EntrySort {
    private EntrySort() {
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
        if (n < 4096) {
            sort(e, 0, n);
            return;
        }
        int bits = Math.min(spanBits, Math.min(16, 64 - Long.numberOfLeadingZeros(n / 8)));
        int shift = spanBits - bits;
        int[] start = new int[(1 << bits) + 1];
        long[] h = e.hashes;
        for (int i = 0; i < n; i++) {
            start[(int) ((h[i] - low) >>> shift) + 1]++;
        }
        for (int b = 1; b < start.length; b++) {
            start[b] += start[b - 1];
        }
        if (aux.capacity() < n) {
            aux.grow(n);
        }
        int[] next = java.util.Arrays.copyOf(start, start.length - 1);
        for (int i = 0; i < n; i++) {
            int to = next[(int) ((h[i] - low) >>> shift)]++;
            aux.hashes[to] = h[i];
            aux.offsets[to] = e.offsets[i];
            aux.key1[to] = e.key1[i];
            aux.key2[to] = e.key2[i];
        }
        e.swapArrays(aux);
        for (int b = 0; b + 1 < start.length; b++) {
            if (start[b + 1] - start[b] > 1) {
                sort(e, start[b], start[b + 1]);
            }
        }
    }

    static void sort(Entries e, int from, int to) {
        long[] h = e.hashes;
        long[] o = e.offsets;
        while (to - from > 24) {
            int mid = (from + to) >>> 1;
            int a = from;
            int b = mid;
            int c = to - 1;
            if (compare(h[b], o[b], h[a], o[a]) < 0) {
                swap(e, a, b);
            }
            if (compare(h[c], o[c], h[b], o[b]) < 0) {
                swap(e, b, c);
                if (compare(h[b], o[b], h[a], o[a]) < 0) {
                    swap(e, a, b);
                }
            }
            long ph = h[b];
            long po = o[b];
            int i = from;
            int j = to - 1;
            while (i <= j) {
                while (compare(h[i], o[i], ph, po) < 0) {
                    i++;
                }
                while (compare(h[j], o[j], ph, po) > 0) {
                    j--;
                }
                if (i <= j) {
                    swap(e, i, j);
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
            for (int j = i; j > from && compare(h[j - 1], o[j - 1], h[j], o[j]) > 0; j--) {
                swap(e, j - 1, j);
            }
        }
    }

    private static void swap(Entries e, int i, int j) {
        swap(e.hashes, i, j);
        swap(e.offsets, i, j);
        swap(e.key1, i, j);
        swap(e.key2, i, j);
    }

    private static void swap(long[] a, int i, int j) {
        long t = a[i];
        a[i] = a[j];
        a[j] = t;
    }
}
