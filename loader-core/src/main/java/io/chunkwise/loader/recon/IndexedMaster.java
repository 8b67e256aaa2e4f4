package io.chunkwise.loader.recon;

import io.chunkwise.loader.csv.CsvRecord;
import io.chunkwise.loader.csv.CsvScanner;
import io.chunkwise.loader.index.IndexFile;
import io.chunkwise.loader.index.KeyKind;
import io.chunkwise.loader.io.MappedFile;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;

/**
 * The security master behind a persisted, mapped index ({@link IndexFile}); thread-safe. The
 * index finds (and verifies) the records of an identifier; the symbol is then read from the
 * mapped source record in place, one field copied, no strings built.
 */
public final class IndexedMaster implements SecurityMaster, AutoCloseable {
    private final IndexFile index;
    private final MappedFile source;
    private final int symbolColumn;
    private final ThreadLocal<CsvScanner> scanners;

    /**
     * A master that reads symbols through {@link IndexFile#record(long)} (all fields as strings:
     * simpler, slower than {@link #IndexedMaster(IndexFile, Path)}).
     *
     * @param index an open index (its owner closes it)
     * @throws IllegalArgumentException when the index has no symbol column
     */
    public IndexedMaster(IndexFile index) {
        this.index = index;
        this.symbolColumn = symbolColumn(index, "");
        this.source = null;
        this.scanners = null;
    }

    /**
     * @param index an open index (its owner closes it)
     * @param sourcePath the CSV file the index was built from (mapped here; {@link #close()} unmaps it)
     * @throws IllegalArgumentException when the index has no symbol column
     */
    public IndexedMaster(IndexFile index, Path sourcePath) {
        this.index = index;
        this.symbolColumn = symbolColumn(index, sourcePath + " ");
        this.source = MappedFile.open(sourcePath);
        String name = sourcePath.toString();
        this.scanners = ThreadLocal.withInitial(() -> new CsvScanner(index.format(), name));
    }

    private static int symbolColumn(IndexFile index, String name) {
        int column = index.columns().column(KeyKind.SYMBOL);
        if (column < 0) {
            throw new IllegalArgumentException("the security master " + name + "has no symbol column (looked for "
                    + KeyKind.SYMBOL.headerNames() + ")");
        }
        return column;
    }

    @Override
    public byte[][] symbolsOf(KeyKind kind, byte[] id) {
        long[] offsets = index.offsets(kind, id);
        byte[][] symbols = new byte[offsets.length][];
        if (source == null) {
            for (int i = 0; i < offsets.length; i++) {
                List<String> record = index.record(offsets[i]);
                symbols[i] = (symbolColumn < record.size() ? record.get(symbolColumn) : "").getBytes(StandardCharsets.UTF_8);
            }
            return symbols;
        }
        CsvScanner scanner = scanners.get();
        for (int i = 0; i < offsets.length; i++) {
            scanner.reset(source.segment(), 0, offsets[i], 0);
            if (scanner.next(source.size(), true) != CsvScanner.RECORD) {
                throw new IllegalStateException("no record at byte " + offsets[i] + " of " + source.path());
            }
            CsvRecord record = scanner.record();
            symbols[i] = symbolColumn < record.size() ? record.bytes(symbolColumn) : new byte[0];
        }
        return symbols;
    }

    @Override
    public boolean hasSymbol(byte[] symbol) {
        return index.contains(KeyKind.SYMBOL, symbol);
    }

    /** Unmaps the source (the index stays open: its owner closes it). */
    @Override
    public void close() {
        if (source != null) {
            source.close();
        }
    }
}
