package io.chunkwise.loader.index;

import io.chunkwise.loader.csv.CsvFormat;
import io.chunkwise.loader.csv.CsvRecord;
import io.chunkwise.loader.csv.CsvScanner;
import java.lang.foreign.MemorySegment;

/** Parses the one record that starts at a known offset of a mapped source. Not thread-safe. */
final class RecordAt {
    private final CsvScanner scanner;
    private final MemorySegment source;
    /** Whether a visitor holds the record this parser gave it ({@link IndexFile}'s lookups). */
    boolean lent;

    RecordAt(CsvFormat format, String name, MemorySegment source) {
        this.scanner = new CsvScanner(format, name);
        this.source = source;
    }

    /**
     * @param offset a record start
     * @return the record (a view, valid until the next call), or {@code null} when none starts there
     */
    CsvRecord at(long offset) {
        return at(offset, Integer.MAX_VALUE);
    }

    /**
     * @param offset a record start
     * @param fields how many leading fields are needed (the rest is not parsed)
     * @return the record, possibly partial, or {@code null} when none starts there
     */
    CsvRecord at(long offset, int fields) {
        if (offset < 0 || offset >= source.byteSize()) {
            return null;
        }
        scanner.fieldLimit(fields);
        scanner.reset(source, 0, offset, 0);
        return scanner.next(source.byteSize(), true) == CsvScanner.RECORD && scanner.record().offset() == offset
                ? scanner.record() : null;
    }
}
