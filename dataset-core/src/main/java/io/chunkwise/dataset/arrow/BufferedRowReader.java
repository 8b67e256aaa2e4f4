package io.chunkwise.dataset.arrow;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.channels.FileChannel;
import org.apache.arrow.memory.ArrowBuf;
import org.apache.arrow.memory.BufferAllocator;
import org.apache.arrow.vector.VectorSchemaRoot;
import org.apache.arrow.vector.ipc.ArrowFileReader;

/** Loads record batches with {@link ArrowFileReader} (one at a time) and transposes rows from its vectors. */
final class BufferedRowReader extends TransposingRowReader {
    private final BufferedCacheTable table;
    private final FileChannel channel;
    private final ArrowFileReader reader;
    private final BufferAllocator allocator;
    private int loaded = -1;

    BufferedRowReader(BufferedCacheTable table, FileChannel channel, ArrowFileReader reader, BufferAllocator allocator) {
        super(table);
        this.table = table;
        this.channel = channel;
        this.reader = reader;
        this.allocator = allocator;
    }

    /**
     * Loads a record batch, the next one by {@link ArrowFileReader#loadNextBatch()}: its
     * {@code loadRecordBatch(block)} searches the block list ({@code indexOf}), so reading every
     * batch that way is quadratic in their count (minutes for 300,000 small batches).
     */
    VectorSchemaRoot load(int batch) {
        try {
            if (loaded != batch) {
                if (batch == loaded + 1) {
                    reader.loadNextBatch();
                } else {
                    reader.loadRecordBatch(table.blocks().get(batch));
                }
                loaded = batch;
            }
            return reader.getVectorSchemaRoot();
        } catch (IOException e) {
            throw new CacheFormatException(table.file(), table.blocks().get(batch).getOffset(),
                    "cannot read record batch " + batch + ": " + e.getMessage());
        } catch (RuntimeException e) {
            throw CorruptMetadata.of(table.file(), table.blocks().get(batch).getOffset(), "record batch " + batch, e);
        }
    }

    @Override
    void copyColumn(int batch, int column, ColumnType type, long localRow, int n, float[] dst, int at, int stride) {
        ArrowBuf data = load(batch).getVector(column).getDataBuffer();
        if (type == ColumnType.FLOAT32) {
            long byteAt = localRow * 4;
            for (int r = 0; r < n; r++, at += stride, byteAt += 4) {
                dst[at] = data.getFloat(byteAt);
            }
        } else {
            long byteAt = localRow * 8;
            for (int r = 0; r < n; r++, at += stride, byteAt += 8) {
                dst[at] = (float) data.getDouble(byteAt);
            }
        }
    }

    @Override
    public void close() {
        try {
            reader.close();
            channel.close();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            allocator.close();
        }
    }
}
