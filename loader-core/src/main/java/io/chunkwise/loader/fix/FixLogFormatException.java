package io.chunkwise.loader.fix;

/**
 * A file given as a FIX log that is not one a scan can read: an archive, a compressed log, UTF-16
 * text, a binary file. Named with its file and byte offset, like every input error.
 */
public final class FixLogFormatException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    /**
     * @param source the file
     * @param offset where the evidence is
     * @param reason what the file is and what to do
     */
    public FixLogFormatException(String source, long offset, String reason) {
        this(source, 1, offset, reason);
    }

    /**
     * @param source the file
     * @param line the line of the evidence
     * @param offset where the evidence is
     * @param reason what the file is and what to do
     */
    public FixLogFormatException(String source, long line, long offset, String reason) {
        super(source + ":" + line + " (byte " + offset + "): " + reason);
    }
}
