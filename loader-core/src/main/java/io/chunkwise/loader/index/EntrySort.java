package io.chunkwise.loader.index;

/** Sorts {@link Entries} by unsigned hash, then offset: the index's order. */
final class EntrySort {
    private EntrySort() {
    }

    static int compare(long h1, long o1, long h2, long o2) {
        int c = Long.compareUnsigned(h1, h2);
        return c != 0 ? c : Long.compare(o1, o2);
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
