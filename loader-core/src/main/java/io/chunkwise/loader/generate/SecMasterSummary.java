package io.chunkwise.loader.generate;

/**
 * What a {@link SecMasterGenerator} run wrote.
 *
 * @param rows data rows (the header not counted)
 * @param bytes file size, header included
 * @param nanos elapsed time
 * @param duplicateRows rows repeating an earlier row's CUSIP and ISIN
 * @param invalidCusips rows with a wrong CUSIP check digit
 * @param invalidIsins rows with a wrong ISIN check digit (and a correct CUSIP)
 * @param quotedFields fields that needed quoting
 */
public record SecMasterSummary(long rows, long bytes, long nanos, long duplicateRows, long invalidCusips,
        long invalidIsins, long quotedFields) {

    /** @return elapsed seconds */
    public double seconds() {
        return nanos / 1e9;
    }

    /** @return throughput in MB/s (10^6 bytes a second) */
    public double megabytesPerSecond() {
        return nanos == 0 ? 0 : bytes / 1e6 / seconds();
    }
}
