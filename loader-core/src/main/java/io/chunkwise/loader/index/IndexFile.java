package io.chunkwise.loader.index;

import io.chunkwise.loader.csv.CsvFormat;
import io.chunkwise.loader.csv.CsvHeader;
import io.chunkwise.loader.csv.CsvRecord;
import io.chunkwise.loader.csv.HeaderReader;
import io.chunkwise.loader.csv.KeyHash;
import io.chunkwise.loader.io.MappedFile;
import java.lang.foreign.MemorySegment;
import java.lang.foreign.ValueLayout;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.zip.CRC32C;

/**
 * A persisted index, opened by mapping (nothing is loaded into the heap), with its source mapped
 * beside it. Lookups find record offsets by hash, then parse each candidate record on demand and
 * keep only those whose key really equals the one asked for, so a hash collision (or a damaged
 * entry) can never return a wrong record. Thread-safe for lookups; close once.
 */
public final class IndexFile implements AutoCloseable {
    /** Bodies up to this size are checksummed when opened; larger ones by {@link #verify()}. */
    public static final long VERIFY_ON_OPEN_LIMIT = 64L << 20;
    private static final ValueLayout.OfLong LONG = ValueLayout.JAVA_LONG_UNALIGNED.withOrder(IndexLayout.ORDER);
    private static final ValueLayout.OfInt INT = ValueLayout.JAVA_INT_UNALIGNED.withOrder(IndexLayout.ORDER);

    private final Path path;
    private final MappedFile index;
    private final MappedFile source;
    private final MemorySegment seg;
    private final CsvFormat format;
    private final KeyColumns columns;
    private final CsvHeader header;
    private final ThreadLocal<RecordAt> records;

    private IndexFile(Path path, MappedFile index, MappedFile source) {
        this.path = path;
        this.index = index;
        this.source = source;
        this.seg = index.segment();
        this.format = new CsvFormat(seg.get(ValueLayout.JAVA_BYTE, IndexLayout.DELIMITER),
                seg.get(ValueLayout.JAVA_BYTE, IndexLayout.QUOTE));
        this.columns = new KeyColumns(seg.get(INT, IndexLayout.COLUMNS), seg.get(INT, IndexLayout.COLUMNS + 4),
                seg.get(INT, IndexLayout.COLUMNS + 8));
        this.header = HeaderReader.read(source.path(), format);
        this.records = ThreadLocal.withInitial(() -> new RecordAt(format, source.path().toString(), source.segment()));
    }

    /**
     * Opens an index for a source, checking its format, version, checksums and freshness.
     *
     * @param indexPath the {@code .cwx} file
     * @param sourcePath the CSV file it indexes
     * @return the open index
     * @throws IndexException when it is corrupt, of another version, or stale (see {@link IndexException#stale()})
     */
    public static IndexFile open(Path indexPath, Path sourcePath) {
        MappedFile idx;
        try {
            idx = MappedFile.open(indexPath);
        } catch (java.io.UncheckedIOException e) {
            throw new IndexException(indexPath, "cannot read: " + e.getCause().getMessage(), false);
        }
        MappedFile src = null;
        try {
            checkHeader(indexPath, idx);
            SourceFingerprint now = SourceFingerprint.of(sourcePath);
            MemorySegment s = idx.segment();
            SourceFingerprint then = new SourceFingerprint(s.get(LONG, IndexLayout.SOURCE_SIZE),
                    s.get(LONG, IndexLayout.SOURCE_MTIME), s.get(LONG, IndexLayout.SOURCE_SAMPLE));
            String diff = now.difference(then);
            if (diff != null) {
                throw new IndexException(indexPath, "stale: " + diff, true);
            }
            if (idx.size() - IndexLayout.HEADER_SIZE <= VERIFY_ON_OPEN_LIMIT) {
                verifyBody(indexPath, idx);
            }
            src = MappedFile.open(sourcePath);
            if (src.size() != then.size()) {
                throw new IndexException(indexPath, "stale: source changed while opening", true);
            }
            return new IndexFile(indexPath, idx, src);
        } catch (RuntimeException e) {
            idx.close();
            if (src != null) {
                src.close();
            }
            throw e;
        }
    }

    private static void checkHeader(Path p, MappedFile idx) {
        MemorySegment s = idx.segment();
        if (idx.size() < IndexLayout.HEADER_SIZE || s.get(LONG, 0) != IndexLayout.MAGIC) {
            throw new IndexException(p, "not a chunkwise index (bad magic or too short)", false);
        }
        int version = s.get(INT, 8);
        if (version != IndexLayout.VERSION) {
            throw new IndexException(p, "index format version " + version + ", this build reads "
                    + IndexLayout.VERSION, true);
        }
        CRC32C crc = new CRC32C();
        crc.update(s.asSlice(0, IndexLayout.HEADER_CRC).asByteBuffer());
        if (crc.getValue() != s.get(LONG, IndexLayout.HEADER_CRC)) {
            throw new IndexException(p, "corrupt: header checksum mismatch", false);
        }
        long end = IndexLayout.HEADER_SIZE;
        for (KeyKind k : KeyKind.values()) {
            int at = IndexLayout.SECTIONS + IndexLayout.SECTION_SIZE * k.ordinal();
            long dirEnd = s.get(LONG, at + 16) + ((1L << s.get(INT, at + 8)) + 1) * 8;
            end = Math.max(end, dirEnd);
        }
        if (end != idx.size()) {
            throw new IndexException(p, "corrupt: size " + idx.size() + " does not match its sections (" + end + ")", false);
        }
    }

    private static void verifyBody(Path p, MappedFile idx) {
        CRC32C crc = new CRC32C();
        MemorySegment s = idx.segment();
        long step = 1L << 30;
        for (long at = IndexLayout.HEADER_SIZE; at < idx.size(); at += step) {
            crc.update(s.asSlice(at, Math.min(step, idx.size() - at)).asByteBuffer());
        }
        if (crc.getValue() != s.get(LONG, IndexLayout.BODY_CRC)) {
            throw new IndexException(p, "corrupt: body checksum mismatch", false);
        }
    }

    /**
     * Checks the whole body's checksum (done on open for small indexes).
     *
     * @throws IndexException when it does not match
     */
    public void verify() {
        verifyBody(path, index);
    }

    /**
     * @param options options a caller wants to use
     * @return why this index does not fit them (other delimiter or key columns), or {@code null}
     */
    String mismatch(IndexOptions options) {
        if (options.load().format().delimiter() != format.delimiter() || options.load().format().quote() != format.quote()) {
            return "index was built with another delimiter or quote";
        }
        KeyColumns wanted;
        try {
            wanted = KeyColumns.resolve(source.path().toString(), header, options.columns());
        } catch (RuntimeException e) {
            return e.getMessage();
        }
        return wanted.equals(columns) ? null : "index was built with other key columns";
    }

    /** @return the source's header names */
    public List<String> headerNames() {
        return header.names();
    }

    /** @return the key columns indexed */
    public KeyColumns columns() {
        return columns;
    }

    /** @return the dialect of the source */
    public CsvFormat format() {
        return format;
    }

    /** @return records accepted when built */
    public long records() {
        return seg.get(LONG, IndexLayout.RECORDS);
    }

    /** @return records rejected when built */
    public long rejected() {
        return seg.get(LONG, IndexLayout.REJECTED);
    }

    /**
     * @param kind a key
     * @return entries beyond the first for each distinct key of that kind
     */
    public long duplicates(KeyKind kind) {
        return seg.get(LONG, IndexLayout.DUPLICATES + 8L * kind.ordinal());
    }

    /**
     * @param kind a key
     * @return number of entries (records with a non-empty key) of that kind
     */
    public long entries(KeyKind kind) {
        return seg.get(LONG, (long) IndexLayout.SECTIONS + (long) IndexLayout.SECTION_SIZE * kind.ordinal());
    }

    /**
     * Finds the records whose key equals the given one.
     *
     * @param kind which key
     * @param key its value, exactly as in the file
     * @return byte offsets of the matching records, in file order (empty when none, or when the
     *     file has no such column)
     */
    public long[] offsets(KeyKind kind, String key) {
        return offsets(kind, key.getBytes(StandardCharsets.UTF_8));
    }

    /**
     * @param kind which key
     * @param key its value's bytes
     * @return byte offsets of the matching records, in file order
     */
    public long[] offsets(KeyKind kind, byte[] key) {
        int column = columns.column(kind);
        if (column < 0 || key.length == 0) {
            return new long[0];
        }
        long hash = KeyHash.of(key);
        Candidates c = candidates(kind, hash);
        long[] out = new long[4];
        int found = 0;
        RecordAt parser = records.get();
        for (long i = c.first(); i < c.count() && seg.get(LONG, c.entries() + 16 * i) == hash; i++) {
            long offset = seg.get(LONG, c.entries() + 16 * i + 8);
            CsvRecord r = parser.at(offset, column + 1);
            if (r != null && column < r.size() && r.valueEquals(column, key)) {
                if (found == out.length) {
                    out = Arrays.copyOf(out, found * 2);
                }
                out[found++] = offset;
            }
        }
        return Arrays.copyOf(out, found);
    }

    /**
     * Whether any record has this key: like {@code offsets(kind, key).length > 0}, but stops at
     * the first verified match (a symbol shared by hundreds of records costs one parse, not hundreds).
     *
     * @param kind which key
     * @param key its value's bytes
     * @return whether a record's key equals {@code key}
     */
    public boolean contains(KeyKind kind, byte[] key) {
        int column = columns.column(kind);
        if (column < 0 || key.length == 0) {
            return false;
        }
        long hash = KeyHash.of(key);
        Candidates c = candidates(kind, hash);
        RecordAt parser = records.get();
        for (long i = c.first(); i < c.count() && seg.get(LONG, c.entries() + 16 * i) == hash; i++) {
            CsvRecord r = parser.at(seg.get(LONG, c.entries() + 16 * i + 8), column + 1);
            if (r != null && column < r.size() && r.valueEquals(column, key)) {
                return true;
            }
        }
        return false;
    }

    /**
     * Where a key's hash would start in its section: entries are (hash, offset) pairs sorted by
     * hash, found through the bucket directory and a binary search inside the bucket.
     *
     * @param count the section's number of entries
     * @param entries byte position of its first entry
     * @param first index of the first entry whose hash is not below the key's (may equal count)
     */
    private record Candidates(long count, long entries, long first) {
    }

    private Candidates candidates(KeyKind kind, long hash) {
        int at = IndexLayout.SECTIONS + IndexLayout.SECTION_SIZE * kind.ordinal();
        long n = seg.get(LONG, at);
        if (n == 0) {
            return new Candidates(0, 0, 0);
        }
        int bits = seg.get(INT, at + 8);
        long dir = seg.get(LONG, at + 16);
        long entries = seg.get(LONG, at + 24);
        int bucket = IndexLayout.bucket(hash, bits);
        long lo = seg.get(LONG, dir + 8L * bucket);
        long hi = seg.get(LONG, dir + 8L * (bucket + 1));
        while (lo < hi) {
            long mid = (lo + hi) >>> 1;
            if (Long.compareUnsigned(seg.get(LONG, entries + 16 * mid), hash) < 0) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        return new Candidates(n, entries, lo);
    }

    /**
     * Parses the record at an offset returned by {@link #offsets}.
     *
     * @param offset a record start
     * @return its field values
     */
    public List<String> record(long offset) {
        CsvRecord r = records.get().at(offset);
        if (r == null) {
            throw new IndexException(path, "no record starts at byte " + offset + " of " + source.path(), false);
        }
        return r.values();
    }

    /** Unmaps the index and its source. */
    @Override
    public void close() {
        index.close();
        source.close();
    }
}
