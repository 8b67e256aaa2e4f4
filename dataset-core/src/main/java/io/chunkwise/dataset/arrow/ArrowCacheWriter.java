package io.chunkwise.dataset.arrow;

import io.chunkwise.loader.io.FileErrors;
import io.chunkwise.loader.io.ScratchFiles;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.List;
import org.apache.arrow.memory.BufferAllocator;
import org.apache.arrow.memory.RootAllocator;
import org.apache.arrow.vector.Float4Vector;
import org.apache.arrow.vector.TimeStampMilliTZVector;
import org.apache.arrow.vector.VectorSchemaRoot;
import org.apache.arrow.vector.ipc.ArrowFileWriter;

/**
 * Writes a feature cache as an Arrow IPC file (feather v2) with Arrow Java, one record batch per
 * {@code batchRows} rows, so memory is one batch whatever the row count. The file is written next
 * to its target and renamed into place by {@link #close()} only when complete.
 */
public final class ArrowCacheWriter implements AutoCloseable {
    private final Path target;
    private final Path temp;
    private final BufferAllocator allocator;
    private final VectorSchemaRoot root;
    private final FileChannel channel;
    private final ArrowFileWriter writer;
    private final TimeStampMilliTZVector time;
    private final Float4Vector[] columns;
    private final int batchRows;
    private int pending;
    private long rows;
    private long batches;
    private boolean finished;
    private boolean closed;

    /**
     * @param target the cache file to create
     * @param floatColumns the float32 columns after the timestamp
     * @param batchRows rows per record batch
     */
    public ArrowCacheWriter(Path target, List<String> floatColumns, int batchRows) {
        if (batchRows < 1) {
            throw new IllegalArgumentException("batch rows must be positive: " + batchRows);
        }
        this.batchRows = batchRows;
        try {
            // a link is written through: renamed over, it would leave its target stale
            this.target = ScratchFiles.target(target);
            // a scratch name of its own: runs writing the same cache at once cannot write into one file
            ScratchFiles.sweep(this.target);
            this.temp = ScratchFiles.file(this.target);
        } catch (IOException e) {
            // the reason, not the scratch file's name, which is all some of the JDK's exceptions carry
            throw new UncheckedIOException("cannot write beside " + target + " (" + FileErrors.reason(e) + ")", e);
        }
        this.allocator = new RootAllocator();
        this.root = VectorSchemaRoot.create(CacheColumns.schema(floatColumns), allocator);
        this.time = (TimeStampMilliTZVector) root.getVector(0);
        this.columns = new Float4Vector[floatColumns.size()];
        for (int c = 0; c < columns.length; c++) {
            columns[c] = (Float4Vector) root.getVector(c + 1);
        }
        try {
            this.channel = FileChannel.open(temp, StandardOpenOption.WRITE, StandardOpenOption.TRUNCATE_EXISTING);
            this.writer = new ArrowFileWriter(root, null, channel);
            writer.start();
        } catch (IOException e) {
            root.close();
            allocator.close();
            ScratchFiles.delete(temp);
            throw new UncheckedIOException(e);
        }
        allocateBatch();
    }

    private void allocateBatch() {
        time.allocateNew(batchRows);
        for (Float4Vector v : columns) {
            v.allocateNew(batchRows);
        }
    }

    /**
     * Appends rows.
     *
     * @param timestamps epoch milliseconds
     * @param values one array per float column, same order as the schema
     * @param from first row to take from the arrays
     * @param count rows to take
     */
    public void append(long[] timestamps, double[][] values, int from, int count) {
        if (values.length != columns.length) {
            throw new IllegalArgumentException("expected " + columns.length + " columns, got " + values.length);
        }
        for (int i = from, end = from + count; i < end; i++) {
            time.set(pending, timestamps[i]);
            for (int c = 0; c < columns.length; c++) {
                columns[c].set(pending, (float) values[c][i]);
            }
            if (++pending == batchRows) {
                flush();
            }
        }
    }

    private void flush() {
        if (pending == 0) {
            return;
        }
        root.setRowCount(pending);
        try {
            writer.writeBatch();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        rows += pending;
        batches++;
        pending = 0;
    }

    /** @return rows written so far (including the pending batch) */
    public long rows() {
        return rows + pending;
    }

    /** @return record batches written */
    public long batches() {
        return batches;
    }

    /** Writes the last batch and the footer; {@link #close()} then renames the file into place. */
    public void finish() {
        flush();
        try {
            writer.end();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        finished = true;
    }

    @Override
    public void close() {
        if (closed) {
            return;
        }
        closed = true;
        boolean moved = false;
        try {
            writer.close();
            channel.close();
            if (finished) {
                Files.move(temp, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
                ScratchFiles.release(temp);
                moved = true;
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            root.close();
            allocator.close();
            if (!moved) {
                deleteTemp();
            }
        }
    }

    /** A temp file is never left behind, whatever failed. */
    private void deleteTemp() {
        ScratchFiles.delete(temp);
    }
}
