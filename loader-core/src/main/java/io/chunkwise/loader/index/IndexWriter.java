package io.chunkwise.loader.index;

import io.chunkwise.loader.csv.CsvFormat;
import io.chunkwise.loader.csv.CsvRecord;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.PriorityQueue;
import java.util.zip.CRC32C;

/**
 * Writes a complete index file to a channel: the body streamed in order (entries merged from the
 * sorted runs, each kind's directory after its entries) with a running CRC32C, then the header.
 */
final class IndexWriter {
    private static final KeyKind[] KINDS = KeyKind.values();
    private final FileChannel out;
    private final WriteHook hook;
    private final ByteBuffer buf = ByteBuffer.allocateDirect(1 << 20).order(IndexLayout.ORDER);
    private final CRC32C bodyCrc = new CRC32C();
    private long position = IndexLayout.HEADER_SIZE;

    IndexWriter(FileChannel out, WriteHook hook) {
        this.out = out;
        this.hook = hook;
    }

    /** Section of one kind, as written. */
    record Section(long entries, int bits, long dirOffset, long entriesOffset, long duplicates) {
    }

    /**
     * Merges a kind's runs into the body.
     *
     * @param builder the builder holding the runs
     * @param kind the key kind
     * @param column its column (-1: none)
     * @param records parses records of the source, to tell true duplicates from hash collisions
     */
    Section writeKind(IndexBuilder builder, KeyKind kind, int column, RecordAt records) throws IOException {
        RunSpiller spiller = builder.spiller(kind);
        long n = spiller.total();
        int bits = IndexLayout.directoryBits(n);
        long[] directory = new long[(1 << bits) + 1];
        long entriesOffset = logical();
        long duplicates = 0;
        List<RunSpiller.Cursor> cursors = spiller.cursors(builder.memoryBudget() / 4);
        PriorityQueue<RunSpiller.Cursor> heap = new PriorityQueue<>(Math.max(1, cursors.size()),
                (a, b) -> EntrySort.compare(a.hash, a.offset, b.hash, b.offset));
        try {
            for (RunSpiller.Cursor c : cursors) {
                if (c.advance()) {
                    heap.add(c);
                }
            }
            long index = 0;
            long runHash = 0;
            // distinct keys seen in the current run of equal hashes: packed pairs, or source bytes for long keys
            List<long[]> runPacked = new ArrayList<>();
            List<byte[]> runLong = new ArrayList<>();
            while (!heap.isEmpty()) {
                RunSpiller.Cursor c = heap.poll();
                long h = c.hash;
                long off = c.offset;
                directory[IndexLayout.bucket(h, bits) + 1]++;
                putLong(h);
                putLong(off);
                if (index > 0 && h == runHash) {
                    if (seenBefore(c, records, column, runPacked, runLong)) {
                        duplicates++;
                    }
                } else {
                    runHash = h;
                    runPacked.clear();
                    runLong.clear();
                    seenBefore(c, records, column, runPacked, runLong);
                }
                index++;
                if (c.advance()) {
                    heap.add(c);
                }
            }
        } finally {
            for (RunSpiller.Cursor c : cursors) {
                c.close();
            }
        }
        for (int b = 1; b < directory.length; b++) {
            directory[b] += directory[b - 1];
        }
        long dirOffset = logical();
        for (long d : directory) {
            putLong(d);
        }
        return new Section(n, bits, dirOffset, entriesOffset, duplicates);
    }

    /** @return whether the cursor's key equals one already seen in this run of equal hashes (and remembers it) */
    private static boolean seenBefore(RunSpiller.Cursor c, RecordAt records, int column, List<long[]> packed,
            List<byte[]> longKeys) {
        if (KeyPacker.isLong(c.k2)) {
            byte[] k = key(records, c.offset, column);
            for (byte[] x : longKeys) {
                if (Arrays.equals(x, k)) {
                    return true;
                }
            }
            longKeys.add(k);
            return false;
        }
        for (long[] x : packed) {
            if (x[0] == c.k1 && x[1] == c.k2) {
                return true;
            }
        }
        packed.add(new long[] {c.k1, c.k2});
        return false;
    }

    private static byte[] key(RecordAt records, long offset, int column) {
        CsvRecord r = records.at(offset, column + 1);
        if (r == null || column >= r.size()) {
            throw new IllegalStateException("index entry points at no record: offset " + offset);
        }
        return r.bytes(column);
    }

    /** Writes the header (with both checksums) and forces everything to the device. */
    void finish(SourceFingerprint fp, CsvFormat format, KeyColumns columns, long headerOffset, long dataStart,
            long records, long rejected, long invalidCusips, long invalidIsins, int fieldCount,
            Section[] sections) throws IOException {
        flush();
        ByteBuffer h = ByteBuffer.allocate(IndexLayout.HEADER_SIZE).order(IndexLayout.ORDER);
        h.putLong(0, IndexLayout.MAGIC);
        h.putInt(8, IndexLayout.VERSION);
        h.putInt(12, IndexLayout.HEADER_SIZE);
        h.putLong(IndexLayout.SOURCE_SIZE, fp.size());
        h.putLong(IndexLayout.SOURCE_MTIME, fp.modifiedMillis());
        h.putLong(IndexLayout.SOURCE_SAMPLE, fp.sample());
        h.put(IndexLayout.DELIMITER, format.delimiter());
        h.put(IndexLayout.QUOTE, format.quote());
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
            h.putLong(at + 16, s.dirOffset());
            h.putLong(at + 24, s.entriesOffset());
        }
        h.putInt(IndexLayout.FIELD_COUNT, fieldCount);
        h.putLong(IndexLayout.BODY_CRC, bodyCrc.getValue());
        CRC32C headerCrc = new CRC32C();
        headerCrc.update(h.array(), 0, IndexLayout.HEADER_CRC);
        h.putLong(IndexLayout.HEADER_CRC, headerCrc.getValue());
        hook.beforeWrite(position);
        h.rewind();
        while (h.hasRemaining()) {
            out.write(h, h.position());
        }
        out.force(true);
    }

    private long logical() {
        return position + buf.position();
    }

    private void putLong(long v) throws IOException {
        if (buf.remaining() < 8) {
            flush();
        }
        buf.putLong(v);
    }

    private void flush() throws IOException {
        buf.flip();
        if (!buf.hasRemaining()) {
            buf.clear();
            return;
        }
        hook.beforeWrite(position);
        bodyCrc.update(buf.duplicate());
        while (buf.hasRemaining()) {
            position += out.write(buf, position);
        }
        buf.clear();
    }
}
