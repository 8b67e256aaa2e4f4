package io.chunkwise.loader.index;

import io.chunkwise.loader.csv.CsvHeader;
import io.chunkwise.loader.csv.CsvParseException;
import io.chunkwise.loader.fix.FixLogFormat;
import java.io.UncheckedIOException;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;

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
    /** What a message about a FIX log read as CSV points to. */
    static final String FIXSCAN = "'chunkwise fixscan' validates a FIX log";

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
                                + " in header " + header.describe() + hintAfter(source, header, overrides)));
                found.put(k, col);
            } else {
                found.put(k, header.find(k.headerNames().toArray(String[]::new)).orElse(-1));
            }
        }
        KeyColumns cols = new KeyColumns(found.get(KeyKind.CUSIP), found.get(KeyKind.ISIN), found.get(KeyKind.SYMBOL));
        if (cols.cusip < 0 && cols.isin < 0 && cols.symbol < 0) {
            throw new CsvParseException(source, header.line(), header.offset(), "no key column: the header " + header.describe()
                    + " has none of cusip, isin, symbol/ticker (" + NAME_A_KEY_COLUMN + ")"
                    + likelyAfter(header) + hintAfter(source, header, overrides));
        }
        return cols;
    }

    /**
     * Whether a header has a key column, without the search {@link #resolve} makes on its way to an
     * error (a FIX message start past a banner, within the file's first 256 MiB).
     *
     * @param header a header
     * @param overrides column names given by the user, by key (absent: look for the usual names)
     * @return whether any key column is found
     */
    public static boolean anyIn(CsvHeader header, Map<KeyKind, String> overrides) {
        for (KeyKind k : KeyKind.values()) {
            String named = overrides.get(k);
            if ((named != null ? header.find(named) : header.find(k.headerNames().toArray(String[]::new))).isPresent()) {
                return true;
            }
        }
        return false;
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

    /**
     * @return each header name that looks like a key column, with its kind ({@code ; 'Cusip Number'
     *     looks like the cusip column, 'Ticker Symbol' the symbol column}), or ""
     */
    private static String likelyAfter(CsvHeader header) {
        if (header.apparentDelimiter().isPresent()) {
            // one column that looks split by another delimiter ('cusip;isin;symbol'): no name is a key's, the delimiter is wrong
            return "";
        }
        List<String> likely = new ArrayList<>();
        for (KeyKind k : KeyKind.values()) {
            // every kind with a likely name: the first alone would hide the others the user may prefer to key by
            likely(header.names(), k).ifPresent(name -> likely.add("'" + CsvHeader.printable(name) + "' "
                    + (likely.isEmpty() ? "looks like " : "") + "the " + k.name().toLowerCase(Locale.ROOT) + " column"));
        }
        return likely.isEmpty() ? "" : "; " + String.join(", ", likely);
    }

    /**
     * @return why the header has no key column when it is plain: the file is a FIX log (its first
     *     line a message, or one after a banner: a log4j header, an engine's start-up lines), it
     *     looks split by another delimiter, or a title row is over the header; or ""
     */
    private static String hintAfter(String source, CsvHeader header, Map<KeyKind, String> overrides) {
        if (header.looksLikeFixMessage()) {
            return "; the first line holds a FIX message (8=FIX): a FIX log, not a CSV file: " + FIXSCAN;
        }
        // only here, on the way to an error: fixscan's search for a log's first message, past a banner
        OptionalLong message = firstMessageLine(source);
        if (message.isPresent() && message.getAsLong() > header.line()) {
            long before = message.getAsLong() - 1;
            return "; line " + message.getAsLong() + " holds a FIX message (8=FIX…) after " + (before == 1 ? "a line"
                    : before + " lines") + " of other text (a log's banner?): the file looks like a FIX log, not a CSV file: "
                    + FIXSCAN;
        }
        Optional<String> delimiter = header.delimiterHint();
        if (delimiter.isPresent()) {
            return "; " + delimiter.get();
        }
        return headerBelow(source, header, overrides).map(hint -> "; " + hint).orElse("");
    }

    /**
     * A title row (or a date, a blank line) over the header, as a report's export writes: one of
     * the few lines after the first row, split by a comma, a semicolon, a tab or {@code |}, has a
     * key column. Reads at most 64 KiB after the first row, so a caller with a header lacking key
     * columns may ask on any file.
     *
     * @param source the file
     * @param header its first row, read as the header
     * @param overrides column names given by the user, by key (absent: look for the usual names)
     * @return "line 2 looks like the header: remove the line before it (a title row?), e.g. with
     *     tail -n +2", or empty when no such line is found
     */
    public static Optional<String> headerBelow(String source, CsvHeader header, Map<KeyKind, String> overrides) {
        OptionalLong below = HeaderBelow.line(source, header, names -> anyIn(names, overrides));
        if (below.isEmpty()) {
            return Optional.empty();
        }
        long line = below.getAsLong();
        return Optional.of("line " + line + " looks like the header: remove the " + (line == 2 ? "line" : "lines")
                + " before it (a title row?)" + (header.afterSepLine() ? "" : ", e.g. with tail -n +" + line));
    }

    /** @return the line of the file's first FIX message start, within the search's bounded prefix; empty when unreadable */
    private static OptionalLong firstMessageLine(String source) {
        try {
            return FixLogFormat.firstMessageLine(Path.of(source));
        } catch (UncheckedIOException | InvalidPathException e) {
            return OptionalLong.empty(); // the message stands without the hint
        }
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
