package io.chunkwise.loader.index;

import io.chunkwise.loader.csv.CsvFormat;
import java.io.IOException;
import java.lang.foreign.MemorySegment;
import java.lang.foreign.ValueLayout;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.EnumMap;
import java.util.Map;
import java.util.Optional;
import java.util.zip.CRC32C;

/**
 * How a build read its source, as its index records it: the dialect and the key columns it was
 * given by name. Read from an index whose header is intact even when it is stale, so a rebuild
 * reads the changed file as the old build did. An index of an older format (up to version
 * {@value IndexLayout#LAST_FIXED_HEADER_VERSION}) records its dialect but not its columns' names:
 * its dialect is still read, so a {@code |} or tab master's index is rebuilt as one after an upgrade.
 *
 * @param format the delimiter and quote
 * @param delimiterDeclared whether the delimiter was the one the file's {@code sep=} line declared
 *     (then the file decides again, not the index)
 * @param columns the key columns named explicitly (the others were found by their usual names)
 */
record BuildRecord(CsvFormat format, boolean delimiterDeclared, Map<KeyKind, String> columns) {
    private static final ValueLayout.OfLong LONG = ValueLayout.JAVA_LONG_UNALIGNED.withOrder(IndexLayout.ORDER);
    private static final ValueLayout.OfInt INT = ValueLayout.JAVA_INT_UNALIGNED.withOrder(IndexLayout.ORDER);
    /** The most an index's column names may take: far beyond any header's, yet never a huge read of a damaged file. */
    private static final int MAX_NAMES = 1 << 20;

    /** Copies. */
    BuildRecord {
        columns = Map.copyOf(columns);
    }

    /**
     * @param named the key columns a build was given by name
     * @return the header's names part: per kind a length (-1: not named) and UTF-8 bytes, zero-padded
     *     to a multiple of 8
     */
    static byte[] encode(Map<KeyKind, String> named) {
        byte[][] names = new byte[KeyKind.values().length][];
        int size = 0;
        for (KeyKind k : KeyKind.values()) {
            String n = named.get(k);
            names[k.ordinal()] = n == null ? null : n.getBytes(StandardCharsets.UTF_8);
            size += Integer.BYTES + (n == null ? 0 : names[k.ordinal()].length);
        }
        if (size > MAX_NAMES) {
            throw new IllegalArgumentException("key column names of " + size + " bytes: at most " + MAX_NAMES);
        }
        ByteBuffer b = ByteBuffer.allocate((size + 7) & ~7).order(IndexLayout.ORDER);
        for (byte[] n : names) {
            b.putInt(n == null ? -1 : n.length);
            if (n != null) {
                b.put(n);
            }
        }
        return b.array();
    }

    /**
     * @param s an index's bytes from its start, its header checked
     * @param headerSize its header's size
     * @return the key columns its build was given by name
     * @throws IllegalArgumentException when the names part is malformed
     */
    static Map<KeyKind, String> decode(MemorySegment s, long headerSize) {
        Map<KeyKind, String> named = new EnumMap<>(KeyKind.class);
        long at = IndexLayout.HEADER_SIZE;
        for (KeyKind k : KeyKind.values()) {
            if (at + Integer.BYTES > headerSize) {
                throw new IllegalArgumentException("key column names cut short");
            }
            int n = s.get(INT, at);
            at += Integer.BYTES;
            if (n == -1) {
                continue;
            }
            if (n < 0 || at + n > headerSize) {
                throw new IllegalArgumentException("key column name of " + n + " bytes beyond the header");
            }
            named.put(k, new String(s.asSlice(at, n).toArray(ValueLayout.JAVA_BYTE), StandardCharsets.UTF_8));
            at += n;
        }
        return named;
    }

    /**
     * Reads what an index recorded of its build, trusting only a header that is intact: the magic
     * number, a known version and the header's checksum (the body and the source's freshness are
     * not checked, which is the point: a stale index's record is still how its file was read).
     *
     * @param index an index file
     * @return its record (only its dialect for an older format), or empty when it is unreadable,
     *     damaged or of an unknown version
     */
    static Optional<BuildRecord> read(Path index) {
        try (FileChannel ch = FileChannel.open(index, StandardOpenOption.READ)) {
            long fileSize = ch.size();
            if (fileSize < IndexLayout.HEADER_SIZE) {
                return Optional.empty();
            }
            MemorySegment fixed = MemorySegment.ofArray(readFully(ch, 0, IndexLayout.HEADER_SIZE));
            int version = fixed.get(INT, 8);
            if (fixed.get(LONG, 0) != IndexLayout.MAGIC) {
                return Optional.empty();
            }
            if (version >= 1 && version <= IndexLayout.LAST_FIXED_HEADER_VERSION) {
                return legacy(fixed);
            }
            if (version != IndexLayout.VERSION) {
                return Optional.empty();
            }
            int headerSize = fixed.get(INT, IndexLayout.HEADER_SIZE_AT);
            if (!IndexLayout.validHeaderSize(headerSize, fileSize)) {
                return Optional.empty();
            }
            MemorySegment header = MemorySegment.ofArray(readFully(ch, 0, headerSize));
            if (IndexLayout.headerCrc(header, headerSize) != header.get(LONG, IndexLayout.HEADER_CRC)) {
                return Optional.empty();
            }
            boolean declared = (header.get(ValueLayout.JAVA_BYTE, IndexLayout.FLAGS) & IndexLayout.DELIMITER_DECLARED) != 0;
            return Optional.of(new BuildRecord(format(header), declared, decode(header, headerSize)));
        } catch (IOException | IllegalArgumentException e) {
            return Optional.empty(); // nothing to reuse: the rebuild reads the file with the caller's options
        }
    }

    /** @return the dialect of an older format's intact header (its checksum covers bytes 0..247), no names */
    private static Optional<BuildRecord> legacy(MemorySegment fixed) {
        CRC32C crc = new CRC32C();
        crc.update(fixed.asSlice(0, IndexLayout.HEADER_CRC).asByteBuffer());
        if (crc.getValue() != fixed.get(LONG, IndexLayout.HEADER_CRC)) {
            return Optional.empty();
        }
        return Optional.of(new BuildRecord(format(fixed), false, Map.of()));
    }

    private static CsvFormat format(MemorySegment header) {
        return new CsvFormat(header.get(ValueLayout.JAVA_BYTE, IndexLayout.DELIMITER),
                header.get(ValueLayout.JAVA_BYTE, IndexLayout.QUOTE));
    }

    private static byte[] readFully(FileChannel ch, long at, int n) throws IOException {
        ByteBuffer b = ByteBuffer.allocate(n);
        while (b.hasRemaining()) {
            if (ch.read(b, at + b.position()) < 0) {
                throw new IOException("index ended at " + (at + b.position()));
            }
        }
        return b.array();
    }
}
