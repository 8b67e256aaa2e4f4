package io.chunkwise.loader.recon;

import io.chunkwise.loader.index.IndexFile;
import io.chunkwise.loader.index.KeyKind;
import java.lang.foreign.MemorySegment;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Optional;

/**
 * The security master behind a persisted, mapped index ({@link IndexFile}); thread-safe. One
 * partial parse of each candidate record both verifies the identifier and reads the symbol in
 * place; nothing but the answer is allocated. Batches of keys are looked up stage by stage
 * ({@link IndexFile#forEachMatch(KeyKind[], MemorySegment, long[], long[], int, int, IndexFile.BatchMatch)}).
 */
public final class IndexedMaster implements SecurityMaster {
    private static final byte[][] NONE = new byte[0][];
    private final IndexFile index;
    private final int symbolColumn;

    /**
     * @param index an open index (its owner closes it)
     * @throws IllegalArgumentException when the index has no symbol column
     */
    public IndexedMaster(IndexFile index) {
        this.index = index;
        this.symbolColumn = index.columns().column(KeyKind.SYMBOL);
        if (symbolColumn < 0) {
            throw new IllegalArgumentException("the security master " + index.sourcePath()
                    + " has no symbol column (looked for " + KeyKind.SYMBOL.headerNames() + ")");
        }
    }

    /** @return the master CSV the index was built from */
    @Override
    public Optional<Path> sourceFile() {
        return Optional.of(index.sourcePath());
    }

    @Override
    public boolean identifiesBy(KeyKind kind) {
        return index.columns().column(kind) >= 0;
    }

    @Override
    public byte[][] symbolsOf(KeyKind kind, MemorySegment id, long from, long to) {
        byte[][][] symbols = {NONE};
        index.forEachMatch(kind, id, from, to, symbolColumn + 1, (offset, record) -> {
            byte[][] s = Arrays.copyOf(symbols[0], symbols[0].length + 1);
            s[s.length - 1] = symbolColumn < record.size() ? record.keyBytes(symbolColumn) : new byte[0];
            symbols[0] = s;
            return true;
        });
        return symbols[0];
    }

    @Override
    public boolean hasSymbol(MemorySegment symbol, long from, long to) {
        return index.contains(KeyKind.SYMBOL, symbol, from, to);
    }

    @Override
    public void symbolsOf(KeyKind[] kinds, MemorySegment ids, long[] from, long[] to, int n, byte[][][] out) {
        Arrays.fill(out, 0, n, NONE);
        index.forEachMatch(kinds, ids, from, to, n, symbolColumn + 1, (q, offset, record) -> {
            byte[][] s = Arrays.copyOf(out[q], out[q].length + 1);
            s[s.length - 1] = symbolColumn < record.size() ? record.keyBytes(symbolColumn) : new byte[0];
            out[q] = s;
            return true;
        });
    }

    @Override
    public void hasSymbols(MemorySegment symbols, long[] from, long[] to, int n, boolean[] out) {
        KeyKind[] kinds = new KeyKind[n];
        Arrays.fill(kinds, KeyKind.SYMBOL);
        Arrays.fill(out, 0, n, false);
        index.forEachMatch(kinds, symbols, from, to, n, 0, (q, offset, record) -> {
            out[q] = true;
            return false;
        });
    }
}
