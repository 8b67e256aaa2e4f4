package io.chunkwise.loader.io;

import java.util.ArrayList;
import java.util.List;

/**
 * Cuts a byte range into chunks of a given size (the last one may be shorter), at most
 * {@value #MAX_CHUNKS} of them: a loader keeps a little state per chunk, so a chunk size far
 * smaller than the file (64 bytes of 150 MB) would make memory grow with the file. Past that count
 * chunks grow to range / {@value #MAX_CHUNKS} (3 MiB for 200 GB, below the 8 MiB default).
 */
public final class ChunkPlanner {
    /** The most chunks a range is cut into. */
    public static final int MAX_CHUNKS = 1 << 16;

    private ChunkPlanner() {
    }

    /**
     * @param length the bytes to split
     * @param chunkSize the chunk length wanted, at least 1
     * @return the chunk length used: the one wanted, or more when it would make more than
     *     {@value #MAX_CHUNKS} chunks
     */
    public static long sizeFor(long length, long chunkSize) {
        return Math.max(chunkSize, (length + MAX_CHUNKS - 1) / MAX_CHUNKS);
    }

    /**
     * Plans chunks over {@code [start, end)}.
     *
     * @param start the first byte
     * @param end the byte after the last
     * @param chunkSize the chunk length wanted, at least 1
     * @return the chunks in file order, at most {@value #MAX_CHUNKS}; one empty chunk when the range is empty
     */
    public static List<Chunk> plan(long start, long end, long chunkSize) {
        if (chunkSize < 1) {
            throw new IllegalArgumentException("chunk size must be at least 1 byte, was " + chunkSize);
        }
        if (end < start) {
            throw new IllegalArgumentException("range ends before it starts: [" + start + ", " + end + ")");
        }
        long length = end - start;
        long size = sizeFor(length, chunkSize);
        long count = Math.max(1, (length + size - 1) / size);
        List<Chunk> chunks = new ArrayList<>((int) count);
        for (int i = 0; i < count; i++) {
            long s = start + i * size;
            chunks.add(new Chunk(i, s, Math.min(end, s + size)));
        }
        return chunks;
    }
}
