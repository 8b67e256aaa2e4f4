package io.chunkwise.loader.index;

import java.lang.foreign.MemorySegment;
import java.lang.foreign.ValueLayout;
import java.nio.ByteOrder;
import java.util.zip.CRC32C;

/**
 * The {@code .cwx} file format, version 13 (little-endian; version 3 changed the key hash to
 * {@link io.chunkwise.loader.csv.KeyHash}'s word-at-a-time one, version 4 indexes keys without
 * their surrounding blanks, version 5 also without a trailing CR or Excel's {@code ="…"}, and
 * CUSIPs and ISINs in upper case ({@link io.chunkwise.loader.csv.KeyTrim}), version 6 records the
 * key column names the build was given, so a stale index is rebuilt reading the file as it was,
 * version 7 indexes keys without a leading UTF-8 byte-order mark, version 8 without the quotes a
 * leading blank kept from being read as a quoted field's, version 9 hashes keys by {@link
 * IndexHash} (exact for short, CUSIP-shaped and ISIN-shaped keys) and keeps the record's symbol in
 * CUSIP and ISIN entries ({@link InlineSymbol}), version 10 ends with a checksum of each
 * {@value #CHECK_BLOCK_BYTES}-byte block of the body, which a look-up checks before it trusts a
 * block ({@link BlockChecks}), version 11 indexes keys without surrounding no-break spaces,
 * version 12 leaves out the records that hold a NUL byte (rejected now: a key read over a NUL run
 * only looked right), version 13 records the source's file name after the key column names, so a
 * stale index of its own file is told from the index of another file ({@link OtherFilesIndex});
 * older indexes are rebuilt):
 * <pre>
 * 0    magic "CHUNKWX" + 0x01      8 bytes
 * 8    version int, header size int
 * 16   source size, mtime, sample CRC         3 longs
 * 40   delimiter byte, quote byte, flags byte (1: the delimiter is the one the file's sep= line declared), pad
 * 44   cusip, isin, symbol column             3 ints (-1: absent)
 * 56   header record offset, data start       2 longs
 * 72   records, rejected, invalid CUSIPs, invalid ISINs   4 longs
 * 104  duplicates by kind (cusip, isin, symbol)           3 longs
 * 128  field count int, body blocks int (the checksums at the file's end)
 * 136  per kind: entries long, directory bits int, entry size int, directory offset long, entries offset long
 * 232  source inode change time (ns; 0: unknown) long       (version 2)
 * 240  body CRC32C long (of the blocks' checksums at the file's end, which check the rest of the body;
 *      up to version 9, of every byte after the header)
 * 248  header CRC32C long (bytes 0..247, then 256 up to the header size)
 * 256  key column names the build was given ({@link BuildRecord}), per kind: length int (-1: found
 *      by its usual names) then UTF-8 bytes; then the source's file name (version 13) the same way;
 *      zero-padded to a multiple of 8: the header size
 * then body: per kind, entries (hash long, record offset long, and for CUSIP and ISIN when the
 *      file has a symbol column, the record's {@link InlineSymbol} long) sorted by unsigned hash,
 *      then offset; then the directory (2^bits + 1 longs: first entry of each bucket by the hash's
 *      top bits); then, per block of {@value #CHECK_BLOCK_BYTES} bytes from the body's start to
 *      the last directory's end (the last block may be shorter), its CRC32C int: the body blocks
 *      at 132 say how many
 * </pre>
 */
final class IndexLayout {
    static final long MAGIC = 0x01_58_57_4B_4E_55_48_43L; // "CHUNKWX\1" little-endian
    static final int VERSION = 13;
    /** Size of the header's fixed part; the whole header (with the column names) is the size at {@link #HEADER_SIZE_AT}. */
    static final int HEADER_SIZE = 256;
    static final int HEADER_SIZE_AT = 12;
    static final ByteOrder ORDER = ByteOrder.LITTLE_ENDIAN;
    static final int SOURCE_SIZE = 16;
    static final int SOURCE_MTIME = 24;
    static final int SOURCE_SAMPLE = 32;
    static final int DELIMITER = 40;
    static final int QUOTE = 41;
    static final int FLAGS = 42;
    /** In {@link #FLAGS}: the delimiter was the one the file's {@code sep=} line declared, not given or the default. */
    static final byte DELIMITER_DECLARED = 1;
    /** The last version whose header is its fixed part only, with the checksum of bytes 0..247. */
    static final int LAST_FIXED_HEADER_VERSION = 5;
    static final int COLUMNS = 44;
    static final int HEADER_OFFSET = 56;
    static final int DATA_START = 64;
    static final int RECORDS = 72;
    static final int REJECTED = 80;
    static final int INVALID_CUSIP = 88;
    static final int INVALID_ISIN = 96;
    static final int DUPLICATES = 104;
    static final int FIELD_COUNT = 128;
    static final int BODY_BLOCKS = 132;
    /** A checksummed block of the body: a look-up of one key reads a block or two of it. */
    static final int CHECK_BLOCK_BITS = 16;
    static final int CHECK_BLOCK_BYTES = 1 << CHECK_BLOCK_BITS;
    static final int SECTIONS = 136;
    static final int SECTION_SIZE = 32;
    /** An entry's size: hash and offset. */
    static final int ENTRY = 16;
    /** An entry's size with the record's symbol ({@link InlineSymbol}). */
    static final int ENTRY_WITH_SYMBOL = 24;
    static final int SOURCE_CTIME = 232;
    static final int BODY_CRC = 240;
    static final int HEADER_CRC = 248;
    static final int MAX_DIRECTORY_BITS = 20;
    /** The heap block a checksum copies mapped bytes through: large enough that the copy costs little. */
    private static final int CRC_BLOCK = 256 * 1024;

    private IndexLayout() {
    }

    /**
     * @param s an index's bytes, at least {@code headerSize} of them
     * @param headerSize its header's size
     * @return the header's checksum: its fixed part up to the checksum, then the column names
     */
    static long headerCrc(MemorySegment s, long headerSize) {
        CRC32C crc = new CRC32C();
        update(crc, s, 0, HEADER_CRC);
        update(crc, s, HEADER_SIZE, headerSize - HEADER_SIZE);
        return crc.getValue();
    }

    /**
     * Adds bytes of a segment to a checksum through a heap copy. Given a mapped buffer, CRC32C's
     * intrinsic reads the mapping itself, where a file truncated underneath is a SIGBUS that kills
     * the JVM; a segment copy's fault is the {@link InternalError} that {@link
     * io.chunkwise.loader.io.MappedFile#guard} names as a changed file.
     *
     * @param crc the checksum
     * @param s the bytes (mapped or not)
     * @param from where to start
     * @param length how many
     */
    static void update(CRC32C crc, MemorySegment s, long from, long length) {
        update(crc, s, from, length, new byte[(int) Math.min(length, CRC_BLOCK)]);
    }

    /**
     * {@link #update(CRC32C, MemorySegment, long, long)} through a block of the caller's.
     *
     * @param block the heap block to copy through (not empty)
     */
    static void update(CRC32C crc, MemorySegment s, long from, long length, byte[] block) {
        for (long at = from, end = from + length; at < end; ) {
            int n = (int) Math.min(block.length, end - at);
            MemorySegment.copy(s, ValueLayout.JAVA_BYTE, at, block, 0, n);
            crc.update(block, 0, n);
            at += n;
        }
    }

    /**
     * @param headerSize a header size as recorded
     * @param fileSize the index's size
     * @return whether it can be one: the fixed part at least, in 8-byte steps, within the file and
     *     not more than the column names can take
     */
    static boolean validHeaderSize(long headerSize, long fileSize) {
        return headerSize >= HEADER_SIZE && headerSize % 8 == 0 && headerSize <= fileSize
                && headerSize <= HEADER_SIZE + (1 << 20) + 8;
    }

    /** @return directory bits for a count: about 4 entries per bucket, at most 2^20 buckets */
    static int directoryBits(long entries) {
        int bits = 0;
        while (bits < MAX_DIRECTORY_BITS && (1L << bits) * 4 < entries) {
            bits++;
        }
        return bits;
    }

    /**
     * @param sectionsEnd where the last directory ends
     * @param headerSize where the body starts
     * @return the blocks of {@link #CHECK_BLOCK_BYTES} bytes (the last one perhaps shorter) between
     */
    static long checkBlocks(long sectionsEnd, long headerSize) {
        return (sectionsEnd - headerSize + CHECK_BLOCK_BYTES - 1) >>> CHECK_BLOCK_BITS;
    }

    static int bucket(long hash, int bits) {
        return bits == 0 ? 0 : (int) (hash >>> (64 - bits));
    }
}
