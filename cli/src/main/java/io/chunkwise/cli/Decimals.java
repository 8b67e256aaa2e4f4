package io.chunkwise.cli;

/**
 * Numbers for people, written without {@link java.util.Formatter}: a grouped count
 * ({@code 2,846,141}) and a fixed-point figure ({@code 0.95}), as {@code String.format(Locale.ROOT,
 * "%,d")} and {@code "%.2f"} write them. A number formatted through {@code Formatter} loads the
 * locale's decimal symbols first, which took about a quarter of a small reconcile's command time
 * (async-profiler, wall clock); every command's one-line result pays it otherwise.
 */
public final class Decimals {
    private Decimals() {
    }

    /**
     * @param n a count
     * @return its digits in groups of three separated by commas, e.g. {@code -1,234,567}
     */
    public static String grouped(long n) {
        String digits = Long.toString(n);
        int sign = n < 0 ? 1 : 0;
        int length = digits.length() - sign;
        StringBuilder s = new StringBuilder(digits.length() + length / 3);
        s.append(digits, 0, sign);
        for (int i = 0; i < length; i++) {
            if (i > 0 && (length - i) % 3 == 0) {
                s.append(',');
            }
            s.append(digits.charAt(sign + i));
        }
        return s.toString();
    }

    /**
     * @param value a figure
     * @param places digits after the point, 0 to 6
     * @return the figure rounded half up to that many places, as {@code %.Nf} rounds it: the
     *     shortest decimal that reads back as the double (its {@link Double#toString}), rounded, so
     *     that 0.125 gives 0.13 and 1.005 gives 1.01. Not through {@link java.math.BigDecimal},
     *     whose class initialisation alone took 50 ms of a small reconcile.
     */
    public static String fixed(double value, int places) {
        if (places < 0 || places > 6) {
            throw new IllegalArgumentException("places must be 0 to 6: " + places);
        }
        if (!Double.isFinite(value)) {
            return Double.toString(value);
        }
        String shortest = Double.toString(Math.abs(value)); // d.ddd or d.dddE±n
        int e = shortest.indexOf('E');
        String mantissa = e < 0 ? shortest : shortest.substring(0, e);
        int point = mantissa.indexOf('.');
        // the value is 0.DIGITS × 10^whole
        StringBuilder digits = new StringBuilder(mantissa.length() + 8).append(mantissa, 0, point).append(mantissa, point + 1, mantissa.length());
        int whole = point + (e < 0 ? 0 : Integer.parseInt(shortest, e + 1, shortest.length(), 10));
        if (whole < 1) {
            digits.insert(0, "0".repeat(1 - whole));
            whole = 1;
        }
        int kept = whole + places;
        while (digits.length() <= kept) {
            digits.append('0');
        }
        boolean up = digits.charAt(kept) >= '5';
        digits.setLength(kept);
        for (int i = kept - 1; up && i >= 0; i--) {
            up = digits.charAt(i) == '9';
            digits.setCharAt(i, up ? '0' : (char) (digits.charAt(i) + 1));
        }
        if (up) {
            digits.insert(0, '1');
            whole++;
        }
        int lead = 0;
        while (lead < whole - 1 && digits.charAt(lead) == '0') {
            lead++;
        }
        StringBuilder s = new StringBuilder(kept + 2);
        if (Double.doubleToRawLongBits(value) < 0) {
            s.append('-'); // as Formatter: -0.001 is -0.00
        }
        s.append(digits, lead, whole);
        if (places > 0) {
            s.append('.').append(digits, whole, whole + places);
        }
        return s.toString();
    }
}
