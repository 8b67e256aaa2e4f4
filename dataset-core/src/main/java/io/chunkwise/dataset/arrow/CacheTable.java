package io.chunkwise.dataset.arrow;

import java.nio.file.Path;
import java.util.List;

/**
 * An opened feature cache: its columns and row count, and readers for threads. Opened by
 * {@link ReadMode#open(Path)}; close it after every reader is closed.
 *
 * <p>The table owns the off-heap memory it reads through, and {@link #close()} releases it: the
 * mapped table's {@code Arena} (the mapping: its pages are the page cache, RssFile) or the buffered
 * table's Arrow allocator. Nothing else needs closing: a dataset over the table and a loader over
 * the dataset hold readers of it, which they close themselves, so close the loader, then the
 * dataset, then the table (the reverse of opening, as one try-with-resources does).
 */
public interface CacheTable extends AutoCloseable {
    /** @return the file */
    Path file();

    /** @return the schema's columns, in order */
    List<CacheColumn> columns();

    /** @return rows across all record batches */
    long rows();

    /** @return record batches in the file */
    int batches();

    /**
     * @param column column index
     * @return nulls in that column across the file
     */
    long nullCount(int column);

    /** @return a reader for one thread */
    RowReader reader();

    /**
     * Checks that the file is as it was when opened; call it after reading (at an epoch's end). A file
     * copied over the cache in place at its size faults no read, yet what was read may mix both files.
     *
     * @throws io.chunkwise.loader.io.SourceChangedException when its size or modification time changed
     */
    void checkUnchanged();

    /**
     * Finds a column by name.
     *
     * @param name the field name
     * @return the column
     * @throws CacheFormatException when there is no such column
     */
    default CacheColumn column(String name) {
        for (CacheColumn c : columns()) {
            if (c.name().equals(name)) {
                return c;
            }
        }
        throw new CacheFormatException(file(), -1, "no column '" + name + "' (columns: "
                + String.join(", ", columns().stream().map(CacheColumn::name).toList()) + ")");
    }

    @Override
    void close();
}
