package io.chunkwise.loader.io;

/**
 * A byte range of a file, planned before any record is known: records are assigned to the chunk
 * in which they start.
 *
 * @param index the chunk's position in file order, from 0
 * @param start the first byte (inclusive)
 * @param end the byte after the last (exclusive)
 */
public record Chunk(int index, long start, long end) {
    /** Checks the range. */
    public Chunk {
        if (index < 0 || start < 0 || end < start) {
            throw new IllegalArgumentException("bad chunk " + index + " [" + start + ", " + end + ")");
        }
    }

    /** @return the chunk's length in bytes */
    public long length() {
        return end - start;
    }
}
