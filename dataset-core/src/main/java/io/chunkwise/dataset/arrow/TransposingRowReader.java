package io.chunkwise.dataset.arrow;

/**
 * Walks the record batches a row range spans and transposes each column's run of values into
 * row-major order. Subclasses only say how one column's values of one batch are read.
 */
abstract class TransposingRowReader implements RowReader {
    private final BatchLayout layout;

    TransposingRowReader(BatchLayout layout) {
        this.layout = layout;
    }

    @Override
    public final void read(long first, int count, int[] columns, float[] dst, int offset) {
        if (first < 0 || count < 0 || first + count > layout.rows()) {
            throw new IndexOutOfBoundsException("rows " + first + "+" + count + " outside 0.." + layout.rows());
        }
        int width = columns.length;
        long row = first;
        int done = 0;
        int batch = layout.batchOf(row);
        while (done < count) {
            int n = (int) Math.min(count - done, layout.batchStart(batch + 1) - row);
            if (n > 0) {
                long local = row - layout.batchStart(batch);
                for (int j = 0; j < width; j++) {
                    int c = columns[j];
                    copyColumn(batch, c, layout.type(c), local, n, dst, offset + done * width + j, width);
                }
            }
            done += n;
            row += n;
            batch++;
        }
    }

    /**
     * Copies {@code n} values of one column of one record batch, converted to float.
     *
     * @param batch record batch index
     * @param column column index
     * @param type the column's type (FLOAT32 or FLOAT64)
     * @param localRow first row within the batch
     * @param n values to copy
     * @param dst destination
     * @param at index of the first value in {@code dst}
     * @param stride distance between consecutive values in {@code dst}
     */
    abstract void copyColumn(int batch, int column, ColumnType type, long localRow, int n, float[] dst, int at, int stride);
}
