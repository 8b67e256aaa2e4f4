package io.chunkwise.loader.csv;

import java.lang.foreign.MemorySegment;
import java.lang.foreign.ValueLayout;

/**
 * A key is its field's value without what an export wraps around it: a leading UTF-8 byte-order
 * mark ({@code EF BB BF}: the start of a second file appended to the first, whose mark lands at the
 * start of a data row's first field), surrounding spaces and tabs ({@code " 037833100 "}, a
 * fixed-width export's padding), the quotes that a leading mark or blank kept from being read as a
 * quoted field ({@code "…"} after them, RFC 4180's quote whatever the file's: {@code AAPL, "037833100"},
 * a space written after each delimiter), surrounding no-break spaces (U+00A0, which a spreadsheet
 * or a terminal's copy pads values with and which prints as a space: {@code C2 A0} in UTF-8, the
 * byte {@code A0} alone in Windows-1252, as header names are matched), a trailing CR (the {@code \r\r\n} of a
 * CRLF file written again in text mode, or a last line ending in a lone CR), and Excel's text
 * idiom {@code ="037833100"} (which keeps leading zeros); blanks inside a key are kept. The same
 * rule applies when a key is indexed and when it is looked up. CUSIPs and ISINs are moreover
 * compared ignoring ASCII case ({@link KeyHash#upperCase(long)}).
 *
 * <p>{@link #start} and {@link #end} both take the value's whole range: whether it is wrapped in
 * {@code ="…"} depends on both of its ends. A caller that needs both reads them in one pass with a
 * {@link Span} it reuses.
 */
public final class KeyTrim {
    private static final byte[] BYTE_ORDER_MARK = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};
    /** A no-break space's first byte in UTF-8 ({@code C2 A0}). */
    private static final byte NO_BREAK_LEAD = (byte) 0xC2;
    /** A no-break space's last byte in UTF-8, and the whole of one in Windows-1252. */
    private static final byte NO_BREAK = (byte) 0xA0;

    private KeyTrim() {
    }

    /**
     * Both ends of a key, found in one pass over its value's ends. Mutable, to be reused: one per
     * thread, no allocation per key.
     */
    public static final class Span {
        private long start;
        private long end;

        /** An empty span, to be set by {@link #of}. */
        public Span() {
        }

        /**
         * Finds a key's ends, as {@link KeyTrim#start} and {@link KeyTrim#end} would.
         *
         * @param s memory holding a value
         * @param from its first byte
         * @param to the byte after its last
         * @return this span, set
         */
        public Span of(MemorySegment s, long from, long to) {
            // almost every key is its value: ends that start and end nothing trimmed, checked in a few
            // operations (this runs for every key of every record and message), the rest out of line
            if (to > from && isPlainStart(s.get(ValueLayout.JAVA_BYTE, from))
                    && !mayEndTrimmed(s.get(ValueLayout.JAVA_BYTE, to - 1))) {
                start = from;
                end = to;
                return this;
            }
            return trimmed(s, from, to);
        }

        private Span trimmed(MemorySegment s, long from, long to) {
            long a = lead(s, from, to);
            long b = trail(s, a, to);
            start = keyStart(s, from, a, b);
            end = keyEnd(s, from, a, b);
            return this;
        }

        /** @return the key's first byte (the value's end or less when the key is empty) */
        public long start() {
            return start;
        }

        /** @return the byte after the key's last */
        public long end() {
            return end;
        }
    }

    /**
     * @param s memory holding a value
     * @param from its first byte
     * @param to the byte after its last
     * @return whether it starts with a UTF-8 byte-order mark
     */
    public static boolean startsWithByteOrderMark(MemorySegment s, long from, long to) {
        return to - from >= 3 && s.get(ValueLayout.JAVA_BYTE, from) == BYTE_ORDER_MARK[0]
                && s.get(ValueLayout.JAVA_BYTE, from + 1) == BYTE_ORDER_MARK[1]
                && s.get(ValueLayout.JAVA_BYTE, from + 2) == BYTE_ORDER_MARK[2];
    }

    /**
     * @param s memory holding a value
     * @param from its first byte
     * @param to the byte after its last
     * @return the key's first byte ({@code to} or less when the key is empty)
     */
    public static long start(MemorySegment s, long from, long to) {
        long a = lead(s, from, to);
        return keyStart(s, from, a, trail(s, a, to));
    }

    /**
     * @param s memory holding a value
     * @param from its first byte (the value's, not {@link #start}'s)
     * @param to the byte after its last
     * @return the byte after the key's last
     */
    public static long end(MemorySegment s, long from, long to) {
        long a = lead(s, from, to);
        return keyEnd(s, from, a, trail(s, a, to));
    }

    /** @return the key's first byte, given its value's range {@code from} and its trimmed range {@code [a, b)} */
    private static long keyStart(MemorySegment s, long from, long a, long b) {
        if (quotedAfterLead(s, from, a, b)) {
            long ia = blanks(s, a + 1, b - 1);
            return excelText(s, ia, trail(s, ia, b - 1)) ? ia + 2 : ia;
        }
        return excelText(s, a, b) ? a + 2 : a;
    }

    /** @return the byte after the key's last, given as {@link #keyStart} is */
    private static long keyEnd(MemorySegment s, long from, long a, long b) {
        if (quotedAfterLead(s, from, a, b)) {
            long ia = blanks(s, a + 1, b - 1);
            long ib = trail(s, ia, b - 1);
            return excelText(s, ia, ib) ? ib - 1 : ib;
        }
        return excelText(s, a, b) ? b - 1 : b;
    }

    /**
     * @return whether the value starts with a byte-order mark or a blank and its trimmed rest
     *     {@code [a, b)} is {@code "…"}: a quoted field they kept from being read as one (unwrapped
     *     once: they are only at the value's start)
     */
    private static boolean quotedAfterLead(MemorySegment s, long from, long a, long b) {
        return a > from && b - a >= 2 && s.get(ValueLayout.JAVA_BYTE, a) == '"' && s.get(ValueLayout.JAVA_BYTE, b - 1) == '"';
    }

    /**
     * @param value a value's bytes
     * @return the key's bytes (the array itself when there is nothing to trim)
     */
    public static byte[] of(byte[] value) {
        Span k = new Span().of(MemorySegment.ofArray(value), 0, value.length);
        long from = k.start();
        long to = k.end();
        return from == 0 && to == value.length ? value : java.util.Arrays.copyOfRange(value, (int) from, (int) to);
    }

    private static long lead(MemorySegment s, long from, long to) {
        return blanks(s, startsWithByteOrderMark(s, from, to) ? from + BYTE_ORDER_MARK.length : from, to);
    }

    private static long blanks(MemorySegment s, long from, long to) {
        while (from < to) {
            byte b = s.get(ValueLayout.JAVA_BYTE, from);
            if (isBlank(b) || b == NO_BREAK) {
                from++; // a lone A0 starts no UTF-8 character: Windows-1252's no-break space
            } else if (b == NO_BREAK_LEAD && to - from >= 2 && s.get(ValueLayout.JAVA_BYTE, from + 1) == NO_BREAK) {
                from += 2;
            } else {
                break;
            }
        }
        return from;
    }

    private static long trail(MemorySegment s, long from, long to) {
        while (to > from) {
            byte b = s.get(ValueLayout.JAVA_BYTE, to - 1);
            int noBreak = b == NO_BREAK ? noBreakSpaceEnding(s, from, to) : 0;
            if (isTrailing(b)) {
                to--;
            } else if (noBreak > 0) {
                to -= noBreak;
            } else {
                break;
            }
        }
        return to;
    }

    /**
     * @return the bytes of the no-break space that ends at {@code to}, whose last byte is {@code A0}:
     *     2 for UTF-8's {@code C2 A0}, 0 when the {@code A0} ends another UTF-8 character
     *     ({@code C3 A0} is à), 1 when it ends none (Windows-1252's no-break space)
     */
    private static int noBreakSpaceEnding(MemorySegment s, long from, long to) {
        long lead = to - 1;
        while (lead > from && to - lead < 4 && isContinuation(s.get(ValueLayout.JAVA_BYTE, lead))) {
            lead--;
        }
        byte b = s.get(ValueLayout.JAVA_BYTE, lead);
        int length = (b & 0xE0) == 0xC0 ? 2 : (b & 0xF0) == 0xE0 ? 3 : (b & 0xF8) == 0xF0 ? 4 : 0;
        if (length != to - lead) {
            return 1;
        }
        return b == NO_BREAK_LEAD ? 2 : 0;
    }

    private static boolean isContinuation(byte b) {
        return (b & 0xC0) == 0x80;
    }

    /** @return whether {@code [a, b)} is {@code ="…"} */
    private static boolean excelText(MemorySegment s, long a, long b) {
        return b - a >= 3 && s.get(ValueLayout.JAVA_BYTE, a) == '=' && s.get(ValueLayout.JAVA_BYTE, a + 1) == '"'
                && s.get(ValueLayout.JAVA_BYTE, b - 1) == '"';
    }

    /** @return whether a value starting with this byte starts its key: no blank, mark, no-break space or {@code ="} */
    private static boolean isPlainStart(byte b) {
        return b != ' ' && b != '\t' && b != '=' && b != BYTE_ORDER_MARK[0] && b != NO_BREAK_LEAD && b != NO_BREAK;
    }

    /** @return whether a value ending with this byte may end with something trimmed (a no-break space's A0 is looked at closer) */
    private static boolean mayEndTrimmed(byte b) {
        return isTrailing(b) || b == NO_BREAK;
    }

    private static boolean isBlank(byte b) {
        return b == ' ' || b == '\t';
    }

    private static boolean isTrailing(byte b) {
        return b == ' ' || b == '\t' || b == '\r';
    }
}
