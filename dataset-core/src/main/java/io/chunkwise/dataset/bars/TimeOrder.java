package io.chunkwise.dataset.bars;

/**
 * Keeps bars in strictly increasing time while losing as few as possible: each bar is held back
 * until the next one arrives. When the next goes back in time but still follows the last bar
 * accepted before the held one, the held bar is the outlier (a mistyped future timestamp) and is
 * rejected; otherwise the new bar is. So one bad timestamp costs one row, not every row after it.
 */
final class TimeOrder {
    /** Receives a rejected row. */
    interface Rejects {
        /**
         * @param line the row's line
         * @param offset the row's byte offset
         * @param reason why
         */
        void reject(long line, long offset, String reason);
    }

    private final Rejects rejects;
    private boolean holding;
    private long time;
    private final double[] values = new double[5];
    private long line;
    private long offset;
    private String text;
    private long committed = Long.MIN_VALUE;
    private long accepted;

    /** @param rejects receives the rows taken out of order */
    TimeOrder(Rejects rejects) {
        this.rejects = rejects;
    }

    /**
     * Offers the next parsed bar; the one held before may be added to the chunk (which must have room).
     *
     * @param t its time, epoch milliseconds
     * @param timeText its timestamp as written
     * @param v open, high, low, close, volume
     * @param rowLine its line
     * @param rowOffset its byte offset
     * @param chunk receives the bar held before, when it is accepted
     */
    void offer(long t, String timeText, double[] v, long rowLine, long rowOffset, BarChunk chunk) {
        if (holding && t == time) {
            rejects.reject(rowLine, rowOffset, "duplicate timestamp '" + timeText + "' (as line " + line + ")");
            return;
        }
        if (holding && t < time) {
            if (t <= committed) {
                rejects.reject(rowLine, rowOffset, "timestamp '" + timeText + "' not after the previous row's ('"
                        + text + "', line " + line + ")");
                return;
            }
            rejects.reject(line, offset, "timestamp '" + text + "' out of order: after the next row's ('" + timeText
                    + "', line " + rowLine + ")");
            holding = false;
        }
        finish(chunk);
        hold(t, timeText, v, rowLine, rowOffset);
    }

    /**
     * Adds the held bar, if any, to the chunk (which must have room); call at the end of the file.
     *
     * @param chunk the chunk
     */
    void finish(BarChunk chunk) {
        if (holding) {
            chunk.add(time, values[0], values[1], values[2], values[3], values[4]);
            committed = time;
            accepted++;
            holding = false;
        }
    }

    /** @return bars accepted (added to a chunk) so far */
    long accepted() {
        return accepted;
    }

    private void hold(long t, String timeText, double[] v, long rowLine, long rowOffset) {
        holding = true;
        time = t;
        System.arraycopy(v, 0, values, 0, values.length);
        line = rowLine;
        offset = rowOffset;
        text = timeText;
    }
}
