package io.chunkwise.loader.csv;

import java.io.Serial;

/** Input that cannot be read as records at all (not a single bad record, which is a {@link Reject}). */
public final class CsvParseException extends RuntimeException {
    @Serial
    private static final long serialVersionUID = 1L;

    private final String source;
    private final long line;
    private final long offset;
    private final String reason;

    /**
     * @param source the file (or other source) name
     * @param line the 1-based line where the problem starts, or 0 when not applicable
     * @param offset the byte offset where it starts, or -1 when not applicable
     * @param reason what is wrong
     */
    public CsvParseException(String source, long line, long offset, String reason) {
        super(source + (line > 0 ? ":" + line : "") + (offset >= 0 ? " (byte " + offset + ")" : "") + ": " + reason);
        this.source = source;
        this.line = line;
        this.offset = offset;
        this.reason = reason;
    }

    /**
     * @param lines how far to move the line (a part parsed with lines counted from its chunk's start)
     * @return the same error, at its line in the file
     */
    public CsvParseException movedBy(long lines) {
        return lines == 0 || line <= 0 ? this : new CsvParseException(source, line + lines, offset, reason);
    }

    /** @return the 1-based line, or 0 */
    public long line() {
        return line;
    }

    /** @return the byte offset, or -1 */
    public long offset() {
        return offset;
    }
}
