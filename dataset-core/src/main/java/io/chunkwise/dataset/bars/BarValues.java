package io.chunkwise.dataset.bars;

/**
 * The numbers of one bar: plain decimals only (no hex {@code 0x1p0}, {@code NaN}, {@code Infinity}
 * or {@code 1d} suffixes, which {@link Double#parseDouble} would take), positive finite prices,
 * {@code low ≤ open, close ≤ high}, and a volume that is not negative.
 */
final class BarValues {
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
