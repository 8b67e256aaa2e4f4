package io.chunkwise.loader.index;

import io.chunkwise.loader.csv.CsvHeader;
import java.util.List;
import java.util.Locale;

/**
 * The first record, in file order, whose CUSIP or ISIN fails its check digit: a build counts every
 * one and keeps them, and this one says where to start looking. A spreadsheet round trip is the
 * usual cause, and its marks are named: a CUSIP of digits that lost its leading zero, or one
 * turned into a number in exponent form.
 *
 * @param kind {@link KeyKind#CUSIP} or {@link KeyKind#ISIN}
 * @param value the identifier as indexed (trimmed, in upper case)
 * @param offset the byte offset of its record in the file
 */
public record InvalidId(KeyKind kind, String value, long offset) {
    private static final int CUSIP_LENGTH = 9;
    /** The most characters of a value shown: a long one is another column's text, named as such. */
    private static final int SHOWN = 40;

    /** @return e.g. "first: CUSIP 37833100 in the record at byte 40 (8 digits: a leading zero lost in a spreadsheet?)" */
    public String describe() {
        int cut = value.length() > SHOWN ? (Character.isHighSurrogate(value.charAt(SHOWN - 1)) ? SHOWN - 1 : SHOWN) : value.length();
        String shown = CsvHeader.visible(value.substring(0, cut));
        return String.format(Locale.ROOT, "first: %s %s in the record at byte %d%s", kind, shown.isEmpty() ? "(empty)"
                : value.length() > SHOWN ? shown + "…" : shown, offset, likelyCause());
    }

    private String likelyCause() {
        if (value.length() > SHOWN) {
            // a description or name column given as the key column (--cusip-column Description): one line, not pages
            return String.format(Locale.ROOT, " (%,d characters: is this the %s column?)", value.length(), kind);
        }
        if (KeyColumns.likely(List.of(value), kind).isPresent()) {
            // 'CUSIP ID', 'ISIN Code': a column name, as an export with two header rows (names, then labels) has
            return " (a column's name: a second header row? remove it)";
        }
        if (kind != KeyKind.CUSIP) {
            return "";
        }
        if (value.length() < CUSIP_LENGTH && !value.isEmpty() && value.chars().allMatch(c -> c >= '0' && c <= '9')) {
            return " (" + value.length() + " digits: a leading zero lost in a spreadsheet?)";
        }
        if (value.matches("[0-9.]+E[+-]?[0-9]+")) {
            return " (a number in exponent form: a spreadsheet's?)";
        }
        return "";
    }
}
