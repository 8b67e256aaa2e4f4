package io.chunkwise.loader.fix;

import java.nio.charset.StandardCharsets;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * Finds the printable delimiter of a log whose messages are delimited by {@code ^}, {@code ;} or
 * {@code ,} instead of SOH or {@code |}, from its first bytes. It reads the messages' structure,
 * not how often a byte occurs (values hold {@code ;}, {@code ,} and {@code ^}): a start counts when
 * its BeginString is followed by the byte, BodyLength, the byte again and MsgType
 * ({@code 8=FIX.4.4;9=178;35=D;}), and by a CheckSum field after the byte ({@code ;10=123}) before
 * the next start (or the end of the bytes read, when its BodyLength reaches past them). One start
 * delimited by SOH or {@code |} makes the log an SOH or {@code |} one (the others are then values'
 * text, or lines to reject), and a log whose starts use two of these bytes is refused: one scan
 * accepts one besides SOH.
 */
final class DelimiterDetection {
    private static final byte SOH = 1;
    private static final int MAX_BODY_LENGTH_DIGITS = 9;
    private static final int MAX_MSG_TYPE = 32;

    /**
     * A log's printable delimiter and the message start that shows it.
     *
     * @param delimiter the delimiter
     * @param offset the byte offset of that start's {@code 8=FIX} in the log
     * @param line its line, from 1
     * @param beginString the start's text up to the delimiter, e.g. {@code 8=FIX.4.4}
     */
    record Found(PrintableDelimiter delimiter, long offset, long line, String beginString) {
    }

    private DelimiterDetection() {
    }

    /**
     * @param source the log's name, for the error
     * @param head the log's first bytes
     * @param base the offset of {@code head} in the log
     * @return the delimiter when the starts in {@code head} use one of {@code ^ ; ,} and none uses
     *     SOH or {@code |}; else {@code null} (the log is read with SOH and {@code |})
     * @throws FixLogFormatException when its starts use two of them, naming both and where
     */
    static Found detect(String source, byte[] head, long base) {
        return detect(source, head, base, 1);
    }

    /**
     * {@link #detect(String, byte[], long)} of bytes from within the log.
     *
     * @param source the log's name, for the error
     * @param head the log's bytes from {@code base}
     * @param base the offset of {@code head} in the log
     * @param firstLine the line {@code base} is on, from 1
     * @return as {@link #detect(String, byte[], long)}
     * @throws FixLogFormatException as {@link #detect(String, byte[], long)}
     */
    static Found detect(String source, byte[] head, long base, long firstLine) {
        Map<PrintableDelimiter, Integer> first = new EnumMap<>(PrintableDelimiter.class);
        byte[] begin = FixLogFormat.BEGIN;
        for (int i = FixLogFormat.indexOf(head, begin, 0); i >= 0; i = FixLogFormat.indexOf(head, begin, i + 1)) {
            int d = afterVersion(head, i + begin.length);
            if (d < 0 || d + 2 >= head.length || head[d + 1] != '9' || head[d + 2] != '=') {
                continue;
            }
            if (head[d] == SOH || head[d] == '|') {
                return null;
            }
            PrintableDelimiter delimiter = PrintableDelimiter.of(head[d]);
            if (delimiter != null && !first.containsKey(delimiter) && isMessage(head, d, head[d])) {
                first.put(delimiter, i);
            }
        }
        if (first.isEmpty()) {
            return null;
        }
        List<Map.Entry<PrintableDelimiter, Integer>> starts = first.entrySet().stream()
                .sorted(Map.Entry.comparingByValue()).toList();
        Found found = found(head, base, firstLine, starts.get(0).getKey(), starts.get(0).getValue());
        if (starts.size() > 1) {
            Found other = found(head, base, firstLine, starts.get(1).getKey(), starts.get(1).getValue());
            throw new FixLogFormatException(source, other.line(), other.offset(), "its messages are delimited by '"
                    + other.delimiter().text() + "' here (" + other.beginString() + other.delimiter().text() + "9=…) and by '"
                    + found.delimiter().text() + "' at line " + found.line() + " (byte " + found.offset() + "): a scan"
                    + " reads one printable delimiter beside SOH; split the log by delimiter and scan each part, e.g. grep -E '"
                    + grepPattern(found.delimiter()) + "' " + source);
        }
        return found;
    }

    /** @return an extended regular expression for {@code grep -E} matching a start delimited by {@code d} */
    private static String grepPattern(PrintableDelimiter d) {
        return "8=FIXT?\\.[0-9.]+(SP[0-9])?" + (d == PrintableDelimiter.CARET ? "\\^" : d.text()) + "9=";
    }

    private static Found found(byte[] head, long base, long firstLine, PrintableDelimiter delimiter, int at) {
        long line = firstLine;
        for (int i = 0; i < at; i++) {
            line += head[i] == '\n' ? 1 : 0;
        }
        int end = afterVersion(head, at + FixLogFormat.BEGIN.length);
        return new Found(delimiter, base + at, line, new String(head, at, end - at, StandardCharsets.ISO_8859_1));
    }

    /**
     * @param d where the delimiter after BeginString is
     * @return whether BodyLength, MsgType and a CheckSum field follow, each after {@code delimiter}:
     *     the CheckSum before the next start, or, for a message whose BodyLength reaches past
     *     {@code head}, up to its end
     */
    private static boolean isMessage(byte[] head, int d, byte delimiter) {
        int p = d + 3;
        long length = 0;
        int digits = 0;
        while (p < head.length && isDigit(head[p]) && digits <= MAX_BODY_LENGTH_DIGITS) {
            length = length * 10 + head[p] - '0';
            p++;
            digits++;
        }
        if (digits == 0 || digits > MAX_BODY_LENGTH_DIGITS || p + 4 >= head.length || head[p] != delimiter
                || head[p + 1] != '3' || head[p + 2] != '5' || head[p + 3] != '=') {
            return false;
        }
        int type = p + 4;
        int q = type;
        while (q < head.length && q - type <= MAX_MSG_TYPE && head[q] != delimiter) {
            q++;
        }
        if (q == type || q - type > MAX_MSG_TYPE) {
            return false;
        }
        int next = FixLogFormat.indexOf(head, FixLogFormat.BEGIN, q);
        int stop = next < 0 ? head.length : next;
        for (int c = q; c + 6 < stop; c++) {
            if (head[c] == delimiter && head[c + 1] == '1' && head[c + 2] == '0' && head[c + 3] == '='
                    && isDigit(head[c + 4]) && isDigit(head[c + 5]) && isDigit(head[c + 6])) {
                return true;
            }
        }
        // the bytes read end inside a long first message: its header decides
        return next < 0 && p + 1 + length + 7 > head.length;
    }

    /** @return the index after {@code T.n.n}, {@code .n.n} or {@code .n.nSPn} at {@code from}, or -1 when not there */
    private static int afterVersion(byte[] head, int from) {
        boolean transport = from < head.length && head[from] == 'T';
        int p = transport ? from + 1 : from;
        if (p + 3 >= head.length || head[p] != '.' || !isDigit(head[p + 1]) || head[p + 2] != '.' || !isDigit(head[p + 3])) {
            return -1;
        }
        p += 4;
        if (!transport && p + 2 < head.length && head[p] == 'S' && head[p + 1] == 'P' && isDigit(head[p + 2])) {
            p += 3;
        }
        return p;
    }

    private static boolean isDigit(byte b) {
        return b >= '0' && b <= '9';
    }
}
