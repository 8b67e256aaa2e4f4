package io.chunkwise.dataset.bars;

/**
 * A reusable column-wise block of OHLCV bars: one array per column, {@link #size()} rows valid.
 * Readers fill it; feature kernels read it; nothing is allocated per row.
 */
public final class BarChunk {
    private final long[] time;
    private final double[] open;
    private final double[] high;
    private final double[] low;
    private final double[] close;
    private final double[] volume;
    private final long[] line;
    private final long[] offset;
    private int size;

    /** @param capacity the most rows the chunk holds */
    public BarChunk(int capacity) {
        if (capacity <= 0) {
            throw new IllegalArgumentException("chunk capacity must be positive: " + capacity);
        }
        time = new long[capacity];
        open = new double[capacity];
        high = new double[capacity];
        low = new double[capacity];
        close = new double[capacity];
        volume = new double[capacity];
        line = new long[capacity];
        offset = new long[capacity];
    }

    /** @return the most rows the chunk holds */
    public int capacity() {
        return time.length;
    }

    /** @return the number of valid rows */
    public int size() {
        return size;
    }

    /** @return whether no more rows fit */
    public boolean full() {
        return size == time.length;
    }

    /** Forgets every row (keeps the arrays). */
    public void clear() {
        size = 0;
    }

    /**
     * Appends one bar of no file (its line and offset are 0).
     *
     * @param t epoch milliseconds
     * @param o open
     * @param h high
     * @param l low
     * @param c close
     * @param v volume
     */
    public void add(long t, double o, double h, double l, double c, double v) {
        add(t, o, h, l, c, v, 0, 0);
    }

    /**
     * Appends one bar read from a file, with where it was, so that a later stage can still reject it.
     *
     * @param t epoch milliseconds
     * @param o open
     * @param h high
     * @param l low
     * @param c close
     * @param v volume
     * @param rowLine the 1-based line where its row starts
     * @param rowOffset the byte offset of its row
     */
    public void add(long t, double o, double h, double l, double c, double v, long rowLine, long rowOffset) {
        int i = size++;
        line[i] = rowLine;
        offset[i] = rowOffset;
        time[i] = t;
        open[i] = o;
        high[i] = h;
        low[i] = l;
        close[i] = c;
        volume[i] = v;
    }

    /** @return timestamps, epoch milliseconds (first {@link #size()} valid) */
    public long[] time() {
        return time;
    }

    /** @return open prices */
    public double[] open() {
        return open;
    }

    /** @return high prices */
    public double[] high() {
        return high;
    }

    /** @return low prices */
    public double[] low() {
        return low;
    }

    /** @return close prices */
    public double[] close() {
        return close;
    }

    /** @return volumes */
    public double[] volume() {
        return volume;
    }

    /** @return the line where each bar's row starts (0 for a bar of no file) */
    public long[] line() {
        return line;
    }

    /** @return the byte offset of each bar's row */
    public long[] offset() {
        return offset;
    }
}
