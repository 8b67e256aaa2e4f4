package io.chunkwise.cli;

import java.math.BigDecimal;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A size in bytes as users write it: {@code 64MiB}, {@code 2GiB}, {@code 500MB}, {@code 1.5GB},
 * {@code 64m}, {@code 4096}. Binary units (KiB, MiB… EiB) are powers of 1024, decimal units (KB, MB…
 * EB) powers of 1000; a bare letter (k, m, g…) is binary, as in the JVM's {@code -Xmx64m}. A size is a
 * whole number of bytes ({@code 0.5KiB} is 512; {@code 0.5} is refused, not rounded), and a
 * lower-case b after a prefix ({@code 64Kb}) is refused as bits. Zetta and yotta units ({@code ZiB},
 * {@code YB}, {@code z}) are read too, to be refused as too large rather than as not a size.
 *
 * @param bytes the size in bytes, never negative
 */
public record ByteSize(long bytes) {
    private static final Pattern FORMAT =
            Pattern.compile("(\\d+(?:\\.\\d+)?)\\s*([KMGTPEZY]I?B|[KMGTPEZY]|B)?", Pattern.CASE_INSENSITIVE);
    /** The unit prefixes in order of power. */
    private static final String PREFIXES = "KMGTPEZY";

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
     * @throws IllegalArgumentException naming the accepted forms when the text is not a size, not a
     *     whole number of bytes, or in bits; saying it is too large when it is more than a long holds
     */
    public static ByteSize parse(String text) {
        Matcher m = FORMAT.matcher(text.strip());
        if (!m.matches()) {
            throw new IllegalArgumentException(
                    "'" + text + "' is not a size; write e.g. 4096, 64KiB, 64MiB (or 64m), 2GiB or 500MB");
        }
        String unit = m.group(2);
        if (unit != null && unit.length() > 1 && unit.endsWith("b")) {
            // Kb, Mb, kib…: a lower-case b after a prefix conventionally means bits, eight times fewer bytes
            String prefix = unit.substring(0, 1).toUpperCase(Locale.ROOT);
            throw new IllegalArgumentException("'" + text + "': a lower-case b is bits; write " + m.group(1) + prefix
                    + "B or " + m.group(1) + prefix + "iB for bytes");
        }
        BigDecimal value = new BigDecimal(m.group(1)).multiply(multiplier(unit)).stripTrailingZeros();
        if (value.scale() > 0) {
            // rounding would size a buffer or a budget other than the one the user wrote
            throw new IllegalArgumentException("'" + text + "' is not a whole number of bytes (" + value.toPlainString()
                    + " B); write e.g. 4096, 64KiB or 1.5GiB");
        }
        try {
            return new ByteSize(value.longValueExact());
        } catch (ArithmeticException e) {
            // 8EiB is well formed, one byte more than a long holds: too large, not "not a size"
            throw new IllegalArgumentException("'" + text + "' is too large a size (at most " + Long.MAX_VALUE
                    + " bytes, just under 8EiB)", e);
        }
    }

    private static BigDecimal multiplier(String unit) {
        if (unit == null || unit.equalsIgnoreCase("B")) {
            return BigDecimal.ONE;
        }
        String u = unit.toUpperCase(Locale.ROOT);
        boolean binary = u.length() != 2; // KiB, or K as in -Xmx64m; not KB
        return BigDecimal.valueOf(binary ? 1024 : 1000).pow(PREFIXES.indexOf(u.charAt(0)) + 1);
    }

    /**
     * Formats a byte count for people, in binary units.
     *
     * @param bytes a byte count
     * @return e.g. {@code 1.5 GiB}
     */
    public static String format(long bytes) {
        String[] units = {"B", "KiB", "MiB", "GiB", "TiB", "PiB", "EiB"};
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
        for (String unit : List.of("EiB", "EB", "PiB", "PB", "TiB", "TB", "GiB", "GB", "MiB", "MB", "KiB", "KB")) {
            long m = multiplier(unit).longValueExact();
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
