package io.chunkwise.loader.index;

import io.chunkwise.loader.csv.CsvHeader;
import java.util.Locale;

/**
 * The first record, in file order, whose CUSIP or ISIN repeats an earlier record's: a build keeps
 * and counts every one (a lookup returns them all), and this one says where to start looking.
 *
 * @param kind {@link KeyKind#CUSIP} or {@link KeyKind#ISIN}
 * @param value the identifier as indexed (trimmed, in upper case)
 * @param offset the byte offset of the repeating record in the file
 * @param firstOffset the byte offset of the earlier record it repeats
 */
public record DuplicateId(KeyKind kind, String value, long offset, long firstOffset) {

    /** @return e.g. "first: CUSIP 037833100 in the record at byte 9000, first seen at byte 40" */
    public String describe() {
        return String.format(Locale.ROOT, "first: %s %s in the record at byte %d, first seen at byte %d", kind,
                CsvHeader.printable(value), offset, firstOffset);
    }

    /** @return whichever of two (either may be null) comes first in the file */
    static DuplicateId earlier(DuplicateId a, DuplicateId b) {
        return a == null || b != null && b.offset < a.offset ? b : a;
    }
}
