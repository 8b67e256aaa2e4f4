package io.chunkwise.loader.recon;

import io.chunkwise.loader.index.KeyKind;

/**
 * What reconciliation needs from a security master. Implementations must be safe to call from
 * several threads; callers cache answers, so a call may take a few microseconds.
 */
public interface SecurityMaster {
    /**
     * @param kind {@link KeyKind#CUSIP} or {@link KeyKind#ISIN}
     * @param id the identifier's bytes, exactly as in the FIX message
     * @return the symbols (UTF-8 bytes) of the master's records with that identifier, in file
     *     order; empty when there are none
     */
    byte[][] symbolsOf(KeyKind kind, byte[] id);

    /**
     * @param symbol a symbol's bytes, exactly as in the FIX message
     * @return whether any master record has that symbol
     */
    boolean hasSymbol(byte[] symbol);
}
