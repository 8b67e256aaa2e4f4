package io.chunkwise.cli.fix;

import io.chunkwise.loader.csv.CsvHeader;

/**
 * A FIX log given where a CSV file is expected: read as CSV, its first message is a one-column
 * "header" and every other message a record, which scans without an error and means nothing.
 */
public final class FixLogHeader {
    private FixLogHeader() {
    }

    /**
     * @param first the first row of a file read as CSV
     * @return whether it holds the start of a FIX message ({@code 8=FIX}), as a FIX log's first
     *     line does (after any prefix, e.g. a timestamp)
     */
    public static boolean looksLikeFixLog(CsvHeader first) {
        return first.names().stream().anyMatch(name -> name.contains("8=FIX"));
    }
}
