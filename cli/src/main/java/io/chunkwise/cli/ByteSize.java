package io.chunkwise.cli;

import java.math.BigDecimal;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A size in bytes as users write it: {@code 64MiB}, {@code 2GiB}, {@code 500MB}, {@code 1.5GB},
 * {@code 64m}, {@code 4096}. Binary units (KiB, MiB…) are powers of 1024, decimal units (KB, MB…)
 * powers of 1000; a bare letter (k, m, g…) is binary, as in the JVM's {@code -Xmx64m}.
 *
 * @param bytes the size in bytes, never negative
 */
public record ByteSize(long bytes) {
    private static final Pattern FORMAT =
            Pattern.compile("(\\d+(?:\\.\\d+)?)\\s*([KMGTP]I?B|[KMGTP]|B)?", Pattern.CASE_INSENSITIVE);

    /** Rejects negative sizes. */
    public ByteSize {
        if (bytes < 0) {
            throw new IllegalArgumentException("a size cannot be negative: " + bytes);
        }
    }

    /**
     * Parses a size.
     *
     * @param text e.g. {@code 64MiB}
     * @return the size
     * @throws IllegalArgumentException naming the accepted forms when the text is not a size
     */
    public static ByteSize parse(String text) {
        Matcher m = FORMAT.matcher(text.strip());
        if (!m.matches()) {
            throw new IllegalArgumentException(
                    "'" + text + "' is not a size; write e.g. 4096, 64KiB, 64MiB (or 64m), 2GiB or 500MB");
        }
        BigDecimal value = new BigDecimal(m.group(1)).multiply(BigDecimal.valueOf(multiplier(m.group(2))));
        try {
            return new ByteSize(value.setScale(0, java.math.RoundingMode.HALF_UP).longValueExact());
        } catch (ArithmeticException e) {
            throw new IllegalArgumentException("'" + text + "' is too large a size", e);
        }
    }

    private static long multiplier(String unit) {
        if (unit == null) {
            return 1;
        }
        String u = unit.toUpperCase(Locale.ROOT);
        boolean binary = u.length() != 2; // KiB, or K as in -Xmx64m; not KB
        long base = binary ? 1024 : 1000;
        return switch (u.charAt(0)) {
            case 'B' -> 1;
            case 'K' -> base;
            case 'M' -> base * base;
            case 'G' -> base * base * base;
            case 'T' -> base * base * base * base;
            case 'P' -> base * base * base * base * base;
            default -> throw new IllegalArgumentException("unknown unit " + unit);
        };
    }

    /**
     * Formats a byte count for people, in binary units.
     *
     * @param bytes a byte count
     * @return e.g. {@code 1.5 GiB}
     */
    public static String format(long bytes) {
        String[] units = {"B", "KiB", "MiB", "GiB", "TiB", "PiB"};
        double value = bytes;
        int unit = 0;
        while (Math.abs(value) >= 1024 && unit < units.length - 1) {
            value /= 1024;
            unit++;
        }
        return unit == 0 ? bytes + " B" : String.format(Locale.ROOT, "%.1f %s", value, units[unit]);
    }

    /**
     * Writes a byte count as an option's value that parses back to it exactly, in the largest unit
     * that divides it (a binary unit before the decimal one of its rank).
     *
     * @param bytes a byte count
     * @return e.g. {@code 1GiB}, {@code 200GB}, {@code 1000001}
     */
    public static String argument(long bytes) {
        for (String unit : List.of("PiB", "PB", "TiB", "TB", "GiB", "GB", "MiB", "MB", "KiB", "KB")) {
            long m = multiplier(unit);
            if (bytes != 0 && bytes % m == 0) {
                return bytes / m + unit;
            }
        }
        return Long.toString(bytes);
    }

    @Override
    public String toString() {
        return format(bytes);
    }
}
