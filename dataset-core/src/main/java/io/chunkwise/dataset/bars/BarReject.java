package io.chunkwise.dataset.bars;

import java.nio.file.Path;

/**
 * A bar row that was not accepted.
 *
 * @param file the bars file
 * @param line 1-based line where the row starts
 * @param offset byte offset of the row's first byte
 * @param reason why it was rejected
 */
public record BarReject(Path file, long line, long offset, String reason) {
    @Override
    public String toString() {
        return file + ":" + line + " (byte " + offset + "): " + reason;
    }
}
