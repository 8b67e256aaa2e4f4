package io.chunkwise.loader.recon;

import io.chunkwise.loader.csv.ByteCounter;
import java.lang.foreign.MemorySegment;
import java.util.Arrays;

/**
 * The lines of a few offsets in a log whose lines were not counted as it was read: its line feeds
 * before each, counted in one pass up to the last of them (in slices under 4 GiB, which the
 * counter's 32-bit count holds), not once per offset.
 */
final class LineOfOffset {
    /** Bytes counted at a time: the counter's count is 32 bits. */
    private static final long SLICE = 1L << 30;
    private final long[] offsets;
    private final long[] lines;

    /**
     * @param log the log
     * @param wanted the offsets whose lines will be asked for, in any order
     */
    LineOfOffset(MemorySegment log, long... wanted) {
        offsets = wanted.clone();
        Arrays.sort(offsets);
        lines = new long[offsets.length];
        long at = 0;
        long line = 1;
        for (int i = 0; i < offsets.length; i++) {
            for (long to = offsets[i]; at < to; at = Math.min(to, at + SLICE)) {
                line += ByteCounter.count(log, at, Math.min(to, at + SLICE), (byte) '\n', (byte) '\n') & 0xFFFF_FFFFL;
            }
            lines[i] = line;
        }
    }

    /**
     * @param offset one of the offsets given
     * @return its 1-based line
     * @throws IllegalArgumentException for an offset not given
     */
    long of(long offset) {
        int i = Arrays.binarySearch(offsets, offset);
        if (i < 0) {
            throw new IllegalArgumentException("offset " + offset + " was not counted");
        }
        return lines[i];
    }
}
