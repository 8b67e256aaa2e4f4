package io.chunkwise.dataset.bars;

import java.util.Comparator;
import java.util.PriorityQueue;
import java.util.function.Consumer;

/**
 * Hands rejects on in line order. {@link TimeOrder} holds the last rows back before deciding on
 * them, so a later row (a parse error, a late timestamp) can be rejected before an earlier held one:
 * rejects wait here until every row before them is decided. At most {@value #CAPACITY} wait (a long
 * run of bad rows while good ones are held); past that the earliest go on.
 */
final class RejectQueue {
    private static final int CAPACITY = 4096;
    private final PriorityQueue<BarReject> waiting = new PriorityQueue<>(Comparator.comparingLong(BarReject::line));

    void add(BarReject r) {
        waiting.add(r);
    }

    /**
     * @param firstUndecided the line of the earliest row not yet accepted or rejected ({@link Long#MAX_VALUE} for none)
     * @param sink receives the rejects of the lines before it, in line order
     */
    void release(long firstUndecided, Consumer<BarReject> sink) {
        while (!waiting.isEmpty() && (waiting.peek().line() < firstUndecided || waiting.size() > CAPACITY)) {
            sink.accept(waiting.poll());
        }
    }
}
