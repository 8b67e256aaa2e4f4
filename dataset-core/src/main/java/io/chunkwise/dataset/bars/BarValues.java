package io.chunkwise.dataset.bars;

import java.util.regex.Pattern;

/**
 * The numbers of one bar: decimals only, with an optional sign and exponent ({@code +1.08},
 * {@code 1.5e2}: some vendors write volumes so), but no hex {@code 0x1p0}, {@code NaN},
 * {@code Infinity} or {@code 1d} suffixes, which {@link Double#parseDouble} would take; positive finite
 * prices and volumes within float32's range (the cache's type), {@code low ≤ open, close ≤ high}, and
 * a volume that is not negative.
 */
final class BarValues {
    /**
     * Digits grouped in threes, then decimals at the other mark: {@code 1,104.30} (English exports),
     * {@code 1.104,30} (European), {@code 1'104.30} (Swiss), {@code 1 104,30} (French, a space or a
     * no-break space), or no decimals ({@code 12,000}).
     */
    private static final Pattern GROUPED = Pattern.compile(
            "[+-]?\\d{1,3}(?:(?:,\\d{3})+(?:\\.\\d*)?|(?:\\.\\d{3})+(?:,\\d*)?|(?:['\\u0020\\u00A0\\u202F]\\d{3})+(?:[.,]\\d*)?)");

    private BarValues() {
    }

    /**
     * @param text a field
     * @return its value
     * @throws NumberFormatException when it is not a plain decimal number
     */
    static double decimal(String text) {
        if (text.isEmpty()) {
            throw new NumberFormatException("empty");
        }
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (!(c >= '0' && c <= '9' || c == '.' || c == 'e' || c == 'E' || c == '+' || c == '-')) {
                throw new NumberFormatException(text);
            }
        }
        return Double.parseDouble(text);
    }

    /**
     * @param text a field
     * @param comma whether the file writes a decimal comma ({@code 1,10435}) instead of a point
     * @return its value
     * @throws NumberFormatException when it is not a plain decimal number in that form (with a comma:
     *     a point, or a second comma as in thousands separators, is refused)
     */
    static double decimal(String text, boolean comma) {
        if (!comma) {
            return decimal(text);
        }
        int at = text.indexOf(',');
        if (text.indexOf('.') >= 0 || at != text.lastIndexOf(',')) {
            throw new NumberFormatException(text);
        }
        return decimal(at < 0 ? text : text.replace(',', '.'));
    }

    /**
     * Why a field is not a number, naming {@code --decimal-comma} when the field reads as a decimal
     * comma number and the option is off, or as a decimal point number while it is on, thousands
     * separators when its digits are grouped ({@code 1,104.30}, with either decimal mark), and
     * {@link BarsLayout#NO_COLUMN} for an empty volume.
     *
     * @param label the field's name, e.g. {@code open}
     * @param text the field
     * @param comma whether the file is read with a decimal comma
     * @return the reason
     */
    static String bad(String label, String text, boolean comma) {
        String reason = "bad " + label + " " + FieldText.quoted(text);
        if (text.isEmpty() && label.equals(BarField.VOLUME.label())) {
            // a volume column left blank (FX exports) fails every row: say how to read the file at all
            return reason + ": empty; if the file has no volumes, leave the volume out";
        }
        boolean grouped = GROUPED.matcher(text).matches();
        if (!comma && isNumber(text, true)) {
            // 12,000 and 157,123 (USD/JPY) read both ways: name both rather than guess
            return reason + (grouped
                    ? ": a decimal comma, or a thousands separator? if ',' is the decimal mark, read the file with a"
                            + " decimal comma; thousands separators are not read"
                    : ": a decimal comma? read the file with a decimal comma");
        }
        if (comma && isNumber(text, false)) {
            return reason + ": a decimal point, but the decimal comma is on";
        }
        if (grouped || comma && text.indexOf('.') >= 0 && text.indexOf(',') >= 0) {
            // whichever the decimal mark: a user must take the separators out of the file
            return reason + ": thousands separators are not read";
        }
        return reason;
    }

    /**
     * @param text a field
     * @param comma whether the decimal mark is a comma
     * @return whether it is a plain decimal number with that decimal mark (and, with a comma, no point)
     */
    static boolean isNumber(String text, boolean comma) {
        try {
            decimal(text, comma);
            return true;
        } catch (NumberFormatException e) {
            return false;
        }
    }

    /**
     * @param text a decimal as {@link #decimal} reads it
     * @param v its value
     * @return whether it was read as zero but is not: its digits before any exponent are not all zeros
     *     ({@code 1e-400} is below even a double's range), so that it is refused as out of range as
     *     {@code 1e-50} is, not stored as a volume of 0
     */
    static boolean underflowed(String text, double v) {
        if (v != 0) {
            return false;
        }
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == 'e' || c == 'E') {
                return false;
            }
            if (c >= '1' && c <= '9') {
                return true;
            }
        }
        return false;
    }

    /**
     * @param v a finite value
     * @return whether the cache's float32 holds it without overflowing to infinity or underflowing to
     *     zero or a subnormal (losing its digits): zero, or a magnitude from {@link Float#MIN_NORMAL} to
     *     {@link Float#MAX_VALUE}
     */
    static boolean fitsFloat(double v) {
        double a = Math.abs(v);
        return a == 0 || a >= Float.MIN_NORMAL && !Float.isInfinite((float) v);
    }

    /**
     * @param open open
     * @param high high
     * @param low low
     * @param close close
     * @param volume volume
     * @return why the bar is impossible, or null when it is consistent
     */
    static String inconsistency(double open, double high, double low, double close, double volume) {
        if (open <= 0 || high <= 0 || low <= 0 || close <= 0) {
            return "prices must be positive";
        }
        if (high < low) {
            return "high " + high + " below low " + low;
        }
        if (open < low || open > high) {
            return "open " + open + " outside [low " + low + ", high " + high + "]";
        }
        if (close < low || close > high) {
            return "close " + close + " outside [low " + low + ", high " + high + "]";
        }
        if (volume < 0) {
            return "negative volume " + volume;
        }
        return null;
    }
}
