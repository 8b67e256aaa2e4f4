package io.chunkwise.dataset.ingest;

import io.chunkwise.dataset.bars.BarReject;
import java.util.ArrayDeque;
import java.util.function.Consumer;

/**
 * Hands a build's rejects on in line order. The reader's come in line order, but a row it accepted
 * into a chunk can still be rejected for its features once the chunk is computed, after rejects of
 * later lines: those wait here until the chunk is decided. At most {@value #CAPACITY} wait (a long
 * run of bad rows within one chunk); past that the earliest go on.
 */
final class RejectMerge implements Consumer<BarReject> {
    private static final int CAPACITY = 4096;
    private final ArrayDeque<BarReject> held = new ArrayDeque<>();
    private final Consumer<BarReject> sink;

    /** @param sink receives every reject, in line order */
    RejectMerge(Consumer<BarReject> sink) {
        this.sink = sink;
    }

    /** @param r a reject of the reader's, held until the chunk being read is decided */
    @Override
    public void accept(BarReject r) {
        held.addLast(r);
        if (held.size() > CAPACITY) {
            sink.accept(held.removeFirst());
        }
    }

    /** @param r a row of the chunk being decided, rejected: the reader's rejects before it go first */
    void rejectRow(BarReject r) {
        while (!held.isEmpty() && held.peekFirst().line() < r.line()) {
            sink.accept(held.removeFirst());
        }
        sink.accept(r);
    }

    /** The chunk is decided: every held reject goes on (each is before every row still to come). */
    void flush() {
        while (!held.isEmpty()) {
            sink.accept(held.removeFirst());
        }
    }
}
