package io.chunkwise.loader.index;

import io.chunkwise.loader.csv.KeyTrim;
import java.nio.charset.StandardCharsets;
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

    /**
     * @param key a key as given, e.g. {@code " us0378331005 "}
     * @return its normal form, the one an index compares: without what {@link KeyTrim} trims, and
     *     in ASCII upper case when this kind {@linkplain #ignoresCase() ignores case}
     *     ({@code US0378331005})
     */
    public String normalForm(String key) {
        // the trimmed bytes are ASCII ones (and a whole byte-order mark), so the rest decodes as it was
        char[] text = new String(KeyTrim.of(key.getBytes(StandardCharsets.UTF_8)), StandardCharsets.UTF_8).toCharArray();
        if (ignoresCase()) {
            for (int i = 0; i < text.length; i++) {
                if (text[i] >= 'a' && text[i] <= 'z') {
                    text[i] -= 'a' - 'A';
                }
            }
        }
        return new String(text);
    }

    /** @return the header names looked for, case-insensitively, in order */
    public List<String> headerNames() {
        return headerNames;
    }
}
