package io.chunkwise.loader.csv;

import java.lang.foreign.MemorySegment;
import java.lang.foreign.ValueLayout;

/**
 * A key is its field's value without surrounding spaces and tabs: {@code " 037833100 "} (a
 * fixed-width export's padding) is the CUSIP {@code 037833100}, when indexed and when looked up.
 * Blanks inside a key are kept.
 */
public final class KeyTrim {
    private KeyTrim() {
    }

    /**
     * @param s memory holding a value
     * @param from its first byte
     * @param to the byte after its last
     * @return the key's first byte: {@code from} past leading blanks ({@code to} when all blank)
     */
    public static long start(MemorySegment s, long from, long to) {
        while (from < to && isBlank(s.get(ValueLayout.JAVA_BYTE, from))) {
            from++;
        }
        return from;
    }

    /**
     * @param s memory holding a value
     * @param from its first byte (after {@link #start})
     * @param to the byte after its last
     * @return the byte after the key's last: {@code to} before trailing blanks
     */
    public static long end(MemorySegment s, long from, long to) {
        while (to > from && isBlank(s.get(ValueLayout.JAVA_BYTE, to - 1))) {
            to--;
        }
        return to;
    }

    /**
     * @param value a value's bytes
     * @return the key's bytes (the array itself when there is nothing to trim)
     */
    public static byte[] of(byte[] value) {
        MemorySegment s = MemorySegment.ofArray(value);
        long from = start(s, 0, value.length);
        long to = end(s, from, value.length);
        return from == 0 && to == value.length ? value : java.util.Arrays.copyOfRange(value, (int) from, (int) to);
    }

    private static boolean isBlank(byte b) {
        return b == ' ' || b == '\t';
    }
}
