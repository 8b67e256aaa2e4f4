package io.chunkwise.loader.recon;

import io.chunkwise.loader.index.IndexFile;
import io.chunkwise.loader.index.KeyKind;
import java.util.ArrayList;
import java.util.List;

/** The security master behind a persisted, mapped index ({@link IndexFile}); thread-safe. */
public final class IndexedMaster implements SecurityMaster {
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
            throw new IllegalArgumentException("the security master has no symbol column (looked for "
                    + KeyKind.SYMBOL.headerNames() + ")");
        }
    }

    @Override
    public List<String> symbolsOf(KeyKind kind, byte[] id) {
        long[] offsets = index.offsets(kind, id);
        if (offsets.length == 0) {
            return List.of();
        }
        List<String> symbols = new ArrayList<>(offsets.length);
        for (long offset : offsets) {
            List<String> record = index.record(offset);
            symbols.add(symbolColumn < record.size() ? record.get(symbolColumn) : "");
        }
        return symbols;
    }

    @Override
    public boolean hasSymbol(byte[] symbol) {
        return index.offsets(KeyKind.SYMBOL, symbol).length > 0;
    }
}
