package io.chunkwise.loader.index;

import io.chunkwise.loader.csv.Reject;
import io.chunkwise.loader.load.LoadSummary;
import java.nio.file.Path;
import java.util.Set;

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
 * @param lastReject the last rejected record in file order, or null when none (a file's footer, {@link
 *     io.chunkwise.loader.csv.Footer})
 * @param emptyKeyColumns the key kinds whose column was found but is empty in every record (nothing of
 *     them can be looked up: a column exported blank, or the wrong column named)
 */
public record IndexSummary(Path index, LoadSummary load, long invalidCusips, long invalidIsins, InvalidId firstInvalidId,
        long duplicateCusips, long duplicateIsins, DuplicateId firstDuplicateId, long sharedSymbols, long indexBytes,
        double seconds, int spilledRuns, long chunkSize, Reject lastReject,
        Set<KeyKind> emptyKeyColumns) {
    /** Copies the kinds, so a summary never changes. */
    public IndexSummary {
        emptyKeyColumns = Set.copyOf(emptyKeyColumns);
    }

    /** @return duplicates of the unique identifiers: CUSIP plus ISIN */
    public long duplicates() {
        return duplicateCusips + duplicateIsins;
    }

    /** @return invalid CUSIPs plus invalid ISINs */
    public long invalidIds() {
        return invalidCusips + invalidIsins;
    }
}
