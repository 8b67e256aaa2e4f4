package io.chunkwise.dataset.arrow;

import java.lang.foreign.MemorySegment;

/** Transposes rows straight from the mapped record batches: the only copy is into the caller's array. */
final class MappedRowReader extends TransposingRowReader {
    private final MappedCacheTable table;

    MappedRowReader(MappedCacheTable table) {
        super(table);
        this.table = table;
    }

    /**
     * A file truncated underneath the mapping (replaced in place while read) makes the faulting
     * access raise {@link InternalError}: that is the file changing, a user's input error.
     */
    @Override
    void copyColumn(int batch, int column, ColumnType type, long localRow, int n, float[] dst, int at, int stride) {
        try {
            copy(table.values(batch, column), type, localRow, n, dst, at, stride);
        } catch (InternalError e) {
            throw table.changed(e);
        } catch (IllegalStateException e) {
            table.requireOpen(); // the table was closed: say which
            throw e;
        }
    }

    private static void copy(MemorySegment seg, ColumnType type, long localRow, int n, float[] dst, int at, int stride) {
        if (type == ColumnType.FLOAT32) {
            long byteAt = localRow * 4;
            for (int r = 0; r < n; r++, at += stride, byteAt += 4) {
                dst[at] = seg.get(MappedCacheTable.FLOAT, byteAt);
            }
        } else {
            long byteAt = localRow * 8;
            for (int r = 0; r < n; r++, at += stride, byteAt += 8) {
                dst[at] = (float) seg.get(MappedCacheTable.DOUBLE, byteAt);
            }
        }
    }

    @Override
    public void close() {
        // nothing held: the table owns the mapping
    }
}
