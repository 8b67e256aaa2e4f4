package io.chunkwise.loader.csv;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Path;
import java.util.Optional;

/**
 * A spreadsheet's export that ends every data line with a delimiter its header row lacks: each
 * record has one field more than the header, an empty one, and is rejected. Said when every record
 * was rejected, from the first reject's line: the cause is one byte a line, not the data.
 */
public final class TrailingDelimiter {
    /** The most bytes of the first rejected line read to find its end. */
    private static final int LOOK = 64 << 10;

    private TrailingDelimiter() {
    }

    /**
     * @param file the file
     * @param format its dialect
     * @param header its header
     * @param first the first rejected record
     * @return why, when that record has one field more than the header and its line ends with the
     *     delimiter (before any CR); empty otherwise, or when the file cannot be read
     */
    public static Optional<String> of(Path file, CsvFormat format, CsvHeader header, Reject first) {
        if (first.expectedFields() != header.size() || first.foundFields() != header.size() + 1) {
            return Optional.empty();
        }
        try (FileChannel ch = FileChannel.open(file)) {
            ByteBuffer b = ByteBuffer.allocate((int) Math.min(LOOK, Math.max(0, ch.size() - first.offset())));
            while (b.hasRemaining() && ch.read(b, first.offset() + b.position()) > 0) {
                // to the end of the look, or of the file
            }
            int end = 0;
            while (end < b.position() && b.get(end) != '\n') {
                end++;
            }
            while (end > 0 && b.get(end - 1) == '\r') {
                end--;
            }
            if (end == 0 || b.get(end - 1) != format.delimiter()) {
                return Optional.empty();
            }
        } catch (IOException | UnsupportedOperationException e) {
            return Optional.empty(); // the error stands without the cause
        }
        char d = (char) (format.delimiter() & 0xFF);
        return Optional.of("line " + first.line() + " ends with a delimiter '" + (d == '\t' ? "\\t" : String.valueOf(d))
                + "' that makes an empty last field the header lacks (a spreadsheet's export?): remove the trailing"
                + " delimiters, or end the header with one too");
    }
}
