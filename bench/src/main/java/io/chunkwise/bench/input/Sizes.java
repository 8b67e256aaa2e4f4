package io.chunkwise.bench.input;

import java.math.BigInteger;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Parses the size strings of benchmark parameters ({@code 64MiB}, {@code 1GiB}, {@code 500MB}). */
public final class Sizes {
    private static final Pattern SIZE = Pattern.compile("(\\d+)\\s*([KMGTPEZY]i?B|B)?", Pattern.CASE_INSENSITIVE);
    /** The unit prefixes in order of power, to yotta: a size in ZiB is too large, not malformed. */
    private static final String PREFIXES = "KMGTPEZY";

    private Sizes() {
    }

    /**
     * Parses a size.
     *
     * @param text e.g. {@code 64MiB}, {@code 2GiB}, {@code 500MB}, {@code 4096}
     * @return the number of bytes
     * @throws IllegalArgumentException when the text is not a size, or is more than a long holds
     */
    public static long parse(String text) {
        Matcher m = SIZE.matcher(text.strip());
        if (!m.matches()) {
            throw new IllegalArgumentException("not a size: '" + text + "' (e.g. 64MiB, 2GiB, 500MB)");
        }
        String unit = m.group(2) == null ? "B" : m.group(2).toUpperCase(Locale.ROOT);
        BigInteger factor = unit.equals("B") ? BigInteger.ONE
                : BigInteger.valueOf(unit.length() == 2 ? 1000 : 1024).pow(PREFIXES.indexOf(unit.charAt(0)) + 1);
        BigInteger bytes = new BigInteger(m.group(1)).multiply(factor);
        if (bytes.bitLength() >= Long.SIZE) {
            // as the command line says it: 8EiB or 9999999TB is well formed, only too large
            throw new IllegalArgumentException("'" + text + "' is too large a size (at most " + Long.MAX_VALUE
                    + " bytes, just under 8EiB)");
        }
        return bytes.longValueExact();
    }
}
