package io.chunkwise.cli.loader;

import io.chunkwise.loader.index.IndexFile;
import io.chunkwise.loader.index.KeyKind;

/**
 * A key not found as given because it kept its quotes: copied from a CSV cell ({@code "037833100"})
 * or quoted twice in a script ({@code --symbol "'AAPL'"}). The master's quotes are the CSV's, not
 * part of its keys, so a bare "no record" would leave the user looking at a key that is there.
 */
final class QuotedKey {
    private QuotedKey() {
    }

    /**
     * @param idx the index
     * @param kind the kind of the key not found
     * @param key the key not found, in its normal form
     * @return " (found as 037833100: quotes around a key are not part of it)" when the key without
     *     its surrounding double or single quotes is found, else ""
     */
    static String hint(IndexFile idx, KeyKind kind, String key) {
        String inner = key;
        while (inner.length() >= 2 && (inner.charAt(0) == '"' || inner.charAt(0) == '\'')
                && inner.charAt(inner.length() - 1) == inner.charAt(0)) {
            inner = kind.normalForm(inner.substring(1, inner.length() - 1));
        }
        if (inner.equals(key) || inner.isEmpty() || idx.offsets(kind, inner).length == 0) {
            return "";
        }
        return " (found as " + inner + ": quotes around a key are not part of it)";
    }
}
