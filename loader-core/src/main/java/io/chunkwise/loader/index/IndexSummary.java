package io.chunkwise.loader.index;

import io.chunkwise.loader.load.LoadSummary;
import java.nio.file.Path;

/**
 * What an index build did.
 *
 * @param index the published index file
 * @param load the loader's counts
 * @param invalidCusips records whose CUSIP fails its check digit (kept and indexed)
 * @param invalidIsins records whose ISIN fails its check digit (kept and indexed)
 * @param firstInvalidId the first of those records in file order, or null when there is none
 * @param duplicateCusips entries whose CUSIP repeats an earlier record's
 * @param duplicateIsins entries whose ISIN repeats an earlier record's
 * @param firstDuplicateId the first of those entries (CUSIP or ISIN) in file order, or null when there is none
 * @param sharedSymbols entries whose symbol repeats an earlier record's (expected: one symbol, several exchanges)
 * @param indexBytes size of the index file
 * @param seconds wall time of the build
 * @param spilledRuns sorted runs written to disk because the memory budget was full (0: all fit)
 * @param chunkSize the chunk size the load used: the one asked for, or less where the heap could not
 *     hold that chunk's key entries beside the budget (narrow records)
 */
public record IndexSummary(Path index, LoadSummary load, long invalidCusips, long invalidIsins, InvalidId firstInvalidId,
        long duplicateCusips, long duplicateIsins, DuplicateId firstDuplicateId, long sharedSymbols, long indexBytes,
        double seconds, int spilledRuns, long chunkSize) {
    /** @return duplicates of the unique identifiers: CUSIP plus ISIN */
    public long duplicates() {
        return duplicateCusips + duplicateIsins;
    }

    /** @return invalid CUSIPs plus invalid ISINs */
    public long invalidIds() {
        return invalidCusips + invalidIsins;
    }
}
