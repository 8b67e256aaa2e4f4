package io.chunkwise.loader.recon;

import io.chunkwise.loader.index.KeyKind;
import java.lang.foreign.MemorySegment;
import java.nio.file.Path;
import java.util.Optional;

/**
 * What reconciliation needs from a security master. Implementations must be safe to call from
 * several threads; callers cache answers, so a call may take a few microseconds. Keys are read in
 * place, as {@code [from, to)} of a segment (a mapped FIX log), so asking copies nothing.
 */
public interface SecurityMaster {
    /** @return the file the master is read from, if it is one (a run refuses to write over it) */
    default Optional<Path> sourceFile() {
        return Optional.empty();
    }

    /**
     * @param kind {@link KeyKind#CUSIP} or {@link KeyKind#ISIN}
     * @return whether the master has a column of that identifier: without one, no security can be
     *     looked up by it (and none is unknown for that reason)
     */
    default boolean identifiesBy(KeyKind kind) {
        return true;
    }

    /**
     * @param kind {@link KeyKind#CUSIP} or {@link KeyKind#ISIN}
     * @param id memory holding the identifier's bytes, exactly as in the FIX message
     * @param from the identifier's first byte
     * @param to the byte after its last
     * @return the symbols (UTF-8 bytes) of the master's records with that identifier, in file
     *     order; empty when there are none
     */
    byte[][] symbolsOf(KeyKind kind, MemorySegment id, long from, long to);

    /**
     * @param symbol memory holding a symbol's bytes, exactly as in the FIX message
     * @param from the symbol's first byte
     * @param to the byte after its last
     * @return whether any master record has that symbol
     */
    boolean hasSymbol(MemorySegment symbol, long from, long to);

    /**
     * @param kind {@link KeyKind#CUSIP} or {@link KeyKind#ISIN}
     * @param id the identifier's bytes
     * @return as {@link #symbolsOf(KeyKind, MemorySegment, long, long)}
     */
    default byte[][] symbolsOf(KeyKind kind, byte[] id) {
        return symbolsOf(kind, MemorySegment.ofArray(id), 0, id.length);
    }

    /**
     * @param symbol a symbol's bytes
     * @return as {@link #hasSymbol(MemorySegment, long, long)}
     */
    default boolean hasSymbol(byte[] symbol) {
        return hasSymbol(MemorySegment.ofArray(symbol), 0, symbol.length);
    }

    /**
     * {@link #symbolsOf(KeyKind, MemorySegment, long, long)} for a batch of identifiers, which an
     * implementation may answer faster than one by one.
     *
     * @param kinds each identifier's kind, {@link KeyKind#CUSIP} or {@link KeyKind#ISIN}
     * @param ids memory holding the identifiers
     * @param from each identifier's first byte
     * @param to the byte after each identifier's last
     * @param n the number of identifiers (the arrays may be longer)
     * @param out receives each identifier's symbols
     */
    default void symbolsOf(KeyKind[] kinds, MemorySegment ids, long[] from, long[] to, int n, byte[][][] out) {
        for (int q = 0; q < n; q++) {
            out[q] = symbolsOf(kinds[q], ids, from[q], to[q]);
        }
    }

    /**
     * {@link #hasSymbol(MemorySegment, long, long)} for a batch of symbols.
     *
     * @param symbols memory holding the symbols
     * @param from each symbol's first byte
     * @param to the byte after each symbol's last
     * @param n the number of symbols (the arrays may be longer)
     * @param out receives whether the master has each symbol
     */
    default void hasSymbols(MemorySegment symbols, long[] from, long[] to, int n, boolean[] out) {
        for (int q = 0; q < n; q++) {
            out[q] = hasSymbol(symbols, from[q], to[q]);
        }
    }
}
