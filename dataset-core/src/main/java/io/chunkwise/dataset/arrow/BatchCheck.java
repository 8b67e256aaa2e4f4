package io.chunkwise.dataset.arrow;

import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import org.apache.arrow.flatbuf.Buffer;
import org.apache.arrow.flatbuf.FieldNode;
import org.apache.arrow.flatbuf.RecordBatch;

/**
 * The checks of a record batch's metadata against its body that both readers make before reading
 * it, so that they accept the same files and neither sizes anything by a damaged length: a field
 * node per column, each as long as the batch; each buffer a column's and inside the body; each
 * float column's values buffer holding every row, and its validity bitmap, when present, a bit
 * for every row. A count Arrow Java would size a buffer by (a node's length) is checked before it
 * is trusted.
 */
final class BatchCheck {
    private final Path file;
    private final List<CacheColumn> columns;
    private final int[] bufferCounts;
    private final FieldNode node = new FieldNode();
    private final Buffer buf = new Buffer();
    private final long[] valuesAt;
    private final long[] validityAt;
    private final int buffers;

    /**
     * @param file the cache, for messages
     * @param columns its columns
     * @param bufferCounts the buffers each column occupies in a batch (flat columns only)
     */
    BatchCheck(Path file, List<CacheColumn> columns, int[] bufferCounts) {
        this.file = file;
        this.columns = columns;
        this.bufferCounts = bufferCounts;
        this.valuesAt = new long[columns.size()];
        this.validityAt = new long[columns.size()];
        this.buffers = Arrays.stream(bufferCounts).sum();
    }

    /**
     * @param b the batch's number
     * @param offset the file offset of its message, named in errors
     * @param rb its metadata
     * @param bodyLength its body's length in bytes
     * @return its row count; {@link #valuesAt} then holds where its float columns' values lie
     * @throws CacheFormatException when the metadata does not fit the body or the schema
     */
    long check(int b, long offset, RecordBatch rb, long bodyLength) {
        long rows = rb.length();
        if (rows < 0 || rows > Integer.MAX_VALUE) {
            throw new CacheFormatException(file, offset, "record batch " + b + " has a bad row count " + rows);
        }
        if (rb.nodesLength() != columns.size()) {
            throw new CacheFormatException(file, offset, "record batch " + b + " has " + rb.nodesLength()
                    + " field nodes for " + columns.size() + " columns");
        }
        if (rb.buffersLength() != buffers) {
            // Arrow Java slices every buffer listed and requires each to be a column's
            throw new CacheFormatException(file, offset, "record batch " + b + " lists " + rb.buffersLength()
                    + " buffers where its " + columns.size() + " columns have " + buffers);
        }
        int bufferIndex = 0;
        for (int c = 0; c < columns.size(); c++) {
            rb.nodes(node, c);
            CacheColumn column = columns.get(c);
            if (node.length() != rows || node.nullCount() < 0 || node.nullCount() > rows) {
                throw new CacheFormatException(file, offset, "record batch " + b + " column '" + column.name()
                        + "': its field node says " + node.length() + " values and " + node.nullCount()
                        + " nulls in a batch of " + rows + " rows");
            }
            for (int k = 0; k < bufferCounts[c]; k++) {
                rb.buffers(buf, bufferIndex + k);
                if (buf.offset() < 0 || buf.length() < 0 || buf.offset() > bodyLength - buf.length()) {
                    // named at the batch: a damaged buffer offset may point anywhere, even past the file
                    throw new CacheFormatException(file, offset, "record batch " + b + " column '" + column.name()
                            + "': buffer " + k + " (" + buf.length() + " bytes at body offset " + buf.offset()
                            + ") lies outside the body of " + bodyLength + " bytes");
                }
            }
            if (column.type().floating()) {
                checkValidity(b, offset, rb, bufferIndex, column, rows);
                rb.buffers(buf, bufferIndex + 1);
                long width = column.type() == ColumnType.FLOAT32 ? 4 : 8;
                if (buf.length() < rows * width) {
                    throw new CacheFormatException(file, offset, "record batch " + b + " column '" + column.name()
                            + "': values buffer (" + buf.length() + " bytes at body offset " + buf.offset()
                            + ") does not hold " + rows + " values");
                }
                valuesAt[c] = buf.offset();
            }
            bufferIndex += bufferCounts[c];
        }
        return rows;
    }

    /**
     * A float column's validity bitmap, when it has one, holds a bit for every row; without one its
     * nulls are none or all (as Arrow Java reads them: any other count would have it read bits that
     * are not there).
     */
    private void checkValidity(int b, long offset, RecordBatch rb, int bufferIndex, CacheColumn column, long rows) {
        rb.buffers(buf, bufferIndex);
        long nulls = node.nullCount();
        if (buf.length() > 0 && buf.length() < (rows + 7) / 8) {
            throw new CacheFormatException(file, offset, "record batch " + b + " column '" + column.name()
                    + "': validity bitmap (" + buf.length() + " bytes at body offset " + buf.offset()
                    + ") does not hold " + rows + " rows");
        }
        if (buf.length() == 0 && nulls > 0 && nulls < rows) {
            throw new CacheFormatException(file, offset, "record batch " + b + " column '" + column.name()
                    + "': its field node says " + nulls + " nulls in " + rows + " rows, but it has no validity bitmap");
        }
        validityAt[column.index()] = buf.length() == 0 ? -1 : buf.offset();
    }

    /** @return the body offset of a float column's values in the batch last checked */
    long valuesAt(int column) {
        return valuesAt[column];
    }

    /** @return the body offset of a float column's validity bitmap in the batch last checked, -1 when it has none */
    long validityAt(int column) {
        return validityAt[column];
    }
}
