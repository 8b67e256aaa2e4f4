package io.chunkwise.loader.index;

import io.chunkwise.loader.csv.ByteCounter;
import io.chunkwise.loader.csv.CsvFormat;
import io.chunkwise.loader.csv.CsvHeader;
import io.chunkwise.loader.csv.CsvParseException;
import io.chunkwise.loader.csv.CsvRecord;
import io.chunkwise.loader.csv.CsvText;
import io.chunkwise.loader.csv.HeaderReader;
import io.chunkwise.loader.csv.KeyTrim;
import io.chunkwise.loader.io.FileArguments;
import io.chunkwise.loader.io.FileErrors;
import io.chunkwise.loader.io.MappedFile;
import io.chunkwise.loader.io.SourceChangedException;
import java.io.IOException;
import java.io.InputStream;
import java.lang.foreign.MemorySegment;
import java.lang.foreign.ValueLayout;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

/**
 * A persisted index, opened by mapping (nothing is loaded into the heap), with its source mapped
 * beside it. Lookups find record offsets by hash, then parse each candidate record on demand and
 * keep only those whose key really equals the one asked for, so a hash collision can never return
 * a wrong record. A key with a code ({@link IndexHash}: short, CUSIP-shaped or ISIN-shaped) has no
 * collisions, so {@link #containsAll} and {@link #symbolsOf} answer it from the index alone,
 * with the symbol its CUSIP and ISIN entries keep ({@link InlineSymbol}). Thread-safe for lookups;
 * a lookup may be made from inside a visitor ({@link Match}, {@link BatchMatch}), whose record
 * stays its own. Close once.
 */
public final class IndexFile implements AutoCloseable {
    /** Copies of a record's bytes on the heap while it is read as text: raw, unquoted, decoded. */
    private static final int TEXT_COPIES = 3;
    /** Bodies up to this size are checksummed when opened; larger ones by {@link #verify()}. */
    public static final long VERIFY_ON_OPEN_LIMIT = 64L << 20;
    /**
     * Bodies up to this size are checksummed by {@link Indexer#openOrBuild} before use (0.15-0.25 s
     * per GiB when cached). A larger one would be read whole for one look-up, from disk when the
     * page cache cannot hold it: each block a look-up reads is checked instead, the first time
     * ({@link BlockChecks}), so a damaged one fails that look-up rather than answering wrongly.
     */
    public static final long VERIFY_BEFORE_USE_LIMIT = 1L << 30;
    private static final ValueLayout.OfLong LONG = ValueLayout.JAVA_LONG_UNALIGNED.withOrder(IndexLayout.ORDER);
    private static final ValueLayout.OfInt INT = ValueLayout.JAVA_INT_UNALIGNED.withOrder(IndexLayout.ORDER);

    private final Path path;
    private final MappedFile index;
    private final MappedFile source;
    private final MemorySegment seg;
    private final CsvFormat format;
    private final KeyColumns columns;
    private final CsvHeader header;
    private final MemorySegment sourceSegment;
    private final ThreadLocal<RecordAt> records;
    private final ThreadLocal<Batch> batches = ThreadLocal.withInitial(Batch::new);
    /** Each block a look-up reads is checked first: an index too large to check whole is used by parts. */
    private final BlockChecks blocks;

    private IndexFile(Path path, MappedFile index, MappedFile source, BlockChecks blocks) {
        this.path = path;
        this.index = index;
        this.source = source;
        this.seg = index.segment();
        this.format = new CsvFormat(seg.get(ValueLayout.JAVA_BYTE, IndexLayout.DELIMITER),
                seg.get(ValueLayout.JAVA_BYTE, IndexLayout.QUOTE));
        this.columns = new KeyColumns(seg.get(INT, IndexLayout.COLUMNS), seg.get(INT, IndexLayout.COLUMNS + 4),
                seg.get(INT, IndexLayout.COLUMNS + 8));
        this.header = HeaderReader.read(source.path(), format);
        this.sourceSegment = source.segment();
        this.blocks = blocks;
        this.records = ThreadLocal.withInitial(() -> new RecordAt(format, source.path().toString(), source.segment()));
    }

    /**
     * Opens an index for a source, checking its format, version, checksums and freshness.
     *
     * @param indexPath the {@code .cwx} file
     * @param sourcePath the CSV file it indexes
     * @return the open index
     * @throws IndexException when it is corrupt, of another version, or stale (see {@link IndexException#stale()})
     * @throws SourceChangedException naming the index, when it is truncated while it is read
     * @throws IllegalArgumentException when the source is missing, a directory or not a regular
     *     file, its message naming it (as {@link Indexer#openOrBuild} says it)
     */
    public static IndexFile open(Path indexPath, Path sourcePath) {
        // else the source's fingerprint fails with an IOException's bare "Is a directory", naming nothing
        FileArguments.requireInput(sourcePath);
        MappedFile idx;
        try {
            idx = MappedFile.open(indexPath);
        } catch (java.io.UncheckedIOException e) {
            throw new IndexException(indexPath, "cannot read: " + FileErrors.reason(e.getCause()), false);
        }
        MappedFile src = null;
        try {
            idx.guard(() -> checkHeader(indexPath, idx)); // the index may be truncated underneath meanwhile
            SourceFingerprint now = SourceFingerprint.of(sourcePath);
            MemorySegment s = idx.segment();
            SourceFingerprint then = BuildRecord.fingerprint(s);
            String stale = StaleReason.of(BuildRecord.sourceName(s, s.get(INT, IndexLayout.HEADER_SIZE_AT)),
                    sourcePath.getFileName().toString(), then, now);
            if (stale != null) {
                throw new IndexException(indexPath, stale, true);
            }
            // the blocks found whole here are not checked again by the look-ups
            BlockChecks checks = BlockChecks.of(indexPath, s);
            if (verifiesOnOpen(idx.size())) {
                idx.guard(() -> verifyBody(indexPath, idx, checks));
            }
            src = MappedFile.open(sourcePath);
            if (src.size() != then.size()) {
                throw new IndexException(indexPath, "stale: source changed while opening", true);
            }
            return new IndexFile(indexPath, idx, src, checks);
        } catch (RuntimeException e) {
            idx.close();
            if (src != null) {
                src.close();
            }
            throw e;
        }
    }

    /**
     * @param path an existing file
     * @return whether it is a file of someone else's (not empty, and not starting with the magic
     *     number or, shorter than it, a part of it): never to be replaced by an index, unlike a
     *     damaged index
     */
    static boolean isForeign(Path path) {
        if (!Files.isRegularFile(path)) {
            return false; // opening it reports what it is
        }
        try (InputStream in = Files.newInputStream(path)) {
            byte[] head = in.readNBytes(Long.BYTES);
            byte[] magic = ByteBuffer.allocate(Long.BYTES).order(IndexLayout.ORDER).putLong(IndexLayout.MAGIC).array();
            // a damaged index still starts with the magic, or a part of it when cut short
            return head.length > 0 && !Arrays.equals(head, Arrays.copyOf(magic, head.length));
        } catch (IOException e) {
            return false;
        }
    }

    /**
     * @param path a file
     * @return whether it starts with an index's magic number: an index (perhaps damaged or of
     *     another format), which a command writing something else must not replace, as lookups of
     *     its master would then refuse the file
     */
    public static boolean isIndex(Path path) {
        if (!Files.isRegularFile(path)) {
            return false;
        }
        try (InputStream in = Files.newInputStream(path)) {
            byte[] head = in.readNBytes(Long.BYTES);
            return head.length == Long.BYTES
                    && ByteBuffer.wrap(head).order(IndexLayout.ORDER).getLong() == IndexLayout.MAGIC;
        } catch (IOException e) {
            return false;
        }
    }

    /**
     * @param output a file a command writes other than an index (rejects, discrepancies)
     * @param role how the user named it, for the message (e.g. {@code --rejects})
     * @throws IllegalArgumentException when it is an index: its master's lookups would then refuse the file
     */
    public static void requireNotIndex(Path output, String role) {
        if (output != null && isIndex(output)) {
            throw new IllegalArgumentException(role + " " + output + ": is a chunkwise index, and it would be replaced; "
                    + "choose another path (or remove the file)");
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
        int headerSize = s.get(INT, IndexLayout.HEADER_SIZE_AT);
        if (!IndexLayout.validHeaderSize(headerSize, idx.size())
                || IndexLayout.headerCrc(s, headerSize) != s.get(LONG, IndexLayout.HEADER_CRC)) {
            throw new IndexException(p, "corrupt: header checksum mismatch", false);
        }
        long end = headerSize;
        for (KeyKind k : KeyKind.values()) {
            int at = IndexLayout.SECTIONS + IndexLayout.SECTION_SIZE * k.ordinal();
            int entrySize = s.get(INT, at + 12);
            if (entrySize != IndexLayout.ENTRY && entrySize != IndexLayout.ENTRY_WITH_SYMBOL) {
                throw new IndexException(p, "corrupt: " + k.name().toLowerCase(Locale.ROOT) + " entries of " + entrySize
                        + " bytes", false);
            }
            long dirEnd = s.get(LONG, at + 16) + ((1L << s.get(INT, at + 8)) + 1) * 8;
            end = Math.max(end, dirEnd);
        }
        long blocks = Integer.toUnsignedLong(s.get(INT, IndexLayout.BODY_BLOCKS));
        if (blocks != IndexLayout.checkBlocks(end, headerSize) || end + 4 * blocks != idx.size()) {
            throw new IndexException(p, "corrupt: size " + idx.size() + " does not match its sections (" + end
                    + ") and their " + blocks + " block checksums", false);
        }
    }

    private static boolean verifiesOnOpen(long indexSize) {
        return indexSize - IndexLayout.HEADER_SIZE <= VERIFY_ON_OPEN_LIMIT;
    }

    /**
     * Checks the body's checksum unless {@link #open} did, up to {@link #VERIFY_BEFORE_USE_LIMIT}:
     * 10-17 ms for the 70 MB index of 1 M rows.
     *
     * @throws IndexException when it does not match
     * @throws SourceChangedException naming the index, when it was truncated since it was mapped
     */
    void verifyBeforeUse() {
        long body = index.size() - IndexLayout.HEADER_SIZE;
        if (!verifiesOnOpen(index.size()) && body <= VERIFY_BEFORE_USE_LIMIT) {
            index.requireOpen("index");
            // with the look-ups' checks: the blocks found whole here are not checked again as read
            index.guard(() -> verifyBody(path, index, blocks));
        }
    }

    /**
     * Checks the blocks' checksums against the header's, then each block not yet found whole
     * against its own.
     */
    private static void verifyBody(Path p, MappedFile idx, BlockChecks checks) {
        if (checks.tableCrc() != idx.segment().get(LONG, IndexLayout.BODY_CRC)) {
            throw new IndexException(p, "corrupt: body checksum mismatch", false);
        }
        checks.checkAll();
    }

    /**
     * Checks the whole body's checksum (done on open for small indexes).
     *
     * @throws IndexException when it does not match
     * @throws SourceChangedException naming the index, when it was truncated since it was mapped
     */
    public void verify() {
        index.requireOpen("index");
        index.guard(() -> verifyBody(path, index, BlockChecks.of(path, seg))); // every block, again
    }

    /**
     * @param options options a caller wants to use
     * @param dialectGiven whether their delimiter and quote were asked for (otherwise this index's are used)
     * @return why this index does not fit what was asked for (another delimiter or quote, another
     *     column for a key the options name), or {@code null}; key columns not named are this index's
     * @throws io.chunkwise.loader.csv.CsvParseException when the header has no column of a name asked
     *     for: a rebuild could not help
     */
    String mismatch(IndexOptions options, boolean dialectGiven) {
        CsvFormat wantedFormat = HeaderReader.format(source.path(), options.load().format());
        if (dialectGiven && (wantedFormat.delimiter() != format.delimiter() || wantedFormat.quote() != format.quote())) {
            return "the index was built with delimiter " + shown(format.delimiter()) + " and quote " + shown(format.quote())
                    + ", not " + shown(wantedFormat.delimiter()) + " and " + shown(wantedFormat.quote()) + " as asked";
        }
        for (KeyKind k : KeyKind.values()) {
            String named = options.columns().get(k);
            if (named == null) {
                continue;
            }
            int wanted = header.find(named).orElse(-1);
            if (wanted < 0) {
                KeyColumns.resolve(source.path().toString(), header, options.columns()); // names the missing column
            }
            int built = columns.column(k);
            if (wanted != built) {
                String kind = k.name().toLowerCase(java.util.Locale.ROOT);
                return "the index was built with " + (built < 0 ? "no " + kind + " column"
                        : kind + " column '" + CsvHeader.printable(header.names().get(built)) + "'")
                        + ", not '" + CsvHeader.printable(named) + "' as asked";
            }
        }
        return null;
    }

    private static String shown(byte b) {
        return b == '\t' ? "'\\t'" : "'" + (char) b + "'";
    }

    /** @return the CSV file this index is of */
    public Path sourcePath() {
        return source.path();
    }

    /** @return the source's header: its names, and the line and byte it starts at */
    public CsvHeader header() {
        return header;
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
        index.requireOpen("index");
        return seg.get(LONG, IndexLayout.RECORDS);
    }

    /** @return records rejected when built */
    public long rejected() {
        index.requireOpen("index");
        return seg.get(LONG, IndexLayout.REJECTED);
    }

    /**
     * @param kind a key
     * @return entries beyond the first for each distinct key of that kind
     */
    public long duplicates(KeyKind kind) {
        index.requireOpen("index");
        return seg.get(LONG, IndexLayout.DUPLICATES + 8L * kind.ordinal());
    }

    /**
     * @param kind a key
     * @return number of entries (records with a non-empty key) of that kind
     */
    public long entries(KeyKind kind) {
        index.requireOpen("index");
        return seg.get(LONG, (long) IndexLayout.SECTIONS + (long) IndexLayout.SECTION_SIZE * kind.ordinal());
    }

    /**
     * Finds the records whose key equals the given one: its UTF-8 bytes and, for a key outside
     * ASCII, its Windows-1252 bytes too when they are not UTF-8 (a file's text is read as UTF-8,
     * and a value that is not UTF-8 as Windows-1252, so {@code DéF} is found in a spreadsheet's
     * "CSV" export, and in a file that joins both kinds of export, where it is both).
     *
     * @param kind which key
     * @param key its value as in the file, or in its normal form ({@link KeyTrim}; a CUSIP or ISIN in any case)
     * @return byte offsets of the matching records, in file order (empty when none, or when the
     *     file has no such column)
     * @throws NullPointerException naming the argument, when the kind or the key is null
     */
    public long[] offsets(KeyKind kind, String key) {
        Objects.requireNonNull(key, "key");
        long[] utf8 = offsets(kind, key.getBytes(StandardCharsets.UTF_8));
        byte[] windows1252Bytes = key.chars().allMatch(c -> c < 0x80) ? null : CsvText.windows1252(key);
        // bytes that are UTF-8 read as UTF-8, another text: "Ã©" in Windows-1252 is "é" in UTF-8
        if (windows1252Bytes == null || CsvText.isUtf8(windows1252Bytes)) {
            return utf8;
        }
        long[] windows1252 = offsets(kind, windows1252Bytes);
        if (windows1252.length == 0) {
            return utf8;
        }
        // two sets of distinct records (their keys' bytes differ): merged in file order
        long[] both = new long[utf8.length + windows1252.length];
        System.arraycopy(utf8, 0, both, 0, utf8.length);
        System.arraycopy(windows1252, 0, both, utf8.length, windows1252.length);
        Arrays.sort(both);
        return both;
    }

    /**
     * @param kind which key
     * @param key its value's bytes
     * @return byte offsets of the matching records, in file order
     * @throws NullPointerException naming the argument, when the kind or the key is null
     */
    public long[] offsets(KeyKind kind, byte[] key) {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(key, "key");
        index.requireOpen("index");
        long[][] out = {new long[4]};
        int[] found = {0};
        forEachMatch(kind, MemorySegment.ofArray(key), 0, key.length, 0, (offset, record) -> {
            if (found[0] == out[0].length) {
                out[0] = Arrays.copyOf(out[0], found[0] * 2);
            }
            out[0][found[0]++] = offset;
            return true;
        });
        return Arrays.copyOf(out[0], found[0]);
    }

    /**
     * Whether any record has this key: like {@code offsets(kind, key).length > 0}, but stops at
     * the first verified match (a symbol shared by hundreds of records costs one parse, not hundreds).
     *
     * @param kind which key
     * @param key its value's bytes
     * @return whether a record's key equals {@code key}
     * @throws NullPointerException naming {@code kind} or {@code key} when it is null
     */
    public boolean contains(KeyKind kind, byte[] key) {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(key, "key");
        return contains(kind, MemorySegment.ofArray(key), 0, key.length);
    }

    /**
     * {@link #contains(KeyKind, byte[])} for a key read in place (e.g. from a mapped log).
     *
     * @param kind which key
     * @param key memory holding the key
     * @param from its first byte
     * @param to the byte after its last
     * @return whether a record's key equals {@code key[from, to)}
     */
    public boolean contains(KeyKind kind, MemorySegment key, long from, long to) {
        boolean[] found = new boolean[1];
        containsAll(new KeyKind[] {kind}, key, new long[] {from}, new long[] {to}, 1, found);
        return found[0];
    }

    /** Receives the records whose key matched, each parsed up to the fields asked for. */
    @FunctionalInterface
    public interface Match {
        /**
         * @param offset the record's byte offset in the source
         * @param record the record, valid only during this call; at least the key's field and the
         *     fields asked for are parsed (fewer when the record has fewer)
         * @return whether to go on to the next match
         */
        boolean accept(long offset, CsvRecord record);
    }

    /**
     * Visits the records whose key equals {@code key[from, to)}, in file order, verifying each
     * candidate in place (one partial parse of the record, nothing copied); the lookup path that
     * allocates nothing.
     *
     * @param kind which key
     * @param key memory holding the key
     * @param from its first byte
     * @param to the byte after its last
     * @param fields how many leading fields the visitor needs parsed (0: only up to the key)
     * @param match receives the matches until it returns {@code false}
     * @return the number of matches visited
     */
    public int forEachMatch(KeyKind kind, MemorySegment key, long from, long to, int fields, Match match) {
        index.requireOpen("index");
        int column = columns.column(kind);
        // two passes rather than a Span: this path is shared by threads and allocates nothing
        long start = KeyTrim.start(key, from, to);
        to = KeyTrim.end(key, from, to);
        from = start;
        if (column < 0 || to <= from) {
            return 0;
        }
        try {
            long hash = IndexHash.of(IndexHash.code(key, from, to, kind.ignoresCase()), key, from, to, kind.ignoresCase());
            Bucket b = bucket(kind, hash);
            long first = b.count() == 0 ? 0 : search(b.entries(), b.stride(), b.lo(), b.hi(), hash);
            return visit(kind, column, fields, b.entries(), b.stride(), first, b.count(), hash, key, from, to, 0,
                    (q, offset, record) -> match.accept(offset, record));
        } catch (InternalError e) {
            throw fault(e);
        } catch (IllegalStateException e) {
            throw closedOr(e);
        }
    }

    /** Receives the verified matches of a batch of keys. */
    @FunctionalInterface
    public interface BatchMatch {
        /**
         * @param query the key's position in the batch
         * @param offset the record's byte offset in the source
         * @param record the record, valid only during this call (parsed as in {@link Match})
         * @return whether to go on to this key's next match
         */
        boolean accept(int query, long offset, CsvRecord record);
    }

    /**
     * {@link #forEachMatch(KeyKind, MemorySegment, long, long, int, Match)} for a batch of keys,
     * with the same answers, visited query by query. A lookup of a key no cache holds waits on
     * memory three times (bucket, entries, record); here each stage is done for every key before
     * the next, so the waits of different keys overlap instead of adding up.
     *
     * @param kinds each query's key kind
     * @param keys memory holding the keys
     * @param from each key's first byte
     * @param to the byte after each key's last
     * @param n the number of queries (the arrays may be longer)
     * @param fields how many leading fields the visitor needs parsed (0: only up to the key)
     * @param match receives each query's matches, in query order, then file order
     */
    public void forEachMatch(KeyKind[] kinds, MemorySegment keys, long[] from, long[] to, int n, int fields,
            BatchMatch match) {
        inBatch(kinds, keys, from, to, n, b -> {
            touchRecords(b, n, Need.RECORDS);
            for (int q = 0; q < n; q++) {
                visit(kinds[q], columns.column(kinds[q]), fields, b.entries[q], b.stride[q], b.lo[q], b.count[q], b.hash[q],
                        keys, b.from[q], b.to[q], q, match);
            }
        });
    }

    /**
     * {@link #contains(KeyKind, MemorySegment, long, long)} for a batch of keys. A key with a
     * code ({@link IndexHash}) is answered by the index alone; another is confirmed by parsing a
     * candidate, as {@link #forEachMatch} does.
     *
     * @param kinds each query's key kind
     * @param keys memory holding the keys
     * @param from each key's first byte
     * @param to the byte after each key's last
     * @param n the number of queries (the arrays may be longer)
     * @param found receives, for each query, whether a record has its key
     */
    public void containsAll(KeyKind[] kinds, MemorySegment keys, long[] from, long[] to, int n, boolean[] found) {
        inBatch(kinds, keys, from, to, n, b -> {
            touchRecords(b, n, Need.PRESENCE);
            for (int q = 0; q < n; q++) {
                found[q] = b.coded[q] ? hasCandidate(b, q)
                        : visit(kinds[q], columns.column(kinds[q]), 0, b.entries[q], b.stride[q], b.lo[q], b.count[q],
                                b.hash[q], keys, b.from[q], b.to[q], q, (query, offset, record) -> false) > 0;
            }
        });
    }

    /** Receives, for each query of a batch, the symbol of each record its key matches. */
    @FunctionalInterface
    public interface SymbolMatch {
        /**
         * @param query the key's position in the batch
         * @param offset the record's byte offset in the source
         * @param symbol the record's symbol in normal form ({@link KeyTrim}), empty when it has none
         */
        void accept(int query, long offset, byte[] symbol);
    }

    /**
     * The symbols of the records each key of a batch matches, in query order, then file order: what
     * {@link #forEachMatch} with the symbol's field parsed gives. A CUSIP or ISIN with a code
     * ({@link IndexHash}) whose records' symbols are short ({@link InlineSymbol}) is answered by the
     * index alone, without reading the source.
     *
     * @param kinds each query's key kind
     * @param keys memory holding the keys
     * @param from each key's first byte
     * @param to the byte after each key's last
     * @param n the number of queries (the arrays may be longer)
     * @param match receives the symbols
     * @throws IllegalStateException when the source has no symbol column
     */
    public void symbolsOf(KeyKind[] kinds, MemorySegment keys, long[] from, long[] to, int n, SymbolMatch match) {
        int symbol = columns.column(KeyKind.SYMBOL);
        if (symbol < 0) {
            throw new IllegalStateException(source.path() + " has no symbol column");
        }
        inBatch(kinds, keys, from, to, n, b -> {
            touchRecords(b, n, Need.SYMBOLS);
            for (int q = 0; q < n; q++) {
                symbolsOf(b, q, kinds[q], keys, symbol, match);
            }
        });
    }

    /** The last stage of a batch look-up, after each key's first candidate is found. */
    private interface Stage {
        void run(Batch b);
    }

    /**
     * Finds each key's bucket, then its first candidate, then runs the last stage: each stage is
     * done for every key before the next, so the memory waits of different keys overlap. One
     * method per stage, each one loop: the JIT compiles each once, not once per loop by on-stack
     * replacement.
     */
    private void inBatch(KeyKind[] kinds, MemorySegment keys, long[] from, long[] to, int n, Stage last) {
        index.requireOpen("index");
        Batch shared = batches.get();
        // a batch looked up from inside a visitor of another has scratch of its own
        Batch b = (shared.inUse ? new Batch() : shared).ensure(n);
        b.inUse = true;
        try {
            findBuckets(b, kinds, keys, from, to, n);
            searchBuckets(b, n);
            last.run(b);
        } catch (InternalError e) {
            throw fault(e);
        } catch (IllegalStateException e) {
            throw closedOr(e);
        } finally {
            b.inUse = false;
        }
    }

    /**
     * A fault reading a mapping: the JVM raises {@link InternalError} when a mapped file was
     * truncated underneath. Named as the change of the file that changed (the source, or the index
     * itself), never passed on as an {@code Error} a caller's {@code catch (Exception)} misses.
     */
    private RuntimeException fault(InternalError e) {
        for (MappedFile file : List.of(source, index)) {
            try {
                file.checkUnchanged();
            } catch (SourceChangedException changed) {
                return file.changed(e);
            }
        }
        throw e; // neither file changed: not ours to explain
    }

    /**
     * The index closed during a lookup (by another thread, or by a visitor): named as a use after
     * close, not as the released mapping's "Already closed", which names nothing.
     */
    private IllegalStateException closedOr(IllegalStateException e) {
        index.requireOpen("index");
        return e; // open: someone else's state error (a visitor's), passed on as it is
    }

    private void findBuckets(Batch b, KeyKind[] kinds, MemorySegment keys, long[] from, long[] to, int n) {
        for (int q = 0; q < n; q++) {
            KeyTrim.Span k = b.span.of(keys, from[q], to[q]);
            long start = k.start();
            long end = k.end();
            boolean upperCase = kinds[q].ignoresCase();
            long code = IndexHash.code(keys, start, end, upperCase);
            b.from[q] = start;
            b.to[q] = end;
            b.coded[q] = code >= 0;
            b.hash[q] = IndexHash.of(code, keys, start, end, upperCase);
            b.count[q] = 0;
            if (columns.column(kinds[q]) >= 0 && end > start) {
                Bucket bucket = bucket(kinds[q], b.hash[q]);
                b.count[q] = bucket.count();
                b.entries[q] = bucket.entries();
                b.stride[q] = bucket.stride();
                b.lo[q] = bucket.lo();
                b.hi[q] = bucket.hi();
            }
        }
    }

    private void searchBuckets(Batch b, int n) {
        for (int q = 0; q < n; q++) {
            if (b.count[q] > 0) {
                b.lo[q] = search(b.entries[q], b.stride[q], b.lo[q], b.hi[q], b.hash[q]);
            }
        }
    }

    /** What a batch look-up reads of its candidates. */
    private enum Need {
        /** Every candidate's record. */
        RECORDS,
        /** Whether a record has the key: a coded key's candidate is enough. */
        PRESENCE,
        /** The records' symbols: a coded key's candidate keeps it, unless it is long. */
        SYMBOLS
    }

    /** Reads the first byte of each first candidate's record that the last stage will parse, so the waits overlap. */
    private void touchRecords(Batch b, int n, Need need) {
        long touched = 0;
        for (int q = 0; q < n; q++) {
            if (hasCandidate(b, q) && (need == Need.RECORDS || !b.coded[q]
                    || need == Need.SYMBOLS && inlineSymbol(b.entries[q], b.stride[q], b.lo[q]) == InlineSymbol.IN_SOURCE)) {
                touched += sourceSegment.get(ValueLayout.JAVA_BYTE, seg.get(LONG, b.entries[q] + b.stride[q] * b.lo[q] + 8));
            }
        }
        b.touched = touched;
    }

    /** @return whether the query's first candidate has its hash */
    private boolean hasCandidate(Batch b, int q) {
        return b.lo[q] < b.count[q] && seg.get(LONG, b.entries[q] + b.stride[q] * b.lo[q]) == b.hash[q];
    }

    /** @return the entry's {@link InlineSymbol}, {@link InlineSymbol#IN_SOURCE} when its section keeps none */
    private long inlineSymbol(long entries, long stride, long i) {
        return stride == IndexLayout.ENTRY_WITH_SYMBOL ? seg.get(LONG, entries + stride * i + 16) : InlineSymbol.IN_SOURCE;
    }

    /** Hands over the symbol of each record whose key is query {@code q}'s: kept inline, or parsed. */
    private void symbolsOf(Batch b, int q, KeyKind kind, MemorySegment keys, int symbol, SymbolMatch match) {
        int column = columns.column(kind);
        long entries = b.entries[q];
        long stride = b.stride[q];
        RecordAt parser = parser();
        parser.lent = true;
        try {
            for (long i = b.lo[q]; i < b.count[q] && seg.get(LONG, entries + stride * i) == b.hash[q]; i++) {
                long offset = seg.get(LONG, entries + stride * i + 8);
                long inline = inlineSymbol(entries, stride, i);
                if (b.coded[q] && inline != InlineSymbol.IN_SOURCE) {
                    match.accept(q, offset, InlineSymbol.bytes(inline));
                    continue;
                }
                CsvRecord r = parser.at(offset, Math.max(column, symbol) + 1);
                if (r != null && column < r.size() && r.keyEquals(column, keys, b.from[q], b.to[q], kind.ignoresCase())) {
                    match.accept(q, offset, symbol < r.size() ? r.keyBytes(symbol) : new byte[0]);
                }
            }
        } finally {
            parser.lent = false;
        }
    }

    /**
     * Parses each candidate from {@code first} on while its hash is the key's, and hands the ones
     * whose key really equals it to {@code match}.
     *
     * @return the number of matches visited
     */
    private int visit(KeyKind kind, int column, int fields, long entries, long stride, long first, long count, long hash,
            MemorySegment key, long from, long to, int query, BatchMatch match) {
        RecordAt parser = parser();
        parser.lent = true;
        int parsed = Math.max(column + 1, fields);
        int visited = 0;
        try {
            for (long i = first; i < count && seg.get(LONG, entries + stride * i) == hash; i++) {
                long offset = seg.get(LONG, entries + stride * i + 8);
                CsvRecord r = parser.at(offset, parsed);
                if (r != null && column < r.size() && r.keyEquals(column, key, from, to, kind.ignoresCase())) {
                    visited++;
                    if (!match.accept(query, offset, r)) {
                        break;
                    }
                }
            }
        } finally {
            parser.lent = false;
        }
        return visited;
    }

    /**
     * @return this thread's parser, or a new one while a visitor holds the record it gave (a
     *     lookup from inside a visitor would otherwise parse into that visitor's record)
     */
    private RecordAt parser() {
        RecordAt shared = records.get();
        return shared.lent ? new RecordAt(format, source.path().toString(), sourceSegment) : shared;
    }

    /** Per-thread scratch of a batch lookup, one slot per query. */
    private static final class Batch {
        /** Whether a lookup is using this scratch (its visitor may look up again, on the same thread). */
        boolean inUse;
        /** Reused to find each key's ends: a batch is one thread's. */
        final KeyTrim.Span span = new KeyTrim.Span();
        /** Each key in its normal form ({@link KeyTrim}). */
        long[] from = new long[0];
        /** Whether the key has a code ({@link IndexHash}): a candidate of equal hash has its key. */
        boolean[] coded = new boolean[0];
        /** The section's entry size. */
        long[] stride = new long[0];
        long[] to = new long[0];
        long[] hash = new long[0];
        /** The section's entry count (0: nothing to look up). */
        long[] count = new long[0];
        /** Byte position of the section's entries. */
        long[] entries = new long[0];
        /** The bucket's first entry; after the search, the first candidate. */
        long[] lo = new long[0];
        /** The bucket's end. */
        long[] hi = new long[0];
        /** Keeps the record-touching loads from being optimised away. */
        long touched;

        Batch ensure(int n) {
            if (hash.length < n) {
                from = new long[n];
                coded = new boolean[n];
                stride = new long[n];
                to = new long[n];
                hash = new long[n];
                count = new long[n];
                entries = new long[n];
                lo = new long[n];
                hi = new long[n];
            }
            return this;
        }
    }

    /**
     * A key's bucket in its section.
     *
     * @param count the section's number of entries
     * @param entries byte position of its first entry
     * @param stride the section's entry size
     * @param lo the bucket's first entry
     * @param hi the bucket's end
     */
    private record Bucket(long count, long entries, long stride, long lo, long hi) {
    }

    private Bucket bucket(KeyKind kind, long hash) {
        int at = IndexLayout.SECTIONS + IndexLayout.SECTION_SIZE * kind.ordinal();
        long n = seg.get(LONG, at);
        if (n == 0) {
            return new Bucket(0, 0, IndexLayout.ENTRY, 0, 0);
        }
        int bits = seg.get(INT, at + 8);
        long slot = seg.get(LONG, at + 16) + 8L * IndexLayout.bucket(hash, bits);
        blocks.check(slot, slot + 16);
        long entries = seg.get(LONG, at + 24);
        int stride = seg.get(INT, at + 12);
        long lo = seg.get(LONG, slot);
        long hi = seg.get(LONG, slot + 8);
        // and the entry after the bucket, which a scan of equal hashes reads to stop
        blocks.check(entries + stride * lo, entries + stride * Math.min(hi + 1, n));
        return new Bucket(n, entries, stride, lo, hi);
    }

    /** @return the first entry of {@code [lo, hi)} whose hash is not below {@code hash} */
    private long search(long entries, long stride, long lo, long hi, long hash) {
        while (lo < hi) {
            long mid = (lo + hi) >>> 1;
            if (Long.compareUnsigned(seg.get(LONG, entries + stride * mid), hash) < 0) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        return lo;
    }

    /**
     * Parses the record at an offset returned by {@link #offsets}. Another offset is refused when
     * it is outside the data or not right after a line feed; one right after a line feed inside a
     * quoted field cannot be told from a record start without a look-up, so only offsets from
     * {@link #offsets} are sure to give whole records.
     *
     * @param offset a record start
     * @return its field values
     * @throws IndexException when no record starts there
     * @throws CsvParseException when the record is too long for the heap to hold as text
     * @throws SourceChangedException when the source was truncated since it was mapped
     */
    public List<String> record(long offset) {
        index.requireOpen("index");
        try {
            CsvRecord r = afterLineFeed(offset) ? parser().at(offset) : null;
            if (r == null) {
                throw new IndexException(path, "no record starts at byte " + offset + " of " + source.path()
                        + " (record offsets come from offsets())", false);
            }
            requireHeapFor(r);
            return r.values();
        } catch (InternalError e) {
            throw fault(e);
        } catch (IllegalStateException e) {
            throw closedOr(e);
        }
    }

    /**
     * A record read as text is copied, unquoted and decoded: about three times its bytes on the
     * heap at once. One the heap cannot hold (a field of many megabytes, a small {@code -Xmx}) is
     * refused naming it, rather than met by an OutOfMemoryError.
     */
    private void requireHeapFor(CsvRecord r) {
        Runtime heap = Runtime.getRuntime();
        long free = heap.maxMemory() - (heap.totalMemory() - heap.freeMemory());
        long bytes = r.endOffset() - r.offset();
        if (bytes > free / TEXT_COPIES) {
            requireHeapFor(source.path().toString(), lineOf(r.offset()), r.offset(), bytes, free, heap.maxMemory());
        }
    }

    /** @return the 1-based line of an offset: its line feeds counted, once, on the way to an error */
    private long lineOf(long offset) {
        long lines = 1;
        for (long from = 0; from < offset; from += 1L << 30) {
            long to = Math.min(offset, from + (1L << 30));
            lines += ByteCounter.count(sourceSegment, from, to, (byte) '\n', (byte) '\n') & 0xFFFF_FFFFL;
        }
        return lines;
    }

    /**
     * @param source the source's name
     * @param line the record's 1-based line
     * @param offset the record's offset
     * @param bytes its length
     * @param free the heap's free bytes, counting what it may still grow by
     * @param max the heap's maximum
     * @throws CsvParseException when the record is too long for that heap to read as text
     */
    static void requireHeapFor(String source, long line, long offset, long bytes, long free, long max) {
        if (bytes > free / TEXT_COPIES) {
            throw new CsvParseException(source, line, offset, String.format(Locale.ROOT,
                    "a record of %,d bytes: read as text it takes about %d times that on the heap, and this "
                            + "JVM's heap has about %,d MiB free (at most %,d MiB); raise the maximum heap",
                    bytes, TEXT_COPIES, free >> 20, max >> 20));
        }
    }

    /** @return whether the offset is the data's start, or in the data right after a line feed */
    private boolean afterLineFeed(long offset) {
        long dataStart = seg.get(LONG, IndexLayout.DATA_START);
        return offset == dataStart || offset > dataStart && offset < sourceSegment.byteSize()
                && sourceSegment.get(ValueLayout.JAVA_BYTE, offset - 1) == '\n';
    }

    /**
     * Fails when the source changed since it was mapped: after a fault in reads of several
     * mappings, this tells whether the source was the one truncated underneath; at the end of a
     * run that read it, whether it was edited in place meanwhile (same size, so no fault).
     *
     * @throws SourceChangedException naming the source, when it changed
     */
    public void checkSourceUnchanged() {
        source.checkUnchanged();
    }

    /**
     * Unmaps the index and its source: a look-up, record or count after this is an {@link
     * IllegalStateException} naming the index; what was read when it was opened ({@link #header()},
     * {@link #columns()}, {@link #format()}, {@link #sourcePath()}) stays available.
     */
    @Override
    public void close() {
        index.close();
        source.close();
    }
}
