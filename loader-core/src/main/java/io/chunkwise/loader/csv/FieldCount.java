package io.chunkwise.loader.csv;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The rules that reject a record: its field count differs from the header's; a quoted field ran
 * over line breaks and closed with text after the quote (two stray quotes that joined lines); or it
 * holds a NUL byte, which is never text.
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
     * @return whether it is kept: the right field count, no stray quote and no NUL byte
     */
    public static boolean accepts(CsvRecord record, int expected) {
        return record.size() == expected && record.strayQuoteOffset() < 0 && record.nulOffset() < 0;
    }

    /**
     * @param record the record with the wrong field count, a stray quote or a NUL byte
     * @param expected the header's field count
     * @return the reject naming line, offset and both counts (also as numbers when they differ), and
     *     the stray quote and the NUL bytes when there are some
     */
    public static Reject reject(CsvRecord record, int expected) {
        long nul = record.nulOffset();
        String reason = nul >= 0 ? nul(record, expected, nul) : reason(record, expected);
        // the counts whenever the reason gives them: NULs alone say nothing of fields
        boolean counted = record.size() != expected && !(nul >= 0 && record.onlyNul());
        return counted ? new Reject(record.line(), record.offset(), reason, expected, record.size())
                : new Reject(record.line(), record.offset(), reason);
    }

    /** @return why a record without NUL bytes is rejected */
    private static String reason(CsvRecord record, int expected) {
        long strayQuote = record.strayQuoteOffset();
        if (record.size() == expected && strayQuote >= 0) {
            return strayQuote(strayQuote);
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
        return reason;
    }

    /**
     * A record of NULs alone is space a writer reserved and never filled (its field count says
     * nothing); one with other bytes gives its own reasons, then the NULs, which explain them.
     */
    private static String nul(CsvRecord record, int expected, long first) {
        long count = record.nulCount();
        String nuls = count == 1 ? "a NUL byte at byte " + first : count + " NUL bytes from byte " + first;
        if (record.onlyNul()) {
            return nuls + " and nothing else: space a writer reserved and never filled (a crash?); NUL is not text";
        }
        String reason = record.size() == expected && record.strayQuoteOffset() < 0 ? "holds " + nuls
                : reason(record, expected) + "; holds " + nuls;
        return reason + ": NUL is not text (a crashed writer's padding over this line, or binary data?)";
    }

    private static String strayQuote(long closing) {
        return "a quoted field over several lines closes at byte " + closing
                + " with text after its quote: a stray quote joined these lines?";
    }
}
