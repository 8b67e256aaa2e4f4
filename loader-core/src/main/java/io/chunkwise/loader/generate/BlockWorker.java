package io.chunkwise.loader.generate;

/**
 * One thread's share of a {@link BlockFileWriter} run: encodes records by index and tallies the
 * tags of the records that made it into the file. Used by one thread at a time.
 */
abstract class BlockWorker {
    /**
     * Appends record {@code index} (a pure function of the index and the run's seed).
     *
     * @param index the record's index in the file, from 0
     * @param out the block being built
     * @return a tag for {@link #count}, e.g. flags of what was planted
     */
    abstract int encode(long index, ByteSink out);

    /**
     * Counts a record that was written (records cut off by a size limit are never counted).
     *
     * @param tag what {@link #encode} returned for it
     */
    abstract void count(int tag);
}
