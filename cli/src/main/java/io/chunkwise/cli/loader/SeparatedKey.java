package io.chunkwise.cli.loader;

import io.chunkwise.loader.csv.CsvHeader;
import io.chunkwise.loader.index.IndexFile;
import io.chunkwise.loader.index.KeyKind;
import java.util.Arrays;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * A key not found as given because of separators in it: several keys in one word ({@code --cusip
 * 037833100,594918104}, a list pasted from a spreadsheet), or a CUSIP or ISIN grouped for reading
 * ({@code 037 833 100}, {@code US-0378331005}). A bare "no record" would say nothing of either.
 */
final class SeparatedKey {
    /** What separates the keys of a list: commas, semicolons and blanks. */
    private static final Pattern LIST = Pattern.compile("[,;\\s]+");
    /** What groups an identifier's characters for reading; never one of a CUSIP's or an ISIN's. */
    private static final Pattern GROUPING = Pattern.compile("[\\s\\-.]+");

    private SeparatedKey() {
    }

    /**
     * @param idx the index
     * @param kind the kind of the key not found
     * @param key the key not found, in its normal form
     * @return " (a list? give each key as a word of its own: --cusip 037833100 594918104)" when a part
     *     of it is found, " (found as 037833100: a CUSIP holds no spaces, dashes or dots)" when it is
     *     found without them (a CUSIP or ISIN only: a symbol may hold them), else ""
     */
    static String hint(IndexFile idx, KeyKind kind, String key) {
        String option = "--" + kind.name().toLowerCase(Locale.ROOT);
        String[] parts = Arrays.stream(LIST.split(key)).filter(p -> !p.isEmpty()).map(kind::normalForm).toArray(String[]::new);
        if (parts.length > 1 && Arrays.stream(parts).anyMatch(p -> idx.offsets(kind, p).length > 0)) {
            return " (a list? give each key as a word of its own: " + option + " " + CsvHeader.visible(String.join(" ", parts)) + ")";
        }
        if (kind == KeyKind.SYMBOL) {
            return "";
        }
        String compact = GROUPING.matcher(key).replaceAll("");
        if (!compact.equals(key) && !compact.isEmpty() && idx.offsets(kind, compact).length > 0) {
            return " (found as " + compact + ": " + (kind == KeyKind.CUSIP ? "a CUSIP" : "an ISIN")
                    + " holds no spaces, dashes or dots)";
        }
        return "";
    }
}
