package io.chunkwise.loader.index;

import io.chunkwise.loader.csv.CsvHeader;
import io.chunkwise.loader.csv.CsvParseException;
import java.util.EnumMap;
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
                    + hintAfter(header));
        }
        return cols;
    }

    /**
     * @param header a header as read
     * @return a hint when it has one column whose name looks split by another delimiter (tab,
     *     {@code |} or {@code ;}): the usual sign of a file read with the wrong one; none for a FIX
     *     message, whose {@code |} no delimiter makes a header
     */
    public static Optional<String> delimiterHint(CsvHeader header) {
        if (header.names().size() != 1 || looksLikeFixMessage(header)) {
            return Optional.empty();
        }
        String only = header.names().getFirst();
        String looks = only.contains("\t") ? "tab" : only.contains("|") ? "'|'" : only.contains(";") ? "';'"
                : only.contains(",") ? "comma" : null; // a comma inside one quoted name is rare in a header
        if (looks == null) {
            return Optional.empty();
        }
        String delimiter = switch (looks) {
            case "tab" -> "'\\t'";
            case "comma" -> "','";
            default -> looks;
        };
        if (header.afterSepLine()) {
            // the file's sep= line decides, and a delimiter given against it is refused: the line is what to change
            return Optional.of("the header looks " + looks + "-delimited, but the file's first line (Excel's sep= line)"
                    + " declares another delimiter: correct that line to "
                    + (looks.equals("tab") ? "sep= and a tab" : "sep=" + delimiter.charAt(1)) + ", or remove it");
        }
        return Optional.of("the header looks " + looks + "-delimited: set the delimiter to " + delimiter);
    }

    private static String hintAfter(CsvHeader header) {
        if (looksLikeFixMessage(header)) {
            return "; the first line holds a FIX message (8=FIX): a FIX log, not a CSV file";
        }
        return delimiterHint(header).map(h -> "; " + h).orElse("");
    }

    /** @return whether the header is a FIX message's start, as a FIX log's first line is (after any prefix) */
    public static boolean looksLikeFixMessage(CsvHeader header) {
        return header.names().stream().anyMatch(name -> name.contains("8=FIX"));
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
