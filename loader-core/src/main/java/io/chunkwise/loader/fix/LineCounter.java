package io.chunkwise.loader.fix;

import java.lang.foreign.MemorySegment;

/**
 * Line breaks between a chunk's start and an offset, counted on demand and incrementally (the
 * offsets a scan asks about only grow), so a scan that never asks counts nothing.
 */
final class LineCounter {
    private final MemorySegment segment;
    private final long base;
    private long position;
    private long count;

    LineCounter(MemorySegment segment, long base) {
        this.segment = segment;
        this.base = base;
        this.position = base;
    }

    /** @return the number of LF bytes in {@code [base, offset)}; 0 for an offset before the base */
    long index(long offset) {
        if (offset <= base) {
            return 0; // a lost start's line may begin before the chunk: no line break comes between
        }
        if (offset < position) {
            position = base;
            count = 0;
        }
        count += Swar.count(segment, position, offset, (byte) '\n');
        position = offset;
        return count;
    }
}
