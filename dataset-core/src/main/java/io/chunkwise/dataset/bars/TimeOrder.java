package io.chunkwise.dataset.bars;

import java.util.ArrayDeque;

/**
 * Keeps bars in strictly increasing time while losing as few as possible. The last {@link #WINDOW}
 * bars are held back before they are accepted; while they are in order that costs a copy. When a
 * bar goes back in time, the oldest held bar is accepted only when the longest increasing run
 * through the held bars starts with it (on a tie, when it starts a longest run that counts a repeated
 * time, a duplicate, as support for it; on a tie of both, unless a later held bar is earlier than it);
 * otherwise it is the outlier and is rejected. So a run of up to {@value #MAX_RUN} mistyped
 * (e.g. far-future) timestamps, also at the start of the file, costs only those rows, not every row
 * after them. A bar not after the last accepted one is rejected; its reason names the previous row
 * that is accepted, so while earlier rows are still held it waits (at most {@value #LATE_CAPACITY}
 * such rows; past that the earliest is named against the last accepted row, said as an earlier row).
 */
final class TimeOrder {
    /** Bars held back before they are accepted. */
    static final int WINDOW = 16;
    /** The longest run of consecutive mistyped timestamps that costs only its own rows. */
    static final int MAX_RUN = (WINDOW - 1) / 2;

    /** Receives a rejected row. */
    interface Rejects {
        /**
         * @param line the row's line
         * @param offset the row's byte offset
         * @param reason why
         */
        void reject(long line, long offset, String reason);
    }

    private static final int SLOTS = WINDOW + 1;
    /** Late rows waiting for the held rows before them to be decided. */
    static final int LATE_CAPACITY = 4096;

    /** A row not after the last accepted one, waiting to be rejected once the rows before it are decided. */
    private record Late(long time, String text, long line, long offset) {
    }

    private final ArrayDeque<Late> late = new ArrayDeque<>();

    private final Rejects rejects;
    private final long[] times = new long[SLOTS];
    private final double[] values = new double[SLOTS * 5];
    private final long[] lines = new long[SLOTS];
    private final long[] offsets = new long[SLOTS];
    private final String[] texts = new String[SLOTS];
    private final int[] chain = new int[SLOTS];
    private int head;
    private int size;
    private boolean sorted = true;
    private long committed = Long.MIN_VALUE;
    private long committedLine;
    private String committedText;
    private long accepted;

    /** @param rejects receives the rows taken out of order */
    TimeOrder(Rejects rejects) {
        this.rejects = rejects;
    }

    /**
     * Offers the next parsed bar; at most one held bar is added to the chunk (which must have room).
     *
     * @param t its time, epoch milliseconds
     * @param timeText its timestamp as written
     * @param v open, high, low, close, volume
     * @param rowLine its line
     * @param rowOffset its byte offset
     * @param chunk receives the oldest held bar, when it is accepted
     */
    void offer(long t, String timeText, double[] v, long rowLine, long rowOffset, BarChunk chunk) {
        if (t <= committed) {
            if (size == 0) {
                rejectLate(t, timeText, rowLine, rowOffset);
            } else {
                if (late.size() >= LATE_CAPACITY) {
                    Late l = late.removeFirst();
                    rejects.reject(l.line(), l.offset(), "timestamp '" + l.text() + "' not after the earlier row's ('"
                            + committedText + "', line " + committedLine + ")");
                }
                late.addLast(new Late(t, timeText, rowLine, rowOffset));
            }
            return;
        }
        if (size > 0 && t <= times[slot(size - 1)]) {
            sorted = false;
        }
        int s = slot(size++);
        times[s] = t;
        System.arraycopy(v, 0, values, s * 5, 5);
        lines[s] = rowLine;
        offsets[s] = rowOffset;
        texts[s] = timeText;
        if (size > WINDOW) {
            decide(chunk);
        }
    }

    /**
     * Settles held bars, adding the accepted ones to the chunk while it has room; call at the end of
     * the file, again with a new chunk until {@link #pending()} is 0.
     *
     * @param chunk the chunk
     */
    void finish(BarChunk chunk) {
        while (size > 0 && !chunk.full()) {
            decide(chunk);
        }
    }

    /** @return bars held back, not yet accepted or rejected */
    int pending() {
        return size;
    }

    /** @return the line of the earliest held bar, {@link Long#MAX_VALUE} when none is held */
    long firstPendingLine() {
        return size == 0 ? Long.MAX_VALUE : lines[slot(0)];
    }

    /** @return bars accepted (added to a chunk) so far */
    long accepted() {
        return accepted;
    }

    /** Accepts or rejects the oldest held bar. */
    private void decide(BarChunk chunk) {
        int s = slot(0);
        long t = times[s];
        if (t <= committed) {
            rejectLate(t, texts[s], lines[s], offsets[s]);
        } else if (sorted || keepsOldest()) {
            int v = s * 5;
            chunk.add(t, values[v], values[v + 1], values[v + 2], values[v + 3], values[v + 4], lines[s], offsets[s]);
            committed = t;
            committedLine = lines[s];
            committedText = texts[s];
            accepted++;
        } else {
            int next = firstNotAfter(t);
            rejects.reject(lines[s], offsets[s], "timestamp '" + texts[s] + "' out of order: after the next row's ('"
                    + texts[next] + "', line " + lines[next] + ")");
        }
        texts[s] = null;
        head = slot(1);
        size--;
        if (!sorted) {
            sorted = increasing();
        }
        long firstHeld = firstPendingLine();
        while (!late.isEmpty() && late.peekFirst().line() < firstHeld) {
            Late l = late.removeFirst();
            rejectLate(l.time(), l.text(), l.line(), l.offset());
        }
    }

    /**
     * Whether the oldest held bar starts a longest increasing run of the held bars after the last
     * accepted one; on a tie, whether it starts a longest run counting repeats of a time (a
     * duplicate vouches for the time it repeats, so 00:01, 00:01, 00:00:30 keeps the first 00:01 and
     * names the second its duplicate); on a tie of both, whether no later held bar is earlier than it.
     */
    private boolean keepsOldest() {
        int best = longestRuns(false);
        if (chain[0] != best) {
            return chain[0] > best;
        }
        int bestWithRepeats = longestRuns(true);
        if (chain[0] != bestWithRepeats) {
            return chain[0] > bestWithRepeats;
        }
        return firstNotAfter(times[slot(0)]) < 0;
    }

    /**
     * Fills {@link #chain} with the longest run of held bars after the last accepted one that starts
     * at each held bar.
     *
     * @param repeats whether a run may repeat a time (non-decreasing) rather than only increase
     * @return the longest run starting at a held bar other than the oldest
     */
    private int longestRuns(boolean repeats) {
        int best = 0;
        for (int i = size - 1; i >= 0; i--) {
            long t = times[slot(i)];
            int c = 0;
            if (t > committed) {
                c = 1;
                for (int j = i + 1; j < size; j++) {
                    long u = times[slot(j)];
                    if ((u > t || repeats && u == t) && chain[j] + 1 > c) {
                        c = chain[j] + 1;
                    }
                }
            }
            chain[i] = c;
            if (i > 0 && c > best) {
                best = c;
            }
        }
        return best;
    }

    /** @return the slot of the first held bar after the oldest that is earlier than t, or -1 */
    private int firstNotAfter(long t) {
        for (int i = 1; i < size; i++) {
            int s = slot(i);
            if (times[s] > committed && times[s] < t) {
                return s;
            }
        }
        return -1;
    }

    private boolean increasing() {
        for (int i = 1; i < size; i++) {
            if (times[slot(i)] <= times[slot(i - 1)]) {
                return false;
            }
        }
        return size == 0 || times[slot(0)] > committed;
    }

    /**
     * A row not after the last accepted one. Times are kept to the millisecond, so two timestamps
     * written differently (100 µs apart, or one instant at two offsets) can collide: said so, not
     * called a duplicate of a row whose timestamp reads otherwise.
     */
    private void rejectLate(long t, String text, long line, long offset) {
        String reason;
        if (t != committed) {
            reason = "timestamp '" + text + "' not after the previous row's ('" + committedText + "', line "
                    + committedLine + ")";
        } else if (text.equals(committedText)) {
            reason = "duplicate timestamp '" + text + "' (as line " + committedLine + ")";
        } else {
            reason = "timestamp '" + text + "' falls in the same millisecond as line " + committedLine + "'s ('"
                    + committedText + "'), and the cache keeps milliseconds";
        }
        rejects.reject(line, offset, reason);
    }

    private int slot(int i) {
        int s = head + i;
        return s >= SLOTS ? s - SLOTS : s;
    }
}
