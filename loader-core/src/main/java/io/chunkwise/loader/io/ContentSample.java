package io.chunkwise.loader.io;

import java.lang.foreign.MemorySegment;
import java.util.zip.CRC32C;

/**
 * A CRC32C of a sample of a file's bytes: the first and last 64 KiB and 16 blocks of 4 KiB spread
 * in between. Taken before and after a read, it tells bytes rewritten in place from bytes left as
 * they were, at the cost of reading about 200 KiB whatever the size; a rewrite between the blocks
 * is not seen.
 */
public final class ContentSample {
    private static final int EDGE = 64 * 1024;
    private static final int BLOCK = 4096;
    private static final int BLOCKS = 16;

    private ContentSample() {
    }

    /**
     * Read through a mapping inside {@link MappedFile#read}, so a file cut underneath is an error
     * that names it, not a crash.
     *
     * @param bytes the bytes (mapped or not)
     * @return the CRC32C of the first and last {@value #EDGE} bytes and {@value #BLOCKS} blocks between
     */
    public static long of(MemorySegment bytes) {
        long size = bytes.byteSize();
        CRC32C crc = new CRC32C();
        update(crc, bytes, 0, Math.min(EDGE, size));
        for (int i = 1; i <= BLOCKS; i++) {
            long at = size / (BLOCKS + 1) * i;
            update(crc, bytes, at, Math.min(BLOCK, size - at));
        }
        update(crc, bytes, Math.max(0, size - EDGE), Math.min(EDGE, size));
        return crc.getValue();
    }

    private static void update(CRC32C crc, MemorySegment bytes, long at, long length) {
        if (length > 0) {
            crc.update(bytes.asSlice(at, length).asByteBuffer());
        }
    }
}
