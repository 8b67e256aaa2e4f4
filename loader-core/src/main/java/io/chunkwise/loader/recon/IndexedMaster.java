package io.chunkwise.loader.recon;

import io.chunkwise.loader.index.IndexFile;
import io.chunkwise.loader.index.KeyKind;
import java.lang.foreign.MemorySegment;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Optional;

/**
 * The security master behind a persisted, mapped index ({@link IndexFile}); thread-safe. A CUSIP or
 * ISIN's symbols, and whether a symbol exists, come from the index alone when it keeps them (short
 * symbols, keys with a code); otherwise one partial parse of each candidate record both verifies
 * the key and reads the symbol in place. Batches of keys are looked up stage by stage
 * ({@link IndexFile#symbolsOf}, {@link IndexFile#containsAll}).
 */
public final class IndexedMaster implements SecurityMaster {
    private static final byte[][] NONE = new byte[0][];
    private final IndexFile index;

    /**
     * @param index an open index (its owner closes it)
     * @throws IllegalArgumentException when the index has no symbol column ({@link #noSymbolColumn})
     */
    public IndexedMaster(IndexFile index) {
        this.index = index;
        if (index.columns().column(KeyKind.SYMBOL) < 0) {
            throw noSymbolColumn(index.sourcePath());
        }
    }

    /**
     * @param master a security master without a symbol column
     * @return the error that says so: also what a caller says before building the master's index
     */
    public static IllegalArgumentException noSymbolColumn(Path master) {
        return new IllegalArgumentException("the security master " + master + " has no symbol column (looked for "
                + KeyKind.SYMBOL.headerNames() + "): name the symbol column explicitly");
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
        byte[][][] out = new byte[1][][];
        symbolsOf(new KeyKind[] {kind}, id, new long[] {from}, new long[] {to}, 1, out);
        return out[0];
    }

    @Override
    public boolean hasSymbol(MemorySegment symbol, long from, long to) {
        return index.contains(KeyKind.SYMBOL, symbol, from, to);
    }

    @Override
    public void symbolsOf(KeyKind[] kinds, MemorySegment ids, long[] from, long[] to, int n, byte[][][] out) {
        Arrays.fill(out, 0, n, NONE);
        index.symbolsOf(kinds, ids, from, to, n, (q, offset, symbol) -> {
            byte[][] s = Arrays.copyOf(out[q], out[q].length + 1);
            s[s.length - 1] = symbol;
            out[q] = s;
        });
    }

    @Override
    public void hasSymbols(MemorySegment symbols, long[] from, long[] to, int n, boolean[] out) {
        KeyKind[] kinds = new KeyKind[n];
        Arrays.fill(kinds, KeyKind.SYMBOL);
        index.containsAll(kinds, symbols, from, to, n, out);
    }
}
