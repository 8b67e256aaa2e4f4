package io.chunkwise.dataset.arrow;

/**
 * Reads rows of a cache as float32, transposing columns into row-major order. One reader per
 * thread; close it when done.
 */
public interface RowReader extends AutoCloseable {
    /**
     * Copies {@code count} rows from {@code first} of the given columns into {@code dst}, row-major:
     * row {@code r}, column {@code j} lands at {@code dst[offset + r * columns.length + j]}.
     *
     * @param first first row (global, across record batches)
     * @param count rows to copy
     * @param columns column indexes (each a floating column)
     * @param dst destination
     * @param offset first index written in {@code dst}
     */
    void read(long first, int count, int[] columns, float[] dst, int offset);

    @Override
    void close();
}
