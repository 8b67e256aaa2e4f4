package io.chunkwise.loader.load;

import io.chunkwise.loader.csv.CsvHeader;
import io.chunkwise.loader.csv.CsvRecord;
import io.chunkwise.loader.csv.Reject;

/**
 * A sink that keeps nothing but counts and a checksum (offsets and the hash of a chosen column):
 * the value a benchmark returns so no parsing work is dead code. Same value for every strategy.
 */
public final class ChecksumSink implements ChunkSink<long[]> {
    private final int column;
    private long records;
    private long rejects;
    private long checksum;

    /**
     * @param column the column whose value is hashed into the checksum (0 for the first); a record
     *     with fewer fields contributes its offset only
     */
    public ChecksumSink(int column) {
        this.column = column;
    }

    @Override
    public void header(CsvHeader header) {
        // nothing to prepare
    }

    /** @return the leading fields up to the hashed column: the others are only counted */
    @Override
    public int fieldsRead() {
        return column + 1;
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
        part[2] += record.offset() * 31 + (column < record.size() ? record.hash(column) : 0);
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
