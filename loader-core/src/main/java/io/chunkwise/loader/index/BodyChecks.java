package io.chunkwise.loader.index;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.util.zip.CRC32C;

/**
 * The checksums of an index body's blocks ({@link IndexLayout#CHECK_BLOCK_BYTES} each, from the
 * body's start; the last one perhaps shorter), taken as the body is written. The body is written
 * as regions (each kind's entries, then its directory), each by one writer in order: a block that
 * lies wholly in one region is summed by that region's writer as its bytes pass, so the body is
 * not read back for them; the few blocks that straddle two regions are read back at the end
 * ({@link #readBackStraddling}).
 */
final class BodyChecks {
    private final long bodyStart;
    private final long end;
    private final int[] crcs;
    /** Whether a region's writer summed the block (written by that writer's thread only, read after). */
    private final boolean[] summed;

    /**
     * @param bodyStart where the body starts (the header's size)
     * @param end where the last directory ends
     */
    BodyChecks(long bodyStart, long end) {
        this.bodyStart = bodyStart;
        this.end = end;
        int blocks = Math.toIntExact(IndexLayout.checkBlocks(end, bodyStart));
        this.crcs = new int[blocks];
        this.summed = new boolean[blocks];
    }

    /**
     * @param start the region's first byte
     * @param regionEnd the byte after its last
     * @return the summer of a region's bytes, written in order from its start by one thread
     */
    Region region(long start, long regionEnd) {
        if (start < bodyStart || regionEnd > end || start > regionEnd) {
            throw new IllegalArgumentException("region [" + start + ", " + regionEnd + ") outside the body [" + bodyStart
                    + ", " + end + ")");
        }
        return new Region(start, regionEnd);
    }

    /** Sums the bytes of one region's blocks that lie wholly in it. */
    final class Region {
        private final long start;
        private final long regionEnd;
        private final CRC32C crc = new CRC32C();
        /** Where the next byte written goes. */
        private long at;

        private Region(long start, long regionEnd) {
            this.start = start;
            this.regionEnd = regionEnd;
            this.at = start;
        }

        /**
         * @param bytes the bytes about to be written, from its position to its limit (left as they are)
         * @param position where they go: where the last ones ended
         */
        void wrote(ByteBuffer bytes, long position) {
            int length = bytes.remaining();
            if (position != at || position + length > regionEnd) {
                throw new IllegalStateException("bytes [" + position + ", " + (position + length)
                        + ") out of order in region [" + start + ", " + regionEnd + "), next at " + at);
            }
            int from = bytes.position();
            while (length > 0) {
                int block = (int) ((at - bodyStart) >>> IndexLayout.CHECK_BLOCK_BITS);
                long blockStart = bodyStart + ((long) block << IndexLayout.CHECK_BLOCK_BITS);
                long blockEnd = Math.min(blockStart + IndexLayout.CHECK_BLOCK_BYTES, end);
                int n = (int) Math.min(length, blockEnd - at);
                if (blockStart >= start && blockEnd <= regionEnd) {
                    crc.update(bytes.slice(from, n));
                    if (at + n == blockEnd) {
                        crcs[block] = (int) crc.getValue();
                        summed[block] = true;
                        crc.reset();
                    }
                }
                at += n;
                from += n;
                length -= n;
            }
        }
    }

    /**
     * Sums the blocks no region summed whole (those that straddle two regions: a handful) by
     * reading them back; call once the whole body is written.
     *
     * @param in the index
     */
    void readBackStraddling(FileChannel in) throws IOException {
        ByteBuffer block = null;
        CRC32C crc = new CRC32C();
        for (int b = 0; b < crcs.length; b++) {
            if (summed[b]) {
                continue;
            }
            long blockStart = bodyStart + ((long) b << IndexLayout.CHECK_BLOCK_BITS);
            int length = (int) (Math.min(blockStart + IndexLayout.CHECK_BLOCK_BYTES, end) - blockStart);
            block = block != null ? block.clear() : ByteBuffer.allocateDirect(IndexLayout.CHECK_BLOCK_BYTES);
            block.limit(length);
            while (block.hasRemaining()) {
                if (in.read(block, blockStart + block.position()) < 0) {
                    throw new IOException("index ended at " + (blockStart + block.position()) + " while reading it back");
                }
            }
            crc.reset();
            crc.update(block.flip());
            crcs[b] = (int) crc.getValue();
            summed[b] = true;
        }
    }

    /** @return blocks in the body */
    int blocks() {
        return crcs.length;
    }

    /** @return a block's checksum, once summed */
    int crc(int block) {
        if (!summed[block]) {
            throw new IllegalStateException("block " + block + " of the index body was never summed");
        }
        return crcs[block];
    }

    /** @return where the body ends */
    long end() {
        return end;
    }
}
