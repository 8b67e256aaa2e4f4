package io.chunkwise.cli.loader;

import io.chunkwise.loader.id.Cusip;
import io.chunkwise.loader.index.IndexFile;
import io.chunkwise.loader.index.KeyKind;
import java.util.regex.Pattern;

/**
 * A CUSIP or ISIN that a spreadsheet read as a number: written in exponent form ({@code 037833100}
 * shown as {@code 3.7833E+08}) or without its leading zeros ({@code 37833100}), in the key given or
 * in the master. Either finds nothing, and a bare "no record" tells nothing of why.
 */
final class SpreadsheetNumber {
    /**
     * One digit, its fraction and an exponent, as spreadsheets write a large number ({@code 3.7833E+08},
     * {@code 3,7833E+08} where the decimal point is a comma); no CUSIP or ISIN has this form: a point,
     * a comma or a sign is outside their alphabets, and without them it is at most 5 characters.
     */
    private static final Pattern EXPONENT = Pattern.compile("[0-9](?:[.,][0-9]+)?E[+-]?[0-9]{1,3}");

    private SpreadsheetNumber() {
    }

    /**
     * @param idx the index
     * @param kind the kind of the key not found
     * @param key the key not found, in its normal form (upper case)
     * @return the not-found line's hint, " (it looks like a number a spreadsheet wrote in exponent form; a CUSIP
     *     has 9 characters)", " (found as 037833100: …)" for a CUSIP that lost its leading zeros, or
     *     " (found as 37833100: …)" when the master's did; else ""
     */
    static String hint(IndexFile idx, KeyKind kind, String key) {
        if (kind != KeyKind.CUSIP && kind != KeyKind.ISIN) {
            return "";
        }
        String length = kind == KeyKind.CUSIP ? "a CUSIP has 9 characters" : "an ISIN has 12 characters";
        if (EXPONENT.matcher(key).matches()) {
            return " (it looks like a number a spreadsheet wrote in exponent form; " + length + ")";
        }
        if (kind != KeyKind.CUSIP || !allDigits(key)) {
            return ""; // an ISIN starts with two letters: no spreadsheet drops its zeros
        }
        if (key.length() < Cusip.LENGTH && key.charAt(0) != '0') { // a number a spreadsheet writes has no leading zero
            String padded = "0".repeat(Cusip.LENGTH - key.length()) + key;
            String zeros = Cusip.LENGTH - key.length() == 1 ? "leading zero" : "leading zeros";
            if (idx.offsets(KeyKind.CUSIP, padded).length > 0) {
                return " (found as " + padded + ": it looks like a number a spreadsheet wrote without its " + zeros + ")";
            }
            return " (it looks like a number a spreadsheet wrote without its " + zeros + "; " + length + ")";
        }
        String stripped = stripZeros(key);
        if (key.length() == Cusip.LENGTH && stripped.length() < key.length() && !stripped.isEmpty()
                && idx.offsets(KeyKind.CUSIP, stripped).length > 0) {
            return " (found as " + stripped + ": the master's looks like a number a spreadsheet wrote without its "
                    + (key.length() - stripped.length() == 1 ? "leading zero" : "leading zeros") + ")";
        }
        return "";
    }

    private static boolean allDigits(String key) {
        return !key.isEmpty() && key.chars().allMatch(c -> c >= '0' && c <= '9');
    }

    private static String stripZeros(String key) {
        int i = 0;
        while (i < key.length() && key.charAt(i) == '0') {
            i++;
        }
        return key.substring(i);
    }
}
