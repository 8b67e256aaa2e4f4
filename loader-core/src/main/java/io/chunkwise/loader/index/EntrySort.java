package io.chunkwise.loader.index;

/** Sorts parallel arrays of (hash, offset) by unsigned hash, then offset: the index's order. */
final class EntrySort {
    private EntrySort() {
    }

    static int compare(long h1, long o1, long h2, long o2) {
        int c = Long.compareUnsigned(h1, h2);
        return c != 0 ? c : Long.compare(o1, o2);
    }

    static void sort(long[] h, long[] o, int from, int to) {
        while (to - from > 24) {
            int mid = (from + to) >>> 1;
            int a = from;
            int b = mid;
            int c = to - 1;
            // median of three as pivot
            if (compare(h[b], o[b], h[a], o[a]) < 0) {
                swap(h, o, a, b);
            }
            if (compare(h[c], o[c], h[b], o[b]) < 0) {
                swap(h, o, b, c);
                if (compare(h[b], o[b], h[a], o[a]) < 0) {
                    swap(h, o, a, b);
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
                    swap(h, o, i, j);
                    i++;
                    j--;
                }
            }
            // recurse into the smaller side, loop on the larger
            if (j - from < to - i) {
                sort(h, o, from, j + 1);
                from = i;
            } else {
                sort(h, o, i, to);
                to = j + 1;
            }
        }
        for (int i = from + 1; i < to; i++) {
            long kh = h[i];
            long ko = o[i];
            int j = i - 1;
            while (j >= from && compare(h[j], o[j], kh, ko) > 0) {
                h[j + 1] = h[j];
                o[j + 1] = o[j];
                j--;
            }
            h[j + 1] = kh;
            o[j + 1] = ko;
        }
    }

    private static void swap(long[] h, long[] o, int i, int j) {
        long t = h[i];
        h[i] = h[j];
        h[j] = t;
        t = o[i];
        o[i] = o[j];
        o[j] = t;
    }
}
