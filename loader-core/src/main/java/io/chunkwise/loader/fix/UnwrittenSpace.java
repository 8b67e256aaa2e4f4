package io.chunkwise.loader.fix;

import static io.chunkwise.loader.fix.Swar.BYTE;
import static io.chunkwise.loader.fix.Swar.WORD;

import java.io.IOException;
import java.lang.foreign.MemorySegment;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;

/**
 * The NUL bytes that end a log written through a preallocating appender (log4j2's
 * MemoryMappedFileAppender extends its file by a region of NULs, then writes messages into it,
 * and cuts the file to what it wrote only when closed): space reserved and not yet written. No
 * text log ends in NUL, and a message ends in its CheckSum's delimiter or a line break, so the
 * NULs after the last other byte are that space: a scan reads up to them, and names them once,
 * rather than reading them as text between messages (a message cut by them reads as one the end
 * of the log cuts). NULs between messages (a crashed appender's space, written after on restart)
 * stay text between messages.
 */
public final class UnwrittenSpace {
    private static final int BLOCK = 64 * 1024;

    private UnwrittenSpace() {
    }

    /**
     * @param log the log's bytes
     * @return where the NUL bytes that end it start: its size when it does not end in NUL, 0 when
     *     it holds nothing else
     */
    public static long start(MemorySegment log) {
        long p = log.byteSize();
        while (p >= Long.BYTES && log.get(WORD, p - Long.BYTES) == 0) {
            p -= Long.BYTES;
        }
        while (p > 0 && log.get(BYTE, p - 1) == 0) {
            p--;
        }
        return p;
    }

    /**
     * {@link #start(MemorySegment)} of a file read through its channel, from its end back.
     *
     * @param ch the log
     * @param size its size, or the part of it to look at
     * @return where the NUL bytes that end that part start
     * @throws IOException when it cannot be read
     */
    public static long start(FileChannel ch, long size) throws IOException {
        ByteBuffer b = ByteBuffer.allocate(BLOCK);
        for (long end = size; end > 0;) {
            long from = Math.max(0, end - BLOCK);
            b.clear().limit((int) (end - from));
            while (b.hasRemaining() && ch.read(b, from + b.position()) >= 0) {
                // a short read is not the end of the file; bytes past a shrunk file's end are not read
            }
            for (int i = b.position() - 1; i >= 0; i--) {
                if (b.get(i) != 0) {
                    return from + i + 1;
                }
            }
            end = from;
        }
        return 0;
    }
}
