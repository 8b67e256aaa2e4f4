package io.chunkwise.loader.fix;

/**
 * The printable byte a FIX log writes in place of SOH, accepted beside SOH itself: {@code |}, unless
 * the log's first messages are delimited by {@code ^}, {@code ;} or {@code ,} (found by
 * {@link FixLogFormat#inspect}). A scan accepts one of them per log, so a value holding another one
 * ({@code 58=a,b} in a {@code |} log) is never read as a delimiter. BodyLength and CheckSum count it
 * as the one SOH byte it stands for, as FIX tools compute them before printing.
 */
public enum PrintableDelimiter {
    /** {@code |}: the usual one, always accepted unless the log uses another. */
    PIPE('|'),
    /** {@code ^}. */
    CARET('^'),
    /** {@code ;}. */
    SEMICOLON(';'),
    /** {@code ,}. */
    COMMA(',');

    private final char character;

    PrintableDelimiter(char character) {
        this.character = character;
    }

    /** @return the byte as written */
    public byte value() {
        return (byte) character;
    }

    /** @return the character as written, e.g. for a message: {@code ;} */
    public String text() {
        return String.valueOf(character);
    }

    /**
     * @param b a byte after a message's BeginString
     * @return the delimiter it is, or {@code null}
     */
    static PrintableDelimiter of(byte b) {
        for (PrintableDelimiter d : values()) {
            if (d.character == b) {
                return d;
            }
        }
        return null;
    }
}
