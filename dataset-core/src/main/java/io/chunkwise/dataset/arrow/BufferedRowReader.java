package io.chunkwise.dataset.arrow;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.channels.FileChannel;
import org.apache.arrow.memory.ArrowBuf;
import org.apache.arrow.memory.BufferAllocator;
import org.apache.arrow.vector.VectorSchemaRoot;
import org.apache.arrow.vector.ipc.ArrowFileReader;

/** Loads record batches with {@link ArrowFileReader} (one at a time) and transposes rows from its vectors. */
final class BufferedRowReader implements RowReader {
    private final BufferedCacheTable table;
    private final FileChannel channel;
    private final ArrowFileReader reader;
    private final BufferAllocator allocator;
    private int loaded = -1;

    BufferedRowReader(BufferedCacheTable table, FileChannel channel, ArrowFileReader reader, BufferAllocator allocator) {
        this.table = table;
        this.channel = channel;
        this.reader = reader;
        this.allocator = allocator;
    }

    VectorSchemaRoot load(int batch) {
        try {
            if (loaded != batch) {
                reader.loadRecordBatch(table.blocks().get(batch));
                loaded = batch;
            }
            return reader.getVectorSchemaRoot();
        } catch (IOException e) {
            throw new CacheFormatException(table.file(), table.blocks().get(batch).getOffset(),
                    "cannot read record batch " + batch + ": " + e.getMessage());
        }
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
            if (n > 0) {
                VectorSchemaRoot root = load(batch);
                long local = row - start;
                for (int j = 0; j < width; j++) {
                    int c = columns[j];
                    ArrowBuf data = root.getVector(c).getDataBuffer();
                    int at = offset + done * width + j;
                    if (table.type(c) == ColumnType.FLOAT32) {
                        long byteAt = local * 4;
                        for (int r = 0; r < n; r++, at += width, byteAt += 4) {
                            dst[at] = data.getFloat(byteAt);
                        }
                    } else {
                        long byteAt = local * 8;
                        for (int r = 0; r < n; r++, at += width, byteAt += 8) {
                            dst[at] = (float) data.getDouble(byteAt);
                        }
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
