package io.chunkwise.loader.fix;

import java.util.Locale;

/**
 * A message that starts with {@code 8=FIX} but fails validation, or the end of a message whose
 * start was lost ({@link Malformation#CHECKSUM_WITHOUT_START}).
 *
 * @param offset byte offset of its {@code 8=FIX} in the log; for a message without a start, of the
 *     start of the line holding its CheckSum: where the fragment starts (a line holds at most one)
 * @param lineIndex line breaks between the start of its scan chunk and {@code offset}; a
 *     {@link ChunkSink} turns it into a line number with the chunk's line base
 * @param reason the first check it failed
 * @param declared the value the message declares (BodyLength or CheckSum), or -1
 * @param actual the value found (body length up to a CheckSum field, computed CheckSum), or -1;
 *     for a message cut in its CheckSum, its BodyLength (every body byte is there);
 *     for a message without a start, the byte offset of its {@code 10=}; for one that runs into
 *     the next, the byte offset of the {@code 8=FIX} inside its body; for one whose delimiter
 *     changes, the byte offset of the {@code 10=} that follows the other delimiter; for a CheckSum
 *     of three digits followed by another byte than a delimiter or a line break, that byte
 * @param asWritten for a CheckSum mismatch in a message delimited by {@code |} or another printable
 *     byte (whose {@code actual} counts each as the SOH it stands for), the sum of its bytes as
 *     written; else -1
 * @param printable the log's printable delimiter ({@code |} unless it uses another), which the
 *     detail names
 * @param valueDelimiters for such a CheckSum mismatch, how many of the delimiters that precede a
 *     tag and {@code =}, counted as written rather than as SOH, make the sum match: values that hold
 *     the delimiter, digits and {@code =} ({@code 58=a|2=b}), which such a log cannot tell from
 *     fields; else 0
 */
public record MalformedMessage(long offset, long lineIndex, Malformation reason, long declared, long actual,
        long asWritten, PrintableDelimiter printable, int valueDelimiters) {

    /** Takes a missing printable delimiter as {@code |}. */
    public MalformedMessage {
        if (printable == null) {
            printable = PrintableDelimiter.PIPE;
        }
    }

    /**
     * A malformed message without values that hold the delimiter before a tag.
     *
     * @param offset as in the record
     * @param lineIndex as in the record
     * @param reason as in the record
     * @param declared as in the record
     * @param actual as in the record
     * @param asWritten as in the record
     * @param printable as in the record
     */
    public MalformedMessage(long offset, long lineIndex, Malformation reason, long declared, long actual, long asWritten,
            PrintableDelimiter printable) {
        this(offset, lineIndex, reason, declared, actual, asWritten, printable, 0);
    }

    /**
     * A malformed message in a log delimited by SOH or {@code |}.
     *
     * @param offset as in the record
     * @param lineIndex as in the record
     * @param reason as in the record
     * @param declared as in the record
     * @param actual as in the record
     * @param asWritten as in the record
     */
    public MalformedMessage(long offset, long lineIndex, Malformation reason, long declared, long actual, long asWritten) {
        this(offset, lineIndex, reason, declared, actual, asWritten, PrintableDelimiter.PIPE);
    }

    /**
     * A malformed message without a second sum, in a log delimited by SOH or {@code |}.
     *
     * @param offset as in the record
     * @param lineIndex as in the record
     * @param reason as in the record
     * @param declared as in the record
     * @param actual as in the record
     */
    public MalformedMessage(long offset, long lineIndex, Malformation reason, long declared, long actual) {
        this(offset, lineIndex, reason, declared, actual, -1);
    }

    /** @return the reason with the declared and actual values when known */
    public String detail() {
        String d = printable.text();
        return switch (reason) {
            // the descriptions name |: the log's own printable delimiter is named instead
            case BEGIN_STRING -> "BeginString (8) is not FIX.n.n, FIX.n.nSPn or FIXT.n.n followed by SOH or " + d;
            case BODY_LENGTH_MISMATCH -> actual >= 0
                    ? "BodyLength " + declared + " but CheckSum (10) follows " + actual + " body bytes"
                    : "BodyLength " + declared + " does not end at a CheckSum (10) field";
            case CHECKSUM_MISMATCH -> "CheckSum " + pad(declared) + " but the bytes sum to " + pad(actual)
                    + (asWritten < 0 ? "" : " with each " + d + " counted as SOH (" + pad(asWritten) + " as written)")
                    + (valueDelimiters == 0 ? "" : "; " + pad(declared) + " with " + valueDelimiters + " of the " + d
                            + " before a tag counted as written: a value that holds " + d + ", digits and = (58=a" + d
                            + "2=b) cannot be told from a field where SOH is written as " + d + " (log SOH to check it)");
            case CHECKSUM_INVALID -> actual < 0 ? reason.description()
                    : "CheckSum (10) is followed by " + shown((int) actual) + ", not by the delimiter, a line break"
                            + " or the end of the input";
            case TRUNCATED -> declared < 0 ? reason.description()
                    : actual == declared ? "cut in its CheckSum (10) at the end of the input (all " + declared
                            + " body bytes of its BodyLength are there)"
                    : "BodyLength " + declared + " runs past the end of the input";
            case RUNS_INTO_NEXT -> "BodyLength " + declared
                    + " runs into the next message: a line inside the body starts with 8=FIX (byte " + actual + ")";
            case DELIMITER_CHANGES -> "the delimiter changes inside the message (SOH and " + d + " mixed): no CheckSum (10)"
                    + " follows the delimiter after BeginString, one follows the other at byte " + actual;
            case CHECKSUM_WITHOUT_START -> "CheckSum (10) at byte " + actual
                    + " without a message start (no 8=FIX before it on its line)";
            default -> reason.description();
        };
    }

    private static String shown(int b) {
        return b >= 0x20 && b < 0x7F ? "'" + (char) b + "'" : String.format(Locale.ROOT, "byte 0x%02X", b);
    }

    private static String pad(long checksum) {
        return String.format(Locale.ROOT, "%03d", checksum); // a rejects file's digits, not the locale's
    }
}
