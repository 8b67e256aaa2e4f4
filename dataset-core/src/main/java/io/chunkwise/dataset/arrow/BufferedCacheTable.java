package io.chunkwise.dataset.arrow;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.apache.arrow.flatbuf.MessageHeader;
import org.apache.arrow.flatbuf.RecordBatch;
import org.apache.arrow.memory.BufferAllocator;
import org.apache.arrow.memory.RootAllocator;
import org.apache.arrow.vector.TypeLayout;
import org.apache.arrow.vector.ipc.ArrowFileReader;
import org.apache.arrow.vector.ipc.ReadChannel;
import org.apache.arrow.vector.ipc.message.ArrowBlock;
import org.apache.arrow.vector.ipc.message.MessageMetadataResult;
import org.apache.arrow.vector.ipc.message.MessageSerializer;
import org.apache.arrow.vector.types.FloatingPointPrecision;
import org.apache.arrow.vector.types.pojo.ArrowType;
import org.apache.arrow.vector.types.pojo.Field;

/**
 * A cache read with Arrow Java's {@link ArrowFileReader}: each reader loads one record batch at a
 * time into its own allocator's buffers (a copy of the batch), the classic buffered path. The file
 * is first checked as {@link MappedCacheTable#open(Path)} checks it (magic, footer, schema, each
 * batch's metadata; not the bodies), so both readers accept the same files and refuse the others
 * with the same words (truncated, compressed, nested column, corrupt, with the byte offset), not
 * Arrow Java's own.
 */
public final class BufferedCacheTable implements CacheTable, BatchLayout {
    private final Path file;
    private final RootAllocator allocator;
    private final List<CacheColumn> columns;
    private final List<ArrowBlock> blocks;
    private final long[] batchStart;
    private final long size;
    private final CacheStamp stamp;
    /** Set by {@link #close()}: Arrow checks its allocator is open only when assertions are on. */
    private volatile boolean closed;
    /**
     * The readers not closed yet, which {@link #close()} closes first: their batches are the
     * allocator's, which refused to close under them with Arrow's multi-line "Memory was leaked".
     */
    private final Set<BufferedRowReader> open = ConcurrentHashMap.newKeySet();

    private BufferedCacheTable(Path file, RootAllocator allocator, List<CacheColumn> columns,
            List<ArrowBlock> blocks, long[] batchStart, long size, CacheStamp stamp) {
        this.file = file;
        this.size = size;
        this.stamp = stamp;
        this.allocator = allocator;
        this.columns = columns;
        this.blocks = blocks;
        this.batchStart = batchStart;
    }

    /**
     * Opens a cache, reading the footer and each record batch's metadata (not its body).
     *
     * @param file the Arrow IPC file
     * @return the table
     * @throws CacheFormatException when Arrow Java cannot read it
     */
    public static BufferedCacheTable open(Path file) {
        CacheStamp stamp = CacheStamp.of(file); // before the checks: a write after it shows at the end
        MappedCacheTable.open(file).close();
        RootAllocator allocator = new RootAllocator(allocationLimit(file));
        try (FileChannel ch = FileChannel.open(file, StandardOpenOption.READ);
             ArrowFileReader reader = new ArrowFileReader(ch, allocator)) {
            checkLeadingMagic(file, ch);
            List<Field> fields;
            List<ArrowBlock> blocks;
            try {
                fields = reader.getVectorSchemaRoot().getSchema().getFields();
                blocks = List.copyOf(reader.getRecordBlocks());
            } catch (IOException e) {
                throw new CacheFormatException(file, -1, "not a readable Arrow IPC file: " + e.getMessage());
            } catch (RuntimeException e) {
                throw CorruptMetadata.of(file, -1, "schema or footer", e);
            }
            List<CacheColumn> columns = new ArrayList<>();
            for (int i = 0; i < fields.size(); i++) {
                Field f = fields.get(i);
                columns.add(new CacheColumn(i, f.getName(), type(f.getType()), f.getType().toString()));
            }
            int[] bufferCounts = flatBufferCounts(fields);
            BatchCheck check = bufferCounts == null ? null : new BatchCheck(file, columns, bufferCounts);
            long[] batchStart = new long[blocks.size() + 1];
            for (int b = 0; b < blocks.size(); b++) {
                batchStart[b + 1] = batchStart[b] + rows(file, ch, blocks.get(b), b, check);
            }
            return new BufferedCacheTable(file, allocator, List.copyOf(columns), blocks, batchStart, ch.size(), stamp);
        } catch (IOException e) {
            allocator.close();
            throw new UncheckedIOException(e);
        } catch (RuntimeException e) {
            allocator.close();
            throw CorruptMetadata.of(file, -1, "metadata", e);
        }
    }

    /** ArrowFileReader checks only the trailing magic; a file must also start with it. */
    private static void checkLeadingMagic(Path file, FileChannel ch) throws IOException {
        java.nio.ByteBuffer head = java.nio.ByteBuffer.allocate(NotArrowFile.HEAD);
        while (head.hasRemaining() && ch.read(head, head.position()) > 0) {
            // keep reading
        }
        if (head.position() < 6 || !"ARROW1".equals(new String(head.array(), 0, 6, java.nio.charset.StandardCharsets.US_ASCII))) {
            throw new CacheFormatException(file, 0, NotArrowFile.reason(java.util.Arrays.copyOf(head.array(), head.position())));
        }
    }

    /**
     * A reader's allocations are one batch's body and the buffers Arrow Java makes beside it
     * (validity bits), all smaller than the file: a limit of twice its size stops a damaged length
     * from allocating gigabytes, where the allocator's default is all of the machine's memory.
     */
    private static long allocationLimit(Path file) {
        try {
            return 2 * Files.size(file) + (16 << 20);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** @return the buffers of each column in a batch, or null when a column is nested or dictionary-encoded */
    private static int[] flatBufferCounts(List<Field> fields) {
        int[] counts = new int[fields.size()];
        for (int i = 0; i < counts.length; i++) {
            Field f = fields.get(i);
            if (!f.getChildren().isEmpty() || f.getDictionary() != null) {
                return null;
            }
            counts[i] = TypeLayout.getTypeBufferCount(f.getType());
        }
        return counts;
    }

    private static long rows(Path file, FileChannel ch, ArrowBlock block, int b, BatchCheck check) {
        try {
            if (block.getOffset() < 0 || block.getOffset() + block.getMetadataLength() + block.getBodyLength() > ch.size()) {
                // named by what the footer claims: a damaged offset may point anywhere, even past the file
                throw new CacheFormatException(file, -1, "record batch " + b + " lies outside the file (the footer places it at byte "
                        + block.getOffset() + ", " + (block.getMetadataLength() + block.getBodyLength()) + " bytes long, in a file of "
                        + ch.size() + "; truncated?)");
            }
            ch.position(block.getOffset());
            MessageMetadataResult meta = MessageSerializer.readMessage(new ReadChannel(ch));
            if (meta == null || meta.getMessage().headerType() != MessageHeader.RecordBatch) {
                throw new CacheFormatException(file, block.getOffset(), "block " + b + " is not a record batch");
            }
            if (ch.position() > block.getOffset() + block.getMetadataLength()) {
                throw new CacheFormatException(file, block.getOffset(), "record batch " + b + " has a bad metadata length "
                        + meta.getMessageLength());
            }
            RecordBatch rb = (RecordBatch) meta.getMessage().header(new RecordBatch());
            return check == null ? rb.length() : check.check(b, block.getOffset(), rb, block.getBodyLength());
        } catch (IOException e) {
            throw new CacheFormatException(file, block.getOffset(), "corrupt record batch " + b + ": " + e.getMessage());
        } catch (RuntimeException e) {
            throw CorruptMetadata.of(file, block.getOffset(), "record batch " + b + " metadata", e);
        }
    }

    private static ColumnType type(ArrowType t) {
        if (t instanceof ArrowType.FloatingPoint fp) {
            if (fp.getPrecision() == FloatingPointPrecision.SINGLE) {
                return ColumnType.FLOAT32;
            }
            if (fp.getPrecision() == FloatingPointPrecision.DOUBLE) {
                return ColumnType.FLOAT64;
            }
        }
        return ColumnType.OTHER;
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
        return blocks.size();
    }

    @Override
    public long nullCount(int column) {
        try (BufferedRowReader r = (BufferedRowReader) reader()) {
            long n = 0;
            for (int b = 0; b < blocks.size(); b++) {
                n += r.load(b).getVector(column).getNullCount();
            }
            return n;
        }
    }

    List<ArrowBlock> blocks() {
        return blocks;
    }

    @Override
    public long batchStart(int batch) {
        return batchStart[batch];
    }

    @Override
    public int batchOf(long row) {
        int lo = 0;
        int hi = blocks.size() - 1;
        while (lo < hi) {
            int mid = (lo + hi + 1) >>> 1;
            if (batchStart[mid] <= row) {
                lo = mid;
            } else {
                hi = mid - 1;
            }
        }
        return lo;
    }

    @Override
    public ColumnType type(int column) {
        return columns.get(column).type();
    }

    /** @return its size when it was opened */
    long size() {
        return size;
    }

    @Override
    public RowReader reader() {
        requireOpen();
        BufferAllocator child = allocator.newChildAllocator("reader", 0, Long.MAX_VALUE);
        try {
            FileChannel ch = FileChannel.open(file, StandardOpenOption.READ);
            BufferedRowReader reader = new BufferedRowReader(this, ch, new ArrowFileReader(ch, child), child);
            open.add(reader);
            return reader;
        } catch (IOException e) {
            child.close();
            throw new UncheckedIOException(e);
        }
    }

    /** @param reader a reader of this table that is closed now */
    void closed(BufferedRowReader reader) {
        open.remove(reader);
    }

    /** @throws IllegalStateException naming the cache, when it is closed */
    void requireOpen() {
        if (closed) {
            throw new IllegalStateException("cache " + file + " is closed: used after close()");
        }
    }

    @Override
    public void checkUnchanged() {
        stamp.requireUnchanged();
    }

    /**
     * Closes the readers still open (a later read by one is an {@link IllegalStateException} naming
     * the cache, as for a mapped table), then releases the allocator. Idempotent.
     */
    @Override
    public void close() {
        if (!closed) {
            closed = true;
            for (BufferedRowReader reader : List.copyOf(open)) {
                reader.close();
            }
            allocator.close();
        }
    }
}
