package io.chunkwise.loader.index;

import io.chunkwise.loader.csv.CsvHeader;
import io.chunkwise.loader.csv.CsvParseException;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Which column holds each key, found by header name (case-insensitive) or named explicitly.
 *
 * @param cusip the CUSIP column, or -1
 * @param isin the ISIN column, or -1
 * @param symbol the symbol column, or -1
 */
public record KeyColumns(int cusip, int isin, int symbol) {
    /** What a message says to do when no key column is found by its usual names. */
    public static final String NAME_A_KEY_COLUMN = "name the key columns explicitly";

    /**
     * Finds the key columns of a header.
     *
     * @param source the file, for messages
     * @param header its header
     * @param overrides column names given by the user, by key (absent: look for the usual names)
     * @return the columns
     * @throws CsvParseException when a named column is missing or no key column is found
     */
    public static KeyColumns resolve(String source, CsvHeader header, Map<KeyKind, String> overrides) {
        Map<KeyKind, Integer> found = new EnumMap<>(KeyKind.class);
        for (KeyKind k : KeyKind.values()) {
            String named = overrides.get(k);
            if (named != null) {
                int col = header.find(named).orElseThrow(() -> new CsvParseException(source, header.line(), header.offset(),
                        "no column named '" + named + "' for " + k.name().toLowerCase(java.util.Locale.ROOT)
                                + " in header " + header.describe() + hintAfter(header)));
                found.put(k, col);
            } else {
                found.put(k, header.find(k.headerNames().toArray(String[]::new)).orElse(-1));
            }
        }
        KeyColumns cols = new KeyColumns(found.get(KeyKind.CUSIP), found.get(KeyKind.ISIN), found.get(KeyKind.SYMBOL));
        if (cols.cusip < 0 && cols.isin < 0 && cols.symbol < 0) {
            throw new CsvParseException(source, header.line(), header.offset(), "no key column: the header " + header.describe()
                    + " has none of cusip, isin, symbol/ticker (" + NAME_A_KEY_COLUMN + ")"
                    + likelyAfter(header) + hintAfter(header));
        }
        return cols;
    }

    /**
     * The header name a key column most likely has when its usual names find none: one with a word
     * that starts with such a name ({@code Ticker Symbol}, {@code ISIN Code}, {@code CUSIP9},
     * {@code ACT Symbol}; by the start of a word, so {@code Advertising} is no ISIN column).
     *
     * @param names the header's names
     * @param kind the key kind no column was found for
     * @return the first such name, or empty
     */
    public static Optional<String> likely(List<String> names, KeyKind kind) {
        for (String name : names) {
            for (String word : name.toLowerCase(Locale.ROOT).split("[^\\p{Alnum}]+")) {
                if (kind.headerNames().stream().anyMatch(word::startsWith)) {
                    return Optional.of(name);
                }
            }
        }
        return Optional.empty();
    }

    /** @return "; 'Ticker Symbol' looks like the symbol column" for the first kind with a likely name, or "" */
    private static String likelyAfter(CsvHeader header) {
        for (KeyKind k : KeyKind.values()) {
            Optional<String> name = likely(header.names(), k);
            if (name.isPresent()) {
                return "; '" + CsvHeader.printable(name.get()) + "' looks like the " + k.name().toLowerCase(Locale.ROOT)
                        + " column";
            }
        }
        return "";
    }

    private static String hintAfter(CsvHeader header) {
        if (header.looksLikeFixMessage()) {
            return "; the first line holds a FIX message (8=FIX): a FIX log, not a CSV file";
        }
        return header.delimiterHint().map(h -> "; " + h).orElse("");
    }

    /**
     * @param kind a key
     * @return its column, or -1 when the file has none
     */
    public int column(KeyKind kind) {
        return switch (kind) {
            case CUSIP -> cusip;
            case ISIN -> isin;
            case SYMBOL -> symbol;
        };
    }
}
