package io.chunkwise.dataset.arrow;

import java.lang.foreign.MemorySegment;

/** Transposes rows straight from the mapped record batches: the only copy is into the caller's array. */
final class MappedRowReader implements RowReader {
    private final MappedCacheTable table;

    MappedRowReader(MappedCacheTable table) {
        this.table = table;
    }

    @Override
    public void read(long first, int count, int[] columns, float[] dst, int offset) {
        if (first < 0 || count < 0 || first + count > table.rows()) {
            throw new IndexOutOfBoundsException("rows " + first + "+" + count + " outside 0.." + table.rows());
        }
        int width = columns.length;
        long row = first;
        int done = 0;
        int batch = table.batchOf(row);
        while (done < count) {
            long start = table.batchStart(batch);
            long end = table.batchStart(batch + 1);
            int n = (int) Math.min(count - done, end - row);
            long local = row - start;
            for (int j = 0; j < width; j++) {
                int c = columns[j];
                MemorySegment seg = table.values(batch, c);
                int at = offset + done * width + j;
                if (table.type(c) == ColumnType.FLOAT32) {
                    long byteAt = local * 4;
                    for (int r = 0; r < n; r++, at += width, byteAt += 4) {
                        dst[at] = seg.get(MappedCacheTable.FLOAT, byteAt);
                    }
                } else {
                    long byteAt = local * 8;
                    for (int r = 0; r < n; r++, at += width, byteAt += 8) {
                        dst[at] = (float) seg.get(MappedCacheTable.DOUBLE, byteAt);
                    }
                }
            }
            done += n;
            row += n;
            batch++;
        }
    }

    @Override
    public void close() {
        // nothing held: the table owns the mapping
    }
}
