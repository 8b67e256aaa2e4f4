package io.chunkwise.loader.index;

import java.util.List;

/**
 * A binary min-heap of run cursors by (unsigned hash, offset): the k-way merge of sorted runs
 * without boxing or comparator calls.
 */
final class MergeHeap {
    private final RunSpiller.Cursor[] heap;
    private int size;

    MergeHeap(List<RunSpiller.Cursor> cursors) {
        heap = new RunSpiller.Cursor[cursors.size()];
        for (RunSpiller.Cursor c : cursors) {
            if (c.advance()) {
                heap[size++] = c;
            }
        }
        for (int i = size / 2 - 1; i >= 0; i--) {
            down(i);
        }
    }

    boolean isEmpty() {
        return size == 0;
    }

    RunSpiller.Cursor top() {
        return heap[0];
    }

    /** Moves the smallest cursor on, dropping it when it is exhausted. */
    void advanceTop() {
        if (!heap[0].advance()) {
            heap[0] = heap[--size];
            heap[size] = null;
        }
        if (size > 0) {
            down(0);
        }
    }

    private void down(int i) {
        RunSpiller.Cursor x = heap[i];
        while (true) {
            int child = 2 * i + 1;
            if (child >= size) {
                break;
            }
            if (child + 1 < size && less(heap[child + 1], heap[child])) {
                child++;
            }
            if (!less(heap[child], x)) {
                break;
            }
            heap[i] = heap[child];
            i = child;
        }
        heap[i] = x;
    }

    private static boolean less(RunSpiller.Cursor a, RunSpiller.Cursor b) {
        return EntrySort.compare(a.hash, a.offset, b.hash, b.offset) < 0;
    }
}
