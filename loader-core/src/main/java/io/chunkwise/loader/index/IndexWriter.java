package io.chunkwise.loader.index;

import io.chunkwise.loader.csv.CsvFormat;
import io.chunkwise.loader.csv.CsvRecord;
import io.chunkwise.loader.csv.KeyHash;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.foreign.MemorySegment;
import java.lang.foreign.ValueLayout;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Supplier;
import java.util.zip.CRC32C;

/**
 * Writes a complete index file to a channel. Every section's size follows from its entry count,
 * so the layout is fixed first; then each kind's entries are merged from its sorted runs and
 * written into its own region, the kinds in parallel, summing the body's blocks as they pass
 * ({@link BodyChecks}); then the blocks' checksums follow the body, and the header is written
 * last. What is written goes on to the disk meanwhile ({@link BackgroundForce}); close the writer
 * to stop that.
 */
final class IndexWriter implements AutoCloseable {
    private static final KeyKind[] KINDS = KeyKind.values();
    private static final ValueLayout.OfLong LONG = ValueLayout.JAVA_LONG_UNALIGNED.withOrder(IndexLayout.ORDER);
    /** Bytes a section writer buffers before a write (direct memory: a quarter MiB per kind). */
    private static final int BLOCK = 1 << 18;
    private final FileChannel out;
    private final WriteHook hook;
    /** The header's names part ({@link BuildRecord}): the body starts after it. */
    private final byte[] names;
    private final int headerSize;
    private final BuildProgress progress;
    private final BackgroundForce force;
    /** The body's block checksums, once {@link #writeKinds} has laid the body out. */
    private BodyChecks checks;

    /**
     * @param out the index file, open for reading and writing
     * @param hook called before each block is written
     * @param named the key columns the build was given by name, recorded in the header
     * @param sourceName the source's file name, recorded in the header: its own stale index is told from another file's
     * @param progress told of the entries written
     */
    IndexWriter(FileChannel out, WriteHook hook, Map<KeyKind, String> named, String sourceName, BuildProgress progress) {
        this.out = out;
        this.hook = hook;
        this.progress = progress;
        this.names = BuildRecord.encode(named, sourceName);
        this.headerSize = IndexLayout.HEADER_SIZE + names.length;
        this.force = new BackgroundForce(out);
    }

    /** Section of one kind, as written; {@code firstDuplicate} is null when it has none. */
    record Section(long entries, int bits, int entrySize, long dirOffset, long entriesOffset, long duplicates,
            DuplicateId firstDuplicate) {
    }

    /**
     * @param counts entries of each kind
     * @param entrySizes each kind's entry size ({@link IndexLayout#ENTRY} or {@link IndexLayout#ENTRY_WITH_SYMBOL})
     * @param bodyStart where the body starts (the header's size)
     * @return where each kind's entries and directory go: kinds in order, each its entries then its directory
     */
    static Section[] layout(long[] counts, int[] entrySizes, long bodyStart) {
        Section[] sections = new Section[counts.length];
        long at = bodyStart;
        for (int k = 0; k < counts.length; k++) {
            int bits = IndexLayout.directoryBits(counts[k]);
            long dir = at + (long) entrySizes[k] * counts[k];
            sections[k] = new Section(counts[k], bits, entrySizes[k], dir, at, 0, null);
            at = directoryEnd(sections[k]);
        }
        return sections;
    }

    /** @return where a section's directory ends: the section's last byte, and the next one's start */
    private static long directoryEnd(Section s) {
        return s.dirOffset() + 8 * ((1L << s.bits()) + 1);
    }

    /** @return each kind's entry size: CUSIP and ISIN entries keep the symbol when the file has one */
    static int[] entrySizes(KeyColumns columns) {
        int[] sizes = new int[KINDS.length];
        for (KeyKind k : KINDS) {
            sizes[k.ordinal()] = k != KeyKind.SYMBOL && columns.symbol() >= 0 ? IndexLayout.ENTRY_WITH_SYMBOL : IndexLayout.ENTRY;
        }
        return sizes;
    }

    /**
     * Merges every kind's runs into its region, one thread per kind.
     *
     * @param builder the builder holding the runs
     * @param columns the key columns
     * @param records makes a record parser for each thread (to tell duplicates of long keys from hash collisions)
     * @return the sections written, with their duplicate counts
     */
    Section[] writeKinds(IndexBuilder builder, KeyColumns columns, Supplier<RecordAt> records) throws IOException {
        long[] counts = new long[KINDS.length];
        for (KeyKind k : KINDS) {
            counts[k.ordinal()] = builder.spiller(k).total();
            builder.spiller(k).finishAdding();
        }
        Section[] layout = layout(counts, entrySizes(columns), headerSize);
        checks = new BodyChecks(headerSize, directoryEnd(layout[layout.length - 1]));
        progress.entries(Arrays.stream(counts).sum());
        // each kind sorts groups in a quarter of the budget shared by the kinds: group, scratch and,
        // for a range too large for a group, an external sort's buffer
        int groupCapacity = (int) Math.max(1024,
                builder.memoryBudget() / 4 / KINDS.length / 3 / RunSpiller.ENTRY_BYTES);
        int threads = KINDS.length;
        List<Future<Section>> written = new ArrayList<>();
        try (ExecutorService pool = Executors.newFixedThreadPool(threads, IndexWriter::thread)) {
            for (KeyKind k : KINDS) {
                Section s = layout[k.ordinal()];
                int column = columns.column(k);
                written.add(pool.submit(
                        () -> new SectionWriter(s, k, column, records.get()).write(builder.spiller(k), groupCapacity)));
            }
            Section[] sections = new Section[KINDS.length];
            for (KeyKind k : KINDS) {
                sections[k.ordinal()] = get(written.get(k.ordinal()));
            }
            return sections;
        }
    }

    private static Thread thread(Runnable r) {
        Thread t = new Thread(r, "chunkwise-index-writer");
        t.setDaemon(true);
        return t;
    }

    private static Section get(Future<Section> f) throws IOException {
        try {
            return f.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("interrupted while writing the index", e);
        } catch (ExecutionException e) {
            Throwable cause = e.getCause();
            if (cause instanceof UncheckedIOException u) {
                throw u.getCause();
            }
            if (cause instanceof RuntimeException re) {
                throw re;
            }
            if (cause instanceof Error err) {
                throw err;
            }
            throw new IOException(cause.getMessage(), cause);
        }
    }

    /**
     * Writes one kind's entries, in index order from its spiller, and its directory, at the
     * section's offsets. Entries come in hash order, so the directory (the first entry of each
     * bucket) is written as they pass: no table of buckets in memory.
     */
    private final class SectionWriter {
        private final Section section;
        private final BlockWriter entries;
        private final BlockWriter directory;
        /** The distinct packed keys in the current run of equal hashes. */
        private long[] runK1 = new long[4];
        private long[] runK2 = new long[4];
        /** Where each of those keys was first seen: entries of equal hashes come in file order. */
        private long[] runFirst = new long[4];
        private int runPacked;
        /** Where the run's key was first seen, when it has a code (one key per hash): -1 before. */
        private long runCodedFirst;
        /** The distinct long keys (read from the source) in that run, and where each was first seen. */
        private final List<byte[]> runLong = new ArrayList<>();
        private final List<Long> runLongFirst = new ArrayList<>();
        private long nextBucket;
        private long written;
        private long runHash;
        private long duplicates;
        /** The duplicate with the least offset so far, and the offset of the record it repeats; -1: none. */
        private long firstDuplicate = -1;
        private long firstDuplicateOf = -1;
        private final KeyKind kind;
        private final int column;
        private final boolean ignoreCase;
        private final RecordAt records;

        /**
         * @param kind the key's kind
         * @param column the key's column
         * @param records a record parser, to tell duplicates of long keys from hash collisions
         */
        SectionWriter(Section section, KeyKind kind, int column, RecordAt records) {
            this.section = section;
            this.kind = kind;
            this.column = column;
            this.ignoreCase = kind.ignoresCase();
            this.records = records;
            this.entries = new BlockWriter(section.entriesOffset(), BLOCK,
                    checks.region(section.entriesOffset(), section.dirOffset()));
            this.directory = new BlockWriter(section.dirOffset(), BLOCK / 16,
                    checks.region(section.dirOffset(), directoryEnd(section)));
        }

        Section write(RangeSpiller spiller, int groupCapacity) {
            try {
                spiller.forEachSorted(this::addAll, groupCapacity);
                finish();
                DuplicateId first = firstDuplicate < 0 ? null : new DuplicateId(kind,
                        new String(key(records, firstDuplicate, column, ignoreCase), StandardCharsets.UTF_8), firstDuplicate,
                        firstDuplicateOf);
                return new Section(section.entries(), section.bits(), section.entrySize(), section.dirOffset(),
                        section.entriesOffset(), duplicates, first);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }

        private void addAll(Entries sorted) {
            long[] r = sorted.rows;
            for (int i = 0, p = 0; i < sorted.size; i++, p += Entries.ROW) {
                add(r[p], r[p + 1], r[p + 2], r[p + 3]);
            }
        }

        /** Writes the next entry in index order, with the directory entries of the buckets it passes. */
        private void add(long h, long offset, long k1, long k2) {
            try {
                for (int b = IndexLayout.bucket(h, section.bits()); nextBucket <= b; nextBucket++) {
                    directory.putLong(written);
                }
                entries.putLong(h);
                entries.putLong(offset);
                if (section.entrySize() == IndexLayout.ENTRY_WITH_SYMBOL) {
                    entries.putLong(KeyPacker.isCoded(k2) ? k1 : InlineSymbol.IN_SOURCE);
                }
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            if (written == 0 || h != runHash) {
                runHash = h;
                runCodedFirst = -1;
                runPacked = 0;
                runLong.clear();
                runLongFirst.clear();
            }
            long original = seenAt(offset, k1, k2);
            if (original >= 0) {
                duplicates++;
                if (firstDuplicate < 0 || offset < firstDuplicate) {
                    firstDuplicate = offset; // the key is read once, at the end
                    firstDuplicateOf = original;
                }
            }
            written++;
            if (written % BuildProgress.REPORT_EVERY == 0) {
                progress.written(BuildProgress.REPORT_EVERY);
            }
        }

        private void finish() throws IOException {
            if (written != section.entries()) {
                throw new IllegalStateException("merged " + written + " entries, expected " + section.entries());
            }
            for (long buckets = 1L << section.bits(); nextBucket <= buckets; nextBucket++) {
                directory.putLong(written);
            }
            entries.flush();
            directory.flush();
            progress.written(written % BuildProgress.REPORT_EVERY);
        }

        /**
         * @return the offset of the record where the entry's key was first seen in this run of equal
         *     hashes, or -1 when it was not (and then remembers it, at {@code offset})
         */
        private long seenAt(long offset, long k1, long k2) {
            if (KeyPacker.isCoded(k2)) {
                // a coded key's hash is its own: every entry of the run has this key
                if (runCodedFirst < 0) {
                    runCodedFirst = offset;
                    return -1;
                }
                return runCodedFirst;
            }
            if (KeyPacker.isLong(k2)) {
                byte[] k = key(records, offset, column, ignoreCase);
                for (int i = 0; i < runLong.size(); i++) {
                    if (Arrays.equals(runLong.get(i), k)) {
                        return runLongFirst.get(i);
                    }
                }
                runLong.add(k);
                runLongFirst.add(offset);
                return -1;
            }
            for (int i = 0; i < runPacked; i++) {
                if (runK1[i] == k1 && runK2[i] == k2) {
                    return runFirst[i];
                }
            }
            if (runPacked == runK1.length) {
                runK1 = Arrays.copyOf(runK1, runPacked * 2);
                runK2 = Arrays.copyOf(runK2, runPacked * 2);
                runFirst = Arrays.copyOf(runFirst, runPacked * 2);
            }
            runK1[runPacked] = k1;
            runK2[runPacked] = k2;
            runFirst[runPacked] = offset;
            runPacked++;
            return -1;
        }

    }

    /**
     * Buffered positional writes into one region of the index: longs gather in an array (a plain
     * store each, where a byte buffer's put checked its room every time) and go to the direct
     * buffer in one copy per block, summed there for the body's checksums.
     */
    private final class BlockWriter {
        private final long[] longs;
        private final ByteBuffer buf;
        private final MemorySegment bufSegment;
        private final BodyChecks.Region region;
        private int count;
        private long position;

        BlockWriter(long position, int size, BodyChecks.Region region) {
            this.position = position;
            this.region = region;
            this.longs = new long[size / Long.BYTES];
            this.buf = ByteBuffer.allocateDirect(size);
            this.bufSegment = MemorySegment.ofBuffer(buf);
        }

        void putLong(long v) throws IOException {
            if (count == longs.length) {
                flush();
            }
            longs[count++] = v;
        }

        void flush() throws IOException {
            if (count == 0) {
                return;
            }
            MemorySegment.copy(longs, 0, bufSegment, LONG, 0, count);
            buf.clear().limit(count * Long.BYTES);
            region.wrote(buf, position);
            hook.beforeWrite(position);
            while (buf.hasRemaining()) {
                position += out.write(buf, position);
            }
            force.wrote(buf.limit());
            count = 0;
        }
    }

    private static byte[] key(RecordAt records, long offset, int column, boolean ignoreCase) {
        CsvRecord r = records.at(offset, column + 1);
        if (r == null || column >= r.size()) {
            throw new IllegalStateException("index entry points at no record: offset " + offset);
        }
        byte[] key = r.keyBytes(column);
        if (ignoreCase) {
            for (int i = 0; i < key.length; i++) {
                key[i] = KeyHash.upperCase(key[i]);
            }
        }
        return key;
    }

    /**
     * Appends the body's blocks' checksums (reading back the few that straddle two regions), writes
     * the header and forces everything to the device.
     */
    void finish(SourceFingerprint fp, CsvFormat format, boolean delimiterDeclared, KeyColumns columns, long headerOffset,
            long dataStart, long records, long rejected, long invalidCusips, long invalidIsins, int fieldCount,
            Section[] sections) throws IOException {
        ByteBuffer h = ByteBuffer.allocate(headerSize).order(IndexLayout.ORDER);
        h.putLong(0, IndexLayout.MAGIC);
        h.putInt(8, IndexLayout.VERSION);
        h.putInt(IndexLayout.HEADER_SIZE_AT, headerSize);
        h.put(IndexLayout.HEADER_SIZE, names);
        h.putLong(IndexLayout.SOURCE_SIZE, fp.size());
        h.putLong(IndexLayout.SOURCE_MTIME, fp.modifiedMillis());
        h.putLong(IndexLayout.SOURCE_SAMPLE, fp.sample());
        h.putLong(IndexLayout.SOURCE_CTIME, fp.changedNanos());
        h.put(IndexLayout.DELIMITER, format.delimiter());
        h.put(IndexLayout.QUOTE, format.quote());
        h.put(IndexLayout.FLAGS, delimiterDeclared ? IndexLayout.DELIMITER_DECLARED : 0);
        h.putInt(IndexLayout.COLUMNS, columns.cusip());
        h.putInt(IndexLayout.COLUMNS + 4, columns.isin());
        h.putInt(IndexLayout.COLUMNS + 8, columns.symbol());
        h.putLong(IndexLayout.HEADER_OFFSET, headerOffset);
        h.putLong(IndexLayout.DATA_START, dataStart);
        h.putLong(IndexLayout.RECORDS, records);
        h.putLong(IndexLayout.REJECTED, rejected);
        h.putLong(IndexLayout.INVALID_CUSIP, invalidCusips);
        h.putLong(IndexLayout.INVALID_ISIN, invalidIsins);
        for (KeyKind k : KINDS) {
            Section s = sections[k.ordinal()];
            h.putLong(IndexLayout.DUPLICATES + 8 * k.ordinal(), s.duplicates());
            int at = IndexLayout.SECTIONS + IndexLayout.SECTION_SIZE * k.ordinal();
            h.putLong(at, s.entries());
            h.putInt(at + 8, s.bits());
            h.putInt(at + 12, s.entrySize());
            h.putLong(at + 16, s.dirOffset());
            h.putLong(at + 24, s.entriesOffset());
        }
        long end = directoryEnd(sections[sections.length - 1]);
        if (checks == null || checks.end() != end) {
            throw new IllegalStateException("the index body ends at " + end + ", laid out to end at "
                    + (checks == null ? "none" : checks.end()));
        }
        h.putInt(IndexLayout.FIELD_COUNT, fieldCount);
        h.putInt(IndexLayout.BODY_BLOCKS, Math.toIntExact(IndexLayout.checkBlocks(end, headerSize)));
        h.putLong(IndexLayout.BODY_CRC, checksumBody(end));
        h.putLong(IndexLayout.HEADER_CRC, IndexLayout.headerCrc(MemorySegment.ofArray(h.array()), headerSize));
        hook.beforeWrite(out.size());
        h.rewind();
        while (h.hasRemaining()) {
            out.write(h, h.position());
        }
        force.finish();
        out.force(true);
    }

    /**
     * Appends each block's checksum after the body and returns the checksum of those checksums:
     * together they check every byte of the body.
     */
    private long checksumBody(long end) throws IOException {
        if (out.size() != end) {
            throw new IllegalStateException("index body is " + out.size() + " bytes, its sections end at " + end);
        }
        checks.readBackStraddling(out);
        CRC32C body = new CRC32C();
        ByteBuffer table = ByteBuffer.allocateDirect(BLOCK).order(IndexLayout.ORDER);
        long tableAt = end;
        for (int b = 0; b < checks.blocks(); b++) {
            if (!table.hasRemaining()) {
                tableAt = writeTable(table, tableAt, body);
            }
            table.putInt(checks.crc(b));
        }
        writeTable(table, tableAt, body);
        return body.getValue();
    }

    /** Writes the checksums gathered in {@code table} at {@code at}, adding them to the body's checksum. */
    private long writeTable(ByteBuffer table, long at, CRC32C body) throws IOException {
        table.flip();
        body.update(table.duplicate());
        hook.beforeWrite(at);
        while (table.hasRemaining()) {
            at += out.write(table, at);
        }
        force.wrote(table.limit());
        table.clear();
        return at;
    }

    /** Stops forcing in the background; the index is on the disk only after {@link #finish}. */
    @Override
    public void close() {
        force.close();
    }
}
