package io.chunkwise.loader.load;

import io.chunkwise.loader.csv.CsvHeader;

/**
 * What a load saw.
 *
 * @param strategy the strategy used
 * @param header the header row
 * @param records records accepted
 * @param rejected records rejected (a wrong field count, a stray quote, a repeated header row)
 * @param bytes the file's size
 * @param modifiedMillis the file's modification time when read
 * @param chunks chunks (or buffer fills) processed
 * @param fallbacks chunks whose speculative start was wrong and were parsed again sequentially
 * @param byteOrderMarks the data rows that start with a UTF-8 byte-order mark
 */
public record LoadSummary(LoaderStrategy strategy, CsvHeader header, long records, long rejected,
        long bytes, long modifiedMillis, int chunks, int fallbacks, ByteOrderMarks byteOrderMarks) {
}
