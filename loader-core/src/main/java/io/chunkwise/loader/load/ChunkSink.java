package io.chunkwise.loader.load;

import io.chunkwise.loader.csv.CsvHeader;
import io.chunkwise.loader.csv.CsvRecord;
import io.chunkwise.loader.csv.Reject;

/**
 * Receives a file's records part by part. A loader asks for a part ({@link #open()}), fills it
 * with the records and rejects of one chunk (possibly on a worker thread), then commits parts in
 * file order on one thread at a time. A part filled from a wrong speculative start is dropped
 * without being committed, so only {@link #commit} may have effects beyond the part.
 *
 * @param <P> the part type: what one chunk accumulates
 */
public interface ChunkSink<P> {
    /**
     * Called once, before any part is opened.
     *
     * @param header the file's header row
     */
    void header(CsvHeader header);

    /**
     * Lets the scanner skip the positions of fields the sink never reads; every field is still
     * counted, so records with the wrong field count are rejected all the same.
     *
     * @return how many leading fields of a record the sink reads; called after {@link #header}
     */
    default int fieldsRead() {
        return Integer.MAX_VALUE;
    }

    /**
     * Whether {@link #accept} reads {@link CsvRecord#line()}. A sink that does not lets the
     * parallel loader skip its counting pass: records then carry lines counted from their chunk,
     * and only rejects, which always get their line in the file, are moved.
     *
     * @return whether accepted records must carry their line in the file
     */
    default boolean readsLines() {
        return true;
    }

    /**
     * @return a new, empty part; may be called from any thread
     */
    P open();

    /**
     * Adds a record to a part (only this part's thread calls this). The record view is reused.
     *
     * @param part the part
     * @param record the record (field count equals the header's)
     */
    void accept(P part, CsvRecord record);

    /**
     * Adds a rejected record to a part; called on the committing thread, in file order, just
     * before the part's {@link #commit}.
     *
     * @param part the part
     * @param reject line, offset and reason
     */
    void reject(P part, Reject reject);

    /**
     * Makes a part's content final; called in file order, one call at a time.
     *
     * @param part the part
     */
    void commit(P part);
}
