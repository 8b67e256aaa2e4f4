package io.chunkwise.bench.input;

import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Parses the size strings of benchmark parameters ({@code 64MiB}, {@code 1GiB}, {@code 500MB}). */
public final class Sizes {
    private static final Pattern SIZE = Pattern.compile("(\\d+)\\s*([KMGT]i?B|B)?", Pattern.CASE_INSENSITIVE);

    private Sizes() {
    }

    /**
     * Parses a size.
     *
     * @param text e.g. {@code 64MiB}, {@code 2GiB}, {@code 500MB}, {@code 4096}
     * @return the number of bytes
     * @throws IllegalArgumentException when the text is not a size
     */
    public static long parse(String text) {
        Matcher m = SIZE.matcher(text.strip());
        if (!m.matches()) {
            throw new IllegalArgumentException("not a size: '" + text + "' (e.g. 64MiB, 2GiB, 500MB)");
        }
        long n = Long.parseLong(m.group(1));
        String unit = m.group(2) == null ? "B" : m.group(2).toUpperCase(Locale.ROOT);
        long factor = switch (unit) {
            case "B" -> 1L;
            case "KB" -> 1_000L;
            case "MB" -> 1_000_000L;
            case "GB" -> 1_000_000_000L;
            case "TB" -> 1_000_000_000_000L;
            case "KIB" -> 1L << 10;
            case "MIB" -> 1L << 20;
            case "GIB" -> 1L << 30;
            case "TIB" -> 1L << 40;
            default -> throw new IllegalArgumentException("unknown size unit in '" + text + "'");
        };
        return Math.multiplyExact(n, factor);
    }
}
