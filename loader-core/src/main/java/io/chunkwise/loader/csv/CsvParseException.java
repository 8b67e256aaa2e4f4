package io.chunkwise.loader.csv;

import java.io.Serial;

/** Input that cannot be read as records at all (not a single bad record, which is a {@link Reject}). */
public final class CsvParseException extends RuntimeException {
    @Serial
    private static final long serialVersionUID = 1L;

    private final long line;
    private final long offset;

    /**
     * @param source the file (or other source) name
     * @param line the 1-based line where the problem starts, or 0 when not applicable
     * @param offset the byte offset where it starts, or -1 when not applicable
     * @param reason what is wrong
     */
    public CsvParseException(String source, long line, long offset, String reason) {
        super(source + (line > 0 ? ":" + line : "") + (offset >= 0 ? " (byte " + offset + ")" : "") + ": " + reason);
        this.line = line;
        this.offset = offset;
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
