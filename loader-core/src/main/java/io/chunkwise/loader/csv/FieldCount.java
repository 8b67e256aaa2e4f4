package io.chunkwise.loader.csv;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The rules that reject a record: its field count differs from the header's; or a quoted field ran
 * over line breaks and closed with text after the quote (two stray quotes that joined lines).
 */
public final class FieldCount {
    /**
     * The reasons by field counts: a file whose every row has one field too many holds one string,
     * not millions, while its chunks' rejects wait to be committed.
     */
    private static final Map<Long, String> REASONS = new ConcurrentHashMap<>();
    private static final int MAX_REASONS = 4096;

    private FieldCount() {
    }

    /**
     * @param record a record
     * @param expected the header's field count
     * @return whether it is kept: the right field count and no stray quote
     */
    public static boolean accepts(CsvRecord record, int expected) {
        return record.size() == expected && record.strayQuoteOffset() < 0;
    }

    /**
     * @param record the record with the wrong field count, or with a stray quote
     * @param expected the header's field count
     * @return the reject naming line, offset and both counts, and the stray quote when there is one
     */
    public static Reject reject(CsvRecord record, int expected) {
        long strayQuote = record.strayQuoteOffset();
        if (record.size() == expected && strayQuote >= 0) {
            return new Reject(record.line(), record.offset(), strayQuote(strayQuote));
        }
        long counts = (long) expected << 32 | record.size();
        String reason = REASONS.get(counts);
        if (reason == null) {
            reason = "expected " + expected + " fields, found " + record.size();
            if (REASONS.size() < MAX_REASONS) {
                REASONS.put(counts, reason);
            }
        }
        if (record.startsWithByteOrderMark()) {
            // the mark kept a quoted first field from being read as quoted: its delimiters split it
            reason += ", after a UTF-8 byte-order mark (concatenated files?)";
        }
        long bareCr = record.bareCarriageReturnOffset();
        if (bareCr >= 0) {
            reason += ", across a CR without LF at byte " + bareCr + " (data here, not a line break: lines with CR ends?)";
        }
        if (strayQuote >= 0) {
            // the count is of the lines the quote joined: without this, the user looks for extra fields on one line
            reason += ": " + strayQuote(strayQuote);
        }
        return new Reject(record.line(), record.offset(), reason);
    }

    private static String strayQuote(long closing) {
        return "a quoted field over several lines closes at byte " + closing
                + " with text after its quote: a stray quote joined these lines?";
    }
}
