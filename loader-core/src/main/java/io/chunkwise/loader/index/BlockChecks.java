package io.chunkwise.loader.index;

import java.lang.foreign.MemorySegment;
import java.lang.foreign.ValueLayout;
import java.nio.file.Path;
import java.util.zip.CRC32C;

/**
 * The checksums of an index body's blocks ({@link IndexLayout#CHECK_BLOCK_BYTES} each), checked
 * the first time a look-up reads a block: an index too large to be checksummed whole before use
 * is still never used damaged, and a look-up of one key checks a block or two, not the gigabytes
 * around them.
 *
 * <p>Thread-safe without locks: a block found whole is marked in a bit set by a plain store; a
 * mark lost to another thread's store only means the block is checked again.
 */
final class BlockChecks {
    private static final ValueLayout.OfInt INT = ValueLayout.JAVA_INT_UNALIGNED.withOrder(IndexLayout.ORDER);
    private final Path path;
    private final MemorySegment index;
    private final long bodyStart;
    /** Where the blocks end and their checksums start. */
    private final long tableAt;
    /** One bit per block found whole. */
    private final long[] whole;
    private final ThreadLocal<byte[]> scratch = ThreadLocal.withInitial(() -> new byte[IndexLayout.CHECK_BLOCK_BYTES]);

    private BlockChecks(Path path, MemorySegment index, long bodyStart, long blocks) {
        this.path = path;
        this.index = index;
        this.bodyStart = bodyStart;
        this.tableAt = index.byteSize() - 4 * blocks;
        this.whole = new long[(int) ((blocks + 63) >>> 6)];
    }

    /**
     * @param path the index, for messages
     * @param index its bytes, its header checked ({@link IndexFile#open}): its size and block count agree
     * @return its blocks' checks, none done yet
     */
    static BlockChecks of(Path path, MemorySegment index) {
        return new BlockChecks(path, index, index.get(INT, IndexLayout.HEADER_SIZE_AT),
                Integer.toUnsignedLong(index.get(INT, IndexLayout.BODY_BLOCKS)));
    }

    /** @return the checksum of the blocks' checksums, which the header keeps as the body's */
    long tableCrc() {
        CRC32C crc = new CRC32C();
        IndexLayout.update(crc, index, tableAt, index.byteSize() - tableAt, scratch.get());
        return crc.getValue();
    }

    /**
     * Checks every block not already found whole.
     *
     * @throws IndexException when one does not match its checksum
     */
    void checkAll() {
        check(bodyStart, tableAt);
    }

    /**
     * Checks the blocks holding the body's bytes [{@code from}, {@code to}), unless already found whole.
     *
     * @throws IndexException when one does not match its checksum
     * @throws InternalError when the index is truncated underneath (its caller names the change)
     */
    void check(long from, long to) {
        if (to <= from) {
            return;
        }
        long last = (to - 1 - bodyStart) >>> IndexLayout.CHECK_BLOCK_BITS;
        for (long b = (from - bodyStart) >>> IndexLayout.CHECK_BLOCK_BITS; b <= last; b++) {
            int word = (int) (b >>> 6);
            long bit = 1L << b;
            if ((whole[word] & bit) == 0) {
                verify(b);
                whole[word] |= bit;
            }
        }
    }

    private void verify(long block) {
        long start = bodyStart + (block << IndexLayout.CHECK_BLOCK_BITS);
        long length = Math.min(IndexLayout.CHECK_BLOCK_BYTES, tableAt - start);
        CRC32C crc = new CRC32C();
        IndexLayout.update(crc, index, start, length, scratch.get());
        if ((int) crc.getValue() != index.get(INT, tableAt + 4 * block)) {
            throw new IndexException(path, "corrupt: the block at bytes " + start + " to " + (start + length - 1)
                    + " does not match its checksum", false);
        }
    }
}
