package io.chunkwise.loader.recon;

import io.chunkwise.loader.index.IndexFile;
import io.chunkwise.loader.index.KeyKind;
import io.chunkwise.loader.io.MappedFile;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;

/**
 * The security master behind a persisted, mapped index ({@link IndexFile}); thread-safe. The
 * index finds (and verifies) the records of an identifier; the symbol is then read from the
 * mapped source record in place, walking only the fields before it, no strings built.
 */
public final class IndexedMaster implements SecurityMaster, AutoCloseable {
    private final IndexFile index;
    private final MappedFile source;
    private final int symbolColumn;
    private final FieldAt fields;

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
        this.fields = null;
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
        this.fields = new FieldAt(source.segment(), index.format());
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
        for (int i = 0; i < offsets.length; i++) {
            symbols[i] = fields.read(offsets[i], symbolColumn);
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
