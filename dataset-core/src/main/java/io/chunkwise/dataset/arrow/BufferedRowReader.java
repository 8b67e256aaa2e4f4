package io.chunkwise.dataset.arrow;

import java.io.EOFException;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.channels.FileChannel;
import org.apache.arrow.memory.ArrowBuf;
import org.apache.arrow.memory.BufferAllocator;
import org.apache.arrow.vector.VectorSchemaRoot;
import org.apache.arrow.vector.ipc.ArrowFileReader;
import org.apache.arrow.vector.ipc.message.ArrowBlock;

/** Loads record batches with {@link ArrowFileReader} (one at a time) and transposes rows from its vectors. */
final class BufferedRowReader extends TransposingRowReader {
    private final BufferedCacheTable table;
    private final FileChannel channel;
    private final ArrowFileReader reader;
    private final BufferAllocator allocator;
    private int loaded = -1;
    private boolean closed;

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
        table.requireOpen(); // closed with its table: say which, not Arrow's words for a closed allocator
        ArrowBlock block = table.blocks().get(batch);
        try {
            if (loaded != batch) {
                // a batch past a truncated file's end is refused before Arrow allocates its body: Arrow
                // would fail "Unexpected end of input" and keep the buffer, a leak the allocator reports on close
                if (channel.size() < block.getOffset() + block.getMetadataLength() + block.getBodyLength()) {
                    throw new EOFException("record batch " + batch + " ends past the end of the file");
                }
                if (batch == loaded + 1) {
                    reader.loadNextBatch();
                } else {
                    reader.loadRecordBatch(block);
                }
                loaded = batch;
            }
            return reader.getVectorSchemaRoot();
        } catch (IOException e) {
            if (changed()) {
                throw MappedCacheTable.changed(table.file(), table.size(), e);
            }
            throw new CacheFormatException(table.file(), block.getOffset(), "cannot read record batch " + batch + ": " + e.getMessage());
        } catch (RuntimeException e) {
            throw CorruptMetadata.of(table.file(), block.getOffset(), "record batch " + batch, e);
        }
    }

    /** @return whether the file's size is not the one it had when the table was opened */
    private boolean changed() {
        try {
            return channel.size() != table.size();
        } catch (IOException e) {
            return false; // the read's own error says more
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
        } else if (type == ColumnType.FLOAT64) {
            long byteAt = localRow * 8;
            for (int r = 0; r < n; r++, at += stride, byteAt += 8) {
                dst[at] = (float) data.getDouble(byteAt);
            }
        } else {
            throw new IllegalArgumentException("column " + table.columns().get(column).name() + " is not floating-point");
        }
    }

    /** Releases the batch loaded and the allocator; closing again does nothing. */
    @Override
    public void close() {
        if (closed) {
            return;
        }
        closed = true;
        try {
            reader.close();
            channel.close();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            allocator.close();
            table.closed(this);
        }
    }
}
