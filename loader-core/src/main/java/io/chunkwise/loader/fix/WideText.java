package io.chunkwise.loader.fix;

import java.util.Arrays;
import java.util.List;

/**
 * UTF-16 or UTF-32 text (Notepad's "Unicode", a spreadsheet's "Unicode Text" export), whose every
 * {@code 8=FIX} is spread over two or four bytes a character: named with the {@code iconv} that
 * converts it. Without a byte-order mark the byte order is named too: {@code iconv -f UTF-16}
 * reads such text in one byte order only, and garbles the other. UTF-32's mark
 * {@code FF FE 00 00} begins with UTF-16's, so it is looked for first.
 */
final class WideText {
    private static final byte[] UTF32_LE_MARK = {(byte) 0xFF, (byte) 0xFE, 0, 0};
    private static final byte[] UTF32_BE_MARK = {0, 0, (byte) 0xFE, (byte) 0xFF};
    private static final byte[] UTF16_LE_MARK = {(byte) 0xFF, (byte) 0xFE};
    private static final byte[] UTF16_BE_MARK = {(byte) 0xFE, (byte) 0xFF};
    private static final byte[] ASCII_START = {'8', '=', 'F', 'I', 'X'};
    /** {@code 8=FIX} in each encoding without a mark, in the order they are tried. */
    private static final List<Start> STARTS = List.of(new Start("UTF-32", "LE", 4), new Start("UTF-32", "BE", 4),
            new Start("UTF-16", "LE", 2), new Start("UTF-16", "BE", 2));

    /** {@code 8=FIX} as one encoding and byte order spells it. */
    private record Start(String family, String order, int unit, byte[] pattern) {
        Start(String family, String order, int unit) {
            this(family, order, unit, spell(order.equals("BE"), unit));
        }

        private static byte[] spell(boolean bigEndian, int unit) {
            byte[] wide = new byte[ASCII_START.length * unit];
            for (int i = 0; i < ASCII_START.length; i++) {
                wide[i * unit + (bigEndian ? unit - 1 : 0)] = ASCII_START[i];
            }
            return wide;
        }
    }

    private WideText() {
    }

    /**
     * @param source the log's name, for the message
     * @param head the log's first bytes
     * @return the error naming the encoding and the command that converts it, or null when {@code
     *     head} is not UTF-16 or UTF-32 text
     */
    static FixLogFormatException describe(String source, byte[] head) {
        if (startsWith(head, UTF32_LE_MARK) || startsWith(head, UTF32_BE_MARK)) {
            return error(source, 1, 0, "UTF-32", "UTF-32", "a byte-order mark");
        }
        if (startsWith(head, UTF16_LE_MARK) || startsWith(head, UTF16_BE_MARK)) {
            return error(source, 1, 0, "UTF-16", "UTF-16", "a byte-order mark");
        }
        // a character starts at a multiple of its size: 8=FIX at one tells the byte order (the other
        // order's pattern matches too, a byte off, when the text around it is ASCII)
        int ascii = indexOf(head, ASCII_START, 1);
        for (boolean aligned : new boolean[] {true, false}) {
            for (Start start : STARTS) {
                int at = indexOf(head, start.pattern(), aligned ? start.unit() : 1);
                // after a message of ASCII text it is a value's bytes (RawData 96 may hold UTF-16), not the log's
                if (at >= 0 && (ascii < 0 || ascii > at)) {
                    return error(source, lineOf(head, at, start.unit(), start.order().equals("BE")), at, start.family(),
                            start.family() + start.order(), "8=FIX " + (start.unit() == 2 ? "two" : "four") + " bytes a character");
                }
            }
        }
        return null;
    }

    private static FixLogFormatException error(String source, long line, int at, String family, String encoding,
            String evidence) {
        return new FixLogFormatException(source, line, at, family + " text (" + evidence
                + "); FIX logs are read as ASCII bytes: convert it, e.g. iconv -f " + encoding + " -t UTF-8");
    }

    /** @return the line of the character at {@code at}: one more than the line feeds, whole characters, before it */
    private static long lineOf(byte[] head, int at, int unit, boolean bigEndian) {
        long line = 1;
        for (int i = at % unit; i + unit <= at; i += unit) {
            boolean lineFeed = true;
            for (int b = 0; b < unit; b++) {
                int expected = b == (bigEndian ? unit - 1 : 0) ? '\n' : 0;
                lineFeed &= head[i + b] == expected;
            }
            line += lineFeed ? 1 : 0;
        }
        return line;
    }

    private static boolean startsWith(byte[] head, byte[] mark) {
        return head.length >= mark.length && Arrays.equals(head, 0, mark.length, mark, 0, mark.length);
    }

    /** @return the first index that is a multiple of {@code step} where {@code pattern} starts, or -1 */
    private static int indexOf(byte[] head, byte[] pattern, int step) {
        for (int i = 0; i + pattern.length <= head.length; i += step) {
            if (Arrays.equals(head, i, i + pattern.length, pattern, 0, pattern.length)) {
                return i;
            }
        }
        return -1;
    }
}
