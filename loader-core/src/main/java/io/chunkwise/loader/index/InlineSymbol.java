package io.chunkwise.loader.index;

/**
 * A record's symbol as its CUSIP and ISIN entries keep it, so that a look-up by id answers with the
 * symbol without reading the source: a symbol in normal form ({@link io.chunkwise.loader.csv.KeyTrim})
 * of up to 7 bytes is its {@link IndexHash#code} (its length in the top byte, then its bytes), an
 * empty one {@link #EMPTY}; a longer one is {@link #IN_SOURCE}, read from the record.
 */
final class InlineSymbol {
    /** A record whose symbol is empty or blank. */
    static final long EMPTY = 0;
    /** A symbol too long to keep inline, or a master without a symbol column: read the record. */
    static final long IN_SOURCE = -1;
    /** The longest symbol kept inline. */
    static final int MAX_BYTES = 7;

    private InlineSymbol() {
    }

    /**
     * @param symbol a packer holding the record's symbol
     * @return the word that keeps it
     */
    static long of(KeyPacker symbol) {
        return symbol.code >= 0 && symbol.code >>> 56 <= MAX_BYTES ? symbol.code : IN_SOURCE;
    }

    /**
     * @param word a word from {@link #of} or {@link #EMPTY}, not {@link #IN_SOURCE}
     * @return the symbol's bytes
     */
    static byte[] bytes(long word) {
        byte[] b = new byte[(int) (word >>> 56)];
        for (int i = 0; i < b.length; i++) {
            b[i] = (byte) (word >>> (8 * i));
        }
        return b;
    }
}
