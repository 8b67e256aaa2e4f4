package io.chunkwise.loader.csv;

/**
 * A record that was not accepted, and why. A field-count mismatch also carries its two counts as
 * numbers, so a reader of rejects ({@link Footer}, {@link TrailingDelimiter}) never parses them back
 * out of the reason's words; for any other reject both are -1.
 *
 * @param line the 1-based line where the record starts
 * @param offset the byte offset of its first byte in the file
 * @param reason why it was rejected
 * @param expectedFields the header's field count when the record's differs from it, else -1
 * @param foundFields the record's field count when it differs from the header's, else -1
 */
public record Reject(long line, long offset, String reason, int expectedFields, int foundFields) {
    /** Marks the counts of a reject that is no field-count mismatch. */
    public static final int NO_COUNT = -1;

    /**
     * @throws IllegalArgumentException when only one count is given, or two equal ones (no mismatch)
     */
    public Reject {
        if ((expectedFields == NO_COUNT) != (foundFields == NO_COUNT) || expectedFields < NO_COUNT || foundFields < NO_COUNT
                || expectedFields != NO_COUNT && expectedFields == foundFields) {
            throw new IllegalArgumentException("a reject's field counts are both -1 or two different counts: "
                    + expectedFields + " and " + foundFields);
        }
    }

    /**
     * A reject for another reason than its field count (a repeated header row, a stray quote, NULs alone).
     *
     * @param line the 1-based line where the record starts
     * @param offset the byte offset of its first byte in the file
     * @param reason why it was rejected
     */
    public Reject(long line, long offset, String reason) {
        this(line, offset, reason, NO_COUNT, NO_COUNT);
    }

    /** @return whether the record's field count differs from the header's (both counts are set) */
    public boolean fieldCountMismatch() {
        return expectedFields != NO_COUNT;
    }

    /**
     * @param newLine the record's line in the file (a chunk parsed before its first line was known counted from 1)
     * @return this reject at that line, its reason and counts kept
     */
    public Reject atLine(long newLine) {
        return new Reject(newLine, offset, reason, expectedFields, foundFields);
    }
}
