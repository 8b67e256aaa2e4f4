package io.chunkwise.loader.csv;

import java.lang.foreign.MemorySegment;
import java.lang.foreign.ValueLayout;

/**
 * A key is its field's value without what an export wraps around it: surrounding spaces and tabs
 * ({@code " 037833100 "}, a fixed-width export's padding), a trailing CR (the {@code \r\r\n} of a
 * CRLF file written again in text mode, or a last line ending in a lone CR), and Excel's text
 * idiom {@code ="037833100"} (which keeps leading zeros); blanks inside a key are kept. The same
 * rule applies when a key is indexed and when it is looked up. CUSIPs and ISINs are moreover
 * compared ignoring ASCII case ({@link KeyHash#upperCase(long)}).
 *
 * <p>{@link #start} and {@link #end} both take the value's whole range: whether it is wrapped in
 * {@code ="…"} depends on both of its ends.
 */
public final class KeyTrim {
    private KeyTrim() {
    }

    /**
     * @param s memory holding a value
     * @param from its first byte
     * @param to the byte after its last
     * @return the key's first byte ({@code to} or less when the key is empty)
     */
    public static long start(MemorySegment s, long from, long to) {
        long a = lead(s, from, to);
        return excelText(s, a, trail(s, a, to)) ? a + 2 : a;
    }

    /**
     * @param s memory holding a value
     * @param from its first byte (the value's, not {@link #start}'s)
     * @param to the byte after its last
     * @return the byte after the key's last
     */
    public static long end(MemorySegment s, long from, long to) {
        long a = lead(s, from, to);
        long b = trail(s, a, to);
        return excelText(s, a, b) ? b - 1 : b;
    }

    /**
     * @param value a value's bytes
     * @return the key's bytes (the array itself when there is nothing to trim)
     */
    public static byte[] of(byte[] value) {
        MemorySegment s = MemorySegment.ofArray(value);
        long from = start(s, 0, value.length);
        long to = end(s, 0, value.length);
        return from == 0 && to == value.length ? value : java.util.Arrays.copyOfRange(value, (int) from, (int) to);
    }

    private static long lead(MemorySegment s, long from, long to) {
        while (from < to && isBlank(s.get(ValueLayout.JAVA_BYTE, from))) {
            from++;
        }
        return from;
    }

    private static long trail(MemorySegment s, long from, long to) {
        while (to > from && isTrailing(s.get(ValueLayout.JAVA_BYTE, to - 1))) {
            to--;
        }
        return to;
    }

    /** @return whether {@code [a, b)} is {@code ="…"} */
    private static boolean excelText(MemorySegment s, long a, long b) {
        return b - a >= 3 && s.get(ValueLayout.JAVA_BYTE, a) == '=' && s.get(ValueLayout.JAVA_BYTE, a + 1) == '"'
                && s.get(ValueLayout.JAVA_BYTE, b - 1) == '"';
    }

    private static boolean isBlank(byte b) {
        return b == ' ' || b == '\t';
    }

    private static boolean isTrailing(byte b) {
        return b == ' ' || b == '\t' || b == '\r';
    }
}
