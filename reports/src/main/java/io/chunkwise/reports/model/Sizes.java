package io.chunkwise.reports.model;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Locale;
import java.util.OptionalLong;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Byte sizes as benchmarks write them in parameters: {@code 1048576}, {@code 64MiB}, {@code 1GB},
 * {@code 512k}. Binary units (KiB…, and the bare letters k, m, g) are powers of 1024, decimal units
 * (KB, MB…) powers of 1000.
 */
public final class Sizes {
    private static final Pattern FORMAT = Pattern.compile("(\\d+(?:\\.\\d+)?)\\s*([kmgtp](?:i?b)?|b)?", Pattern.CASE_INSENSITIVE);

    private Sizes() {
    }

    /**
     * @param text a size
     * @return the bytes, or empty when the text is not a size
     */
    public static OptionalLong parse(String text) {
        Matcher m = FORMAT.matcher(text.strip().replace("_", ""));
        if (!m.matches()) {
            return OptionalLong.empty();
        }
        String unit = m.group(2) == null ? "b" : m.group(2).toLowerCase(Locale.ROOT);
        long base = unit.length() == 2 ? 1000 : 1024;
        int power = switch (unit.charAt(0)) {
            case 'k' -> 1;
            case 'm' -> 2;
            case 'g' -> 3;
            case 't' -> 4;
            case 'p' -> 5;
            default -> 0;
        };
        BigDecimal bytes = new BigDecimal(m.group(1)).multiply(BigDecimal.valueOf(base).pow(power));
        try {
            return OptionalLong.of(bytes.setScale(0, RoundingMode.HALF_UP).longValueExact());
        } catch (ArithmeticException e) {
            return OptionalLong.empty();
        }
    }

    /**
     * The most bytes a count of them (a {@code long}) holds, just under 8 EiB: a prediction beyond
     * it is held at it ({@link Math#round(double)} saturates), and said to be more.
     */
    public static final long MOST = Long.MAX_VALUE;

    /**
     * @param bytes a byte count
     * @return it for people, in binary units: {@code 1.5 GiB}; {@code more than 8.0 EiB} from
     *     {@link #MOST} on, which is no count a {@code long} holds but the one it saturates at
     */
    public static String format(double bytes) {
        if (bytes >= MOST) {
            return "more than " + format(Math.nextDown((double) MOST));
        }
        String[] units = {"B", "KiB", "MiB", "GiB", "TiB", "PiB", "EiB"};
        double value = bytes;
        int unit = 0;
        while (Math.abs(value) >= 1024 && unit < units.length - 1) {
            value /= 1024;
            unit++;
        }
        if (unit == 0) {
            return String.format(Locale.ROOT, "%.0f B", value);
        }
        return String.format(Locale.ROOT, Math.abs(value) >= 100 ? "%.0f %s" : "%.1f %s", value, units[unit]);
    }
}
