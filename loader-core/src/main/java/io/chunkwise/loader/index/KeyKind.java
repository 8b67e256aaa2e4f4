package io.chunkwise.loader.index;

import java.util.List;

/** The identifiers an index is built on, with the header names that find their columns. */
public enum KeyKind {
    /** CUSIP, 9 characters with a check digit. */
    CUSIP(List.of("cusip")),
    /** ISIN, 12 characters with a check digit. */
    ISIN(List.of("isin")),
    /** Ticker symbol; not unique (one symbol on several exchanges). */
    SYMBOL(List.of("symbol", "ticker"));

    private final List<String> headerNames;

    KeyKind(List<String> headerNames) {
        this.headerNames = headerNames;
    }

    /**
     * @return whether keys of this kind compare ignoring ASCII case: a CUSIP or ISIN is the same
     *     identifier in lower case, a symbol is compared as written
     */
    public boolean ignoresCase() {
        return this != SYMBOL;
    }

    /** @return the header names looked for, case-insensitively, in order */
    public List<String> headerNames() {
        return headerNames;
    }
}
