package io.chunkwise.loader.io;

import java.util.ArrayList;
import java.util.List;

/** Cuts a byte range into chunks of a given size (the last one may be shorter). */
public final class ChunkPlanner {
    private ChunkPlanner() {
    }

    /**
     * Plans chunks over {@code [start, end)}.
     *
     * @param start the first byte
     * @param end the byte after the last
     * @param chunkSize the chunk length, at least 1
     * @return the chunks in file order; one empty chunk when the range is empty
     */
    public static List<Chunk> plan(long start, long end, long chunkSize) {
        if (chunkSize < 1) {
            throw new IllegalArgumentException("chunk size must be at least 1 byte, was " + chunkSize);
        }
        if (end < start) {
            throw new IllegalArgumentException("range ends before it starts: [" + start + ", " + end + ")");
        }
        long count = Math.max(1, (end - start + chunkSize - 1) / chunkSize);
        if (count > Integer.MAX_VALUE - 8) {
            throw new IllegalArgumentException("chunk size " + chunkSize + " gives too many chunks for "
                    + (end - start) + " bytes");
        }
        List<Chunk> chunks = new ArrayList<>((int) count);
        for (int i = 0; i < count; i++) {
            long s = start + i * chunkSize;
            chunks.add(new Chunk(i, s, Math.min(end, s + chunkSize)));
        }
        return chunks;
    }
}
