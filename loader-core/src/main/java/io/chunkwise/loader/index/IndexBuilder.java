package io.chunkwise.loader.index;

import io.chunkwise.loader.csv.CsvHeader;
import io.chunkwise.loader.csv.CsvRecord;
import io.chunkwise.loader.csv.Reject;
import io.chunkwise.loader.id.Cusip;
import io.chunkwise.loader.id.Isin;
import io.chunkwise.loader.load.ChunkSink;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Map;
import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.function.Consumer;

/**
 * The sink that collects index entries: per part, (hash, offset, key words) rows for each key; on
 * commit, into one bounded {@link RunSpiller} per key (spilling sorted runs to disk when full).
 */
final class IndexBuilder implements ChunkSink<IndexBuilder.Part>, AutoCloseable {
    private static final KeyKind[] KINDS = KeyKind.values();
    /** The entries a small file's buffers first make room for. */
    private static final int SMALL_START = 1 << 12;
    private final String source;
    private final Map<KeyKind, String> overrides;
    private final Consumer<Reject> rejects;
    private final RangeSpiller[] spillers = new RangeSpiller[KINDS.length];
    /** Parts committed and cleared, for {@link #open()} to hand out again (from any thread). */
    private final Queue<Part> committed = new ConcurrentLinkedQueue<>();
    /**
     * Per kind, the most entries a committed part has held: a new part starts that large instead
     * of growing from small, as each growth leaves its old array behind as garbage.
     */
    private volatile int[] partSizes = new int[KINDS.length];
    private final long memoryBudget;
    private KeyColumns columns;
    private CsvHeader header;
    long invalidCusips;
    long invalidIsins;
    /** The first record with an invalid id in file order, or null. */
    InvalidId firstInvalid;

    /**
     * @param source the file's name, for messages
     * @param sourceBytes its size: a file as large as the budget makes room for the budget's
     *     entries at once, a smaller one grows its buffers as it needs
     */
    IndexBuilder(String source, long sourceBytes, Map<KeyKind, String> overrides, long memoryBudget, Path runDir,
            Consumer<Reject> rejects) {
        this.source = source;
        this.overrides = overrides;
        this.rejects = rejects;
        this.memoryBudget = memoryBudget;
        // the budget holds the buffers: one per kind plus one shared scratch, 32 bytes an entry (a
        // buffer is one long array, four longs an entry)
        int capacity = (int) Math.max(1024, Math.min((Integer.MAX_VALUE - 16) / 4,
                memoryBudget / (KINDS.length + 1) / RunSpiller.ENTRY_BYTES));
        int initialCapacity = sourceBytes >= memoryBudget ? capacity : SMALL_START;
        RangeSpiller.Scratch scratch = new RangeSpiller.Scratch();
        for (KeyKind k : KINDS) {
            RangeSpiller spiller = new RangeSpiller(runDir, k.name().toLowerCase(java.util.Locale.ROOT), capacity,
                    initialCapacity, scratch, RunSpiller.FAN_IN);
            if (initialCapacity == capacity) {
                // The kinds fill at one pace, so all would spill at the same commit: the committing
                // thread then groups and writes three runs while the workers, their chunks in flight
                // parsed, wait. First runs cut at thirds of the buffer make the spills take turns.
                spiller.cutFirstRunAt((int) ((long) capacity * (KINDS.length - k.ordinal()) / KINDS.length));
            }
            spillers[k.ordinal()] = spiller;
        }
    }

    /** One chunk's entries; reused once committed, so their arrays are not garbage per chunk. */
    static final class Part {
        final Entries[] entries = new Entries[KINDS.length];
        final KeyPacker packer = new KeyPacker();
        long invalidCusips;
        long invalidIsins;
        /** The part's first record with an invalid id, or null. */
        InvalidId firstInvalid;

        /** @param sizes each kind's entries to make room for */
        Part(int[] sizes) {
            for (int i = 0; i < entries.length; i++) {
                entries[i] = new Entries(Math.max(256, sizes[i]));
            }
        }

        void clear() {
            for (Entries e : entries) {
                e.size = 0;
            }
            invalidCusips = 0;
            invalidIsins = 0;
            firstInvalid = null;
        }
    }

    @Override
    public void header(CsvHeader h) {
        this.header = h;
        this.columns = KeyColumns.resolve(source, h, overrides);
    }

    @Override
    public int fieldsRead() {
        return Math.max(columns.cusip(), Math.max(columns.isin(), columns.symbol())) + 1;
    }

    /** @return false: entries keep offsets, and rejects get their lines anyway */
    @Override
    public boolean readsLines() {
        return false;
    }

    CsvHeader csvHeader() {
        return header;
    }

    KeyColumns columns() {
        return columns;
    }

    @Override
    public Part open() {
        Part reused = committed.poll();
        return reused != null ? reused : new Part(partSizes);
    }

    /**
     * Adds a record's entries: its symbol's first, so that its CUSIP's and ISIN's entries can keep
     * the symbol ({@link InlineSymbol}) when their keys are coded ({@link IndexHash}).
     */
    @Override
    public void accept(Part part, CsvRecord r) {
        KeyPacker key = part.packer;
        long symbol = InlineSymbol.IN_SOURCE;
        int c = columns.symbol();
        if (c >= 0) {
            key.upperCase = false;
            symbol = InlineSymbol.EMPTY;
            if (r.test(c, key)) {
                part.entries[KeyKind.SYMBOL.ordinal()].add(key.hash, r.offset(), key.k1, key.k2);
                symbol = InlineSymbol.of(key);
            }
        }
        addId(part, r, KeyKind.CUSIP, symbol);
        addId(part, r, KeyKind.ISIN, symbol);
    }

    private void addId(Part part, CsvRecord r, KeyKind k, long symbol) {
        KeyPacker key = part.packer;
        int c = columns.column(k);
        key.upperCase = true;
        if (c < 0 || !r.test(c, key)) {
            return;
        }
        boolean valid = k == KeyKind.CUSIP ? Cusip.isValidPacked(key.k1, key.k2) : Isin.isValidPacked(key.k1, key.k2);
        if (!valid) {
            if (k == KeyKind.CUSIP) {
                part.invalidCusips++;
            } else {
                part.invalidIsins++;
            }
            noteInvalid(part, k, r, c);
        }
        if (key.code >= 0) {
            part.entries[k.ordinal()].add(key.hash, r.offset(), symbol, KeyPacker.CODED);
        } else {
            part.entries[k.ordinal()].add(key.hash, r.offset(), key.k1, key.k2);
        }
    }

    /** Keeps a part's first invalid id: its value is copied out of the record view, once a part. */
    private static void noteInvalid(Part part, KeyKind kind, CsvRecord r, int column) {
        if (part.firstInvalid == null) {
            part.firstInvalid = new InvalidId(kind, kind.normalForm(new String(r.keyBytes(column), StandardCharsets.UTF_8)),
                    r.offset());
        }
    }

    /** Writes the reject at once: rejects come on the committing thread, in file order. */
    @Override
    public void reject(Part part, Reject reject) {
        rejects.accept(reject);
    }

    @Override
    public void commit(Part part) {
        int[] grown = null;
        for (KeyKind k : KINDS) {
            Entries entries = part.entries[k.ordinal()];
            spillers[k.ordinal()].addAll(entries);
            if (entries.size > partSizes[k.ordinal()]) {
                grown = grown != null ? grown : partSizes.clone();
                grown[k.ordinal()] = entries.size;
            }
        }
        if (grown != null) {
            partSizes = grown; // read by open() on other threads; written here, on the committing one only
        }
        invalidCusips += part.invalidCusips;
        invalidIsins += part.invalidIsins;
        if (firstInvalid == null) {
            firstInvalid = part.firstInvalid; // parts commit in file order
        }
        part.clear();
        committed.offer(part);
    }

    long memoryBudget() {
        return memoryBudget;
    }

    RangeSpiller spiller(KeyKind k) {
        return spillers[k.ordinal()];
    }

    @Override
    public void close() {
        for (RangeSpiller s : spillers) {
            s.close();
        }
    }
}
