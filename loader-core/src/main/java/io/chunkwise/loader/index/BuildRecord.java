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
 * given by name, and which file it read. Read from an index whose header is intact even when it
 * is stale, so a rebuild reads the changed file as the old build did. An index of an older format
 * (up to version {@value IndexLayout#LAST_FIXED_HEADER_VERSION}) records its dialect but not its
 * columns' names, and one before version {@value #FIRST_NAMING_VERSION} not the source's name:
 * what it records is still read, so a {@code |} or tab master's index is rebuilt as one after an upgrade.
 *
 * @param format the delimiter and quote
 * @param delimiterDeclared whether the delimiter was the one the file's {@code sep=} line declared
 *     (then the file decides again, not the index)
 * @param columns the key columns named explicitly (the others were found by their usual names)
 * @param sourceName the file name (no directory) of the source the index was built from, or
 *     {@code null} when its format does not record it
 * @param source the source's fingerprint when the index was built
 */
record BuildRecord(CsvFormat format, boolean delimiterDeclared, Map<KeyKind, String> columns, String sourceName,
        SourceFingerprint source) {
    /** The first format that records its source's file name after the key column names. */
    static final int FIRST_NAMING_VERSION = 13;

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
     * @param sourceName the source's file name
     * @return the header's names part: per kind a length (-1: not named) and UTF-8 bytes, then the
     *     source's file name the same way, zero-padded to a multiple of 8
     */
    static byte[] encode(Map<KeyKind, String> named, String sourceName) {
        int kinds = KeyKind.values().length;
        byte[][] names = new byte[kinds + 1][];
        int size = 0;
        for (KeyKind k : KeyKind.values()) {
            String n = named.get(k);
            names[k.ordinal()] = n == null ? null : n.getBytes(StandardCharsets.UTF_8);
            size += Integer.BYTES + (n == null ? 0 : names[k.ordinal()].length);
        }
        names[kinds] = sourceName.getBytes(StandardCharsets.UTF_8);
        size += Integer.BYTES + names[kinds].length;
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
            String n = name(s, at, headerSize);
            at += Integer.BYTES + (n == null ? 0 : s.get(INT, at));
            if (n != null) {
                named.put(k, n);
            }
        }
        return named;
    }

    /**
     * @param s an index's bytes from its start, its header checked
     * @param headerSize its header's size
     * @return the source's file name it records after the key column names (format {@value
     *     #FIRST_NAMING_VERSION} on), or {@code null} when it records none
     * @throws IllegalArgumentException when the names part is malformed
     */
    static String sourceName(MemorySegment s, long headerSize) {
        if (s.get(INT, 8) < FIRST_NAMING_VERSION) {
            return null;
        }
        long at = IndexLayout.HEADER_SIZE;
        for (int i = 0; i < KeyKind.values().length; i++) {
            at += Integer.BYTES + Math.max(0, s.get(INT, at));
        }
        return name(s, at, headerSize);
    }

    /** @return the length-prefixed name at {@code at}, or {@code null} for length -1 */
    private static String name(MemorySegment s, long at, long headerSize) {
        if (at + Integer.BYTES > headerSize) {
            throw new IllegalArgumentException("key column names cut short");
        }
        int n = s.get(INT, at);
        if (n == -1) {
            return null;
        }
        if (n < 0 || at + Integer.BYTES + n > headerSize) {
            throw new IllegalArgumentException("name of " + n + " bytes beyond the header");
        }
        return new String(s.asSlice(at + Integer.BYTES, n).toArray(ValueLayout.JAVA_BYTE), StandardCharsets.UTF_8);
    }

    /**
     * Reads what an index recorded of its build, trusting only a header that is intact: the magic
     * number, a known version and the header's checksum (the body and the source's freshness are
     * not checked, which is the point: a stale index's record is still how its file was read).
     *
     * @param index an index file
     * @return its record (only its dialect for a format without names, no source name before format
     *     {@value #FIRST_NAMING_VERSION}), or empty when it is unreadable, damaged or of an unknown version
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
            // the formats since names were recorded share this header, so an upgrade keeps an index's dialect
            if (version < 1 || version > IndexLayout.VERSION) {
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
            return Optional.of(new BuildRecord(format(header), declared, decode(header, headerSize),
                    sourceName(header, headerSize), fingerprint(header)));
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
        return Optional.of(new BuildRecord(format(fixed), false, Map.of(), null, fingerprint(fixed)));
    }

    /** @return the source's fingerprint as the header recorded it */
    static SourceFingerprint fingerprint(MemorySegment header) {
        return new SourceFingerprint(header.get(LONG, IndexLayout.SOURCE_SIZE), header.get(LONG, IndexLayout.SOURCE_MTIME),
                header.get(LONG, IndexLayout.SOURCE_CTIME), header.get(LONG, IndexLayout.SOURCE_SAMPLE));
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
