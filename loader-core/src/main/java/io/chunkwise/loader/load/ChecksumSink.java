package io.chunkwise.loader.load;

import io.chunkwise.loader.csv.CsvHeader;
import io.chunkwise.loader.csv.CsvRecord;
import io.chunkwise.loader.csv.Reject;

/**
 * A sink that keeps nothing but counts and a checksum (offsets and the hashes of the leading
 * columns): the value a benchmark returns so no parsing work is dead code. Same value for every
 * strategy.
 */
public final class ChecksumSink implements ChunkSink<long[]> {
    private final int columns;
    private long records;
    private long rejects;
    private long checksum;

    /**
     * @param columns how many leading columns are hashed into the checksum (at least 1; 3 reads
     *     the key columns of a security master, as an index build does); a record with fewer
     *     fields contributes those it has
     */
    public ChecksumSink(int columns) {
        if (columns < 1) {
            throw new IllegalArgumentException("hash at least one column, not " + columns);
        }
        this.columns = columns;
    }

    @Override
    public void header(CsvHeader header) {
        // nothing to prepare
    }

    /** @return the hashed columns: the others are only counted */
    @Override
    public int fieldsRead() {
        return columns;
    }

    /** @return false: the checksum takes offsets, not lines */
    @Override
    public boolean readsLines() {
        return false;
    }

    @Override
    public long[] open() {
        return new long[3];
    }

    @Override
    public void accept(long[] part, CsvRecord record) {
        part[0]++;
        long sum = record.offset() * 31;
        for (int c = 0, n = Math.min(columns, record.size()); c < n; c++) {
            sum += record.hash(c) * (2 * c + 1);
        }
        part[2] += sum;
    }

    @Override
    public void reject(long[] part, Reject reject) {
        part[1]++;
        part[2] += reject.offset();
    }

    @Override
    public void commit(long[] part) {
        records += part[0];
        rejects += part[1];
        checksum += part[2];
    }

    /** @return records accepted */
    public long records() {
        return records;
    }

    /** @return records rejected */
    public long rejects() {
        return rejects;
    }

    /** @return the checksum over every record and reject */
    public long checksum() {
        return checksum;
    }
}
