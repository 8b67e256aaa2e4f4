package io.chunkwise.dataset.arrow;

import io.chunkwise.loader.io.SourceChangedException;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.foreign.Arena;
import java.lang.foreign.MemorySegment;
import java.lang.foreign.ValueLayout;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.apache.arrow.flatbuf.Block;
import org.apache.arrow.flatbuf.Endianness;
import org.apache.arrow.flatbuf.Field;
import org.apache.arrow.flatbuf.FieldNode;
import org.apache.arrow.flatbuf.Footer;
import org.apache.arrow.flatbuf.Message;
import org.apache.arrow.flatbuf.MessageHeader;
import org.apache.arrow.flatbuf.RecordBatch;
import org.apache.arrow.flatbuf.Schema;
import org.apache.arrow.vector.ipc.message.ArrowFooter;

/**
 * A cache mapped with FFM: the IPC footer and each record batch's message are parsed with Arrow's
 * flatbuffer classes straight from the mapping, and every float column of every batch becomes a
 * slice of the mapped segment. Nothing is copied until a {@link RowReader} transposes rows into
 * a caller's array; the pages are the OS page cache (RssFile), not the process's memory.
 */
public final class MappedCacheTable implements CacheTable, BatchLayout {
    private static final byte[] MAGIC = "ARROW1".getBytes(StandardCharsets.US_ASCII);
    private static final ValueLayout.OfInt INT = ValueLayout.JAVA_INT_UNALIGNED.withOrder(ByteOrder.LITTLE_ENDIAN);
    static final ValueLayout.OfFloat FLOAT = ValueLayout.JAVA_FLOAT_UNALIGNED.withOrder(ByteOrder.LITTLE_ENDIAN);
    static final ValueLayout.OfDouble DOUBLE = ValueLayout.JAVA_DOUBLE_UNALIGNED.withOrder(ByteOrder.LITTLE_ENDIAN);

    private final Path file;
    private final long size;
    private final CacheStamp stamp;
    private final Arena arena;
    private final List<CacheColumn> columns;
    private final long[] batchStart;
    private final MemorySegment[][] values;
    /** Each float column's validity bitmap in each batch; null where a batch has none. */
    private final MemorySegment[][] validity;
    /** Each float column's nulls in the batches without a bitmap (none or all of their rows). */
    private final long[] nulls;

    private MappedCacheTable(Path file, long size, CacheStamp stamp, Arena arena, List<CacheColumn> columns, long[] batchStart,
            MemorySegment[][] values, MemorySegment[][] validity, long[] nulls) {
        this.file = file;
        this.size = size;
        this.stamp = stamp;
        this.arena = arena;
        this.columns = columns;
        this.batchStart = batchStart;
        this.values = values;
        this.validity = validity;
        this.nulls = nulls;
    }

    /**
     * Maps and validates a cache.
     *
     * @param file the Arrow IPC file
     * @return the table
     * @throws CacheFormatException when the file is not a readable uncompressed little-endian IPC file
     */
    public static MappedCacheTable open(Path file) {
        CacheStamp stamp = CacheStamp.of(file); // before the mapping: a write after it shows at the end
        Arena arena = Arena.ofShared();
        try {
            MemorySegment seg;
            try (FileChannel ch = FileChannel.open(file, StandardOpenOption.READ)) {
                long size = ch.size();
                if (size < 2L * MAGIC.length + 2 + 4) {
                    throw new CacheFormatException(file, size, "truncated: " + size
                            + " bytes is too short for an Arrow IPC file");
                }
                seg = ch.map(FileChannel.MapMode.READ_ONLY, 0, size, arena);
            }
            MappedCacheTable table = parse(file, stamp, arena, seg);
            return table;
        } catch (IOException e) {
            arena.close();
            throw new UncheckedIOException(e);
        } catch (RuntimeException e) {
            arena.close();
            throw CorruptMetadata.of(file, -1, "metadata", e);
        } catch (InternalError e) {
            // the file was truncated underneath the mapping while its metadata was read
            arena.close();
            throw new SourceChangedException(file, "changed while being read (now " + currentSize(file) + " bytes)", e);
        }
    }

    /**
     * @param cause the fault raised by reading the mapping of a file truncated underneath it
     * @return the error naming the file and its sizes
     */
    SourceChangedException changed(Throwable cause) {
        return changed(file, size, cause);
    }

    /**
     * @param file a cache
     * @param size its size when it was opened
     * @param cause what showed the change, or {@code null}
     * @return the error naming the file and its sizes
     */
    static SourceChangedException changed(Path file, long size, Throwable cause) {
        return new SourceChangedException(file, "changed while being read (size was " + size + " bytes, now "
                + currentSize(file) + ")", cause);
    }

    private static String currentSize(Path file) {
        try {
            return Long.toString(Files.size(file));
        } catch (IOException e) {
            return "gone";
        }
    }

    private static MappedCacheTable parse(Path file, CacheStamp stamp, Arena arena, MemorySegment seg) {
        long size = seg.byteSize();
        if (!magicAt(seg, 0)) {
            byte[] head = seg.asSlice(0, Math.min(size, NotArrowFile.HEAD)).toArray(ValueLayout.JAVA_BYTE);
            throw new CacheFormatException(file, 0, NotArrowFile.reason(head));
        }
        if (!magicAt(seg, size - MAGIC.length)) {
            throw new CacheFormatException(file, size - MAGIC.length,
                    "no ARROW1 magic at the end: truncated or not an Arrow IPC file (an IPC stream?)");
        }
        long footerLengthAt = size - MAGIC.length - 4;
        int footerLength = seg.get(INT, footerLengthAt);
        long footerStart = footerLengthAt - footerLength;
        if (footerLength <= 0 || footerStart < 8) {
            throw new CacheFormatException(file, footerLengthAt, "bad footer length " + footerLength);
        }
        Footer footer;
        Schema schema;
        try {
            footer = Footer.getRootAsFooter(buffer(seg, footerStart, footerLength));
            schema = footer.schema();
            // read all of it as Arrow Java does, so that both readers refuse the same damaged footers
            new ArrowFooter(footer);
        } catch (RuntimeException e) {
            throw CorruptMetadata.of(file, footerStart, "footer", e);
        }
        if (schema == null) {
            throw new CacheFormatException(file, footerStart, "footer has no schema");
        }
        if (schema.endianness() != Endianness.Little) {
            throw new CacheFormatException(file, footerStart, "big-endian Arrow files are not supported");
        }
        int fieldCount = schema.fieldsLength();
        int batches = footer.recordBatchesLength();
        // each field offset takes 4 footer bytes and each block 24: larger counts are damage, not data
        if (fieldCount < 0 || batches < 0 || 4L * fieldCount + 24L * batches > footerLength) {
            throw new CacheFormatException(file, footerStart, "corrupt Arrow footer (" + fieldCount + " columns and "
                    + batches + " record batches do not fit in its " + footerLength + " bytes)");
        }
        List<CacheColumn> columns = new ArrayList<>(fieldCount);
        int[] bufferCounts = new int[fieldCount];
        for (int i = 0; i < fieldCount; i++) {
            Field f = schema.fields(i);
            bufferCounts[i] = ArrowTypes.bufferCount(f);
            if (bufferCounts[i] < 0) {
                String shape = ArrowTypes.shape(f);
                throw new CacheFormatException(file, footerStart, "column '" + f.name() + "' has type "
                        + ArrowTypes.describe(f) + (shape.isEmpty() ? "" : " " + shape)
                        + ", which cannot be read " + (ArrowTypes.isView(f) ? "(a view type: write it as a plain"
                                + " column, e.g. pyarrow table.cast() to pa.string() or pa.binary())"
                                : "(only flat columns; or the schema is damaged)"));
            }
            columns.add(new CacheColumn(i, f.name(), ArrowTypes.columnType(f), ArrowTypes.describe(f)));
        }
        long[] batchStart = new long[batches + 1];
        MemorySegment[][] values = new MemorySegment[batches][fieldCount];
        MemorySegment[][] validity = new MemorySegment[batches][fieldCount];
        long[] nulls = new long[fieldCount];
        Block block = new Block();
        Message message = new Message();
        RecordBatch rb = new RecordBatch();
        FieldNode node = new FieldNode();
        BatchCheck check = new BatchCheck(file, columns, bufferCounts);
        for (int b = 0; b < batches; b++) {
            footer.recordBatches(block, b);
            long offset = block.offset();
            long bodyStart = offset + block.metaDataLength();
            long bodyEnd = bodyStart + block.bodyLength();
            if (offset < 8 || block.metaDataLength() < 8 || block.bodyLength() < 0 || bodyEnd > footerStart) {
                // named at the footer, which holds the damaged entry: its offset may point anywhere
                throw new CacheFormatException(file, footerStart, "record batch " + b + " lies outside the file's data (the footer "
                        + "places it at byte " + offset + ", " + block.metaDataLength() + " + " + block.bodyLength()
                        + " bytes long, before a footer at byte " + footerStart + "; truncated?)");
            }
            long at = offset;
            int length = seg.get(INT, at);
            if (length == -1) {
                at += 4;
                length = seg.get(INT, at);
            }
            if (length <= 0 || at + 4 + length > bodyStart) {
                throw new CacheFormatException(file, offset, "record batch " + b + " has a bad metadata length " + length);
            }
            try {
                Message.getRootAsMessage(buffer(seg, at + 4, length), message);
                if (message.headerType() != MessageHeader.RecordBatch) {
                    throw new CacheFormatException(file, offset, "block " + b + " is a "
                            + MessageHeader.name(message.headerType()) + " message, not a record batch");
                }
                message.header(rb);
            } catch (CacheFormatException e) {
                throw e;
            } catch (RuntimeException e) {
                throw new CacheFormatException(file, offset, "corrupt record batch " + b + " metadata (its flatbuffer"
                        + " does not parse)");
            }
            if (rb.compression() != null) {
                throw new CacheFormatException(file, offset, "record batch " + b
                        + " is compressed; only uncompressed Arrow files are read"
                        + " (e.g. pyarrow feather.write_feather(..., compression='uncompressed'))");
            }
            long rows = check.check(b, offset, rb, block.bodyLength());
            batchStart[b + 1] = batchStart[b] + rows;
            for (int c = 0; c < fieldCount; c++) {
                ColumnType type = columns.get(c).type();
                if (type.floating()) {
                    long bitmapAt = check.validityAt(c);
                    if (bitmapAt < 0) {
                        rb.nodes(node, c);
                        nulls[c] += node.nullCount();
                    } else {
                        // the bitmap, not the node's count, says which values are null, as Arrow Java reads it
                        validity[b][c] = seg.asSlice(bodyStart + bitmapAt, (rows + 7) / 8);
                    }
                    values[b][c] = seg.asSlice(bodyStart + check.valuesAt(c), rows * (type == ColumnType.FLOAT32 ? 4 : 8));
                }
            }
        }
        return new MappedCacheTable(file, size, stamp, arena, List.copyOf(columns), batchStart, values, validity, nulls);
    }

    private static ByteBuffer buffer(MemorySegment seg, long offset, long length) {
        return seg.asSlice(offset, length).asByteBuffer().order(ByteOrder.LITTLE_ENDIAN);
    }

    private static boolean magicAt(MemorySegment seg, long at) {
        for (int i = 0; i < MAGIC.length; i++) {
            if (seg.get(ValueLayout.JAVA_BYTE, at + i) != MAGIC[i]) {
                return false;
            }
        }
        return true;
    }

    @Override
    public Path file() {
        return file;
    }

    @Override
    public List<CacheColumn> columns() {
        return columns;
    }

    @Override
    public long rows() {
        return batchStart[batchStart.length - 1];
    }

    @Override
    public int batches() {
        return values.length;
    }

    /**
     * Counts the bits of the column's validity bitmaps (a pass over an eighth of a byte per row,
     * made when a dataset binds the column), so that a null a bitmap marks is one whatever the
     * batch's null count says: a damaged count cannot put a null value into the samples.
     */
    @Override
    public long nullCount(int column) {
        requireOpen();
        long n = nulls[column];
        try {
            for (int b = 0; b < validity.length; b++) {
                MemorySegment bits = validity[b][column];
                if (bits != null) {
                    n += ValidityBits.zeros(bits, batchStart[b + 1] - batchStart[b]);
                }
            }
        } catch (InternalError e) {
            throw changed(e);
        }
        return n;
    }

    /**
     * The values of a floating column in one record batch, as a slice of the mapping (no copy).
     *
     * @param batch record batch index
     * @param column column index (a floating column)
     * @return the little-endian values
     */
    public MemorySegment values(int batch, int column) {
        MemorySegment s = values[batch][column];
        if (s == null) {
            throw new IllegalArgumentException("column " + columns.get(column).name() + " is not floating-point");
        }
        return s;
    }

    /**
     * @param batch record batch index
     * @return the global index of its first row
     */
    @Override
    public long batchStart(int batch) {
        return batchStart[batch];
    }

    @Override
    public int batchOf(long row) {
        int i = Arrays.binarySearch(batchStart, row);
        if (i >= 0) {
            // skip empty batches: the last start equal to row
            while (i + 1 < batchStart.length - 1 && batchStart[i + 1] == row) {
                i++;
            }
            return i;
        }
        return -i - 2;
    }

    @Override
    public ColumnType type(int column) {
        return columns.get(column).type();
    }

    @Override
    public RowReader reader() {
        requireOpen();
        return new MappedRowReader(this);
    }

    /**
     * Fails on use after {@link #close()}, naming the file (the released mapping's own error,
     * "Already closed", names nothing).
     *
     * @throws IllegalStateException when closed
     */
    void requireOpen() {
        if (!arena.scope().isAlive()) {
            throw new IllegalStateException("cache " + file + " is closed: used after close()");
        }
    }

    @Override
    public void checkUnchanged() {
        stamp.requireUnchanged();
    }

    /** Unmaps the file; readers fail afterwards. Idempotent, as {@link BufferedCacheTable#close()} is. */
    @Override
    public void close() {
        if (arena.scope().isAlive()) {
            arena.close();
        }
    }
}
