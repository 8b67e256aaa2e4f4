package io.chunkwise.loader.load;

import java.util.Locale;

/**
 * Data rows (accepted or rejected, header repeats aside) that start with a UTF-8 byte-order mark:
 * the sign of files concatenated after the first, each export's mark landing at the start of a
 * row. Keys are read without it ({@link io.chunkwise.loader.csv.KeyTrim}); the count says the file
 * is not what it seems.
 *
 * @param count how many
 * @param firstLine the first one's line (0 when none)
 * @param firstOffset the first one's byte offset (0 when none)
 */
public record ByteOrderMarks(long count, long firstLine, long firstOffset) {
    /** None seen. */
    public static final ByteOrderMarks NONE = new ByteOrderMarks(0, 0, 0);

    /** @return the human line, e.g. "2 rows start with a byte-order mark (first: line 7, byte 1234; concatenated files?)", or empty when none */
    public String describe() {
        if (count == 0) {
            return "";
        }
        return String.format(Locale.ROOT, "%,d %s with a byte-order mark (first: line %d, byte %d; concatenated files?)",
                count, count == 1 ? "row starts" : "rows start", firstLine, firstOffset);
    }
}
