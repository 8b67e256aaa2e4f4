package io.chunkwise.loader.fix;

import static io.chunkwise.loader.fix.Swar.BYTE;

import java.lang.foreign.MemorySegment;

/**
 * Where a message ends after its CheckSum's three digits: after its delimiter; or at a line break
 * or the end of the input (a log that prints a message a line may leave the last delimiter out),
 * also when only blanks (spaces, tabs) come before them, whitespace a log left at the end of the
 * line. Anything else after the digits makes {@code 10=NNN} no CheckSum. One rule for the messages
 * ({@link FrameParser}) and for the trailers of lost starts between them ({@link RangeScanner}).
 */
final class CheckSumEnd {
    private static final byte SOH = 1;

    private CheckSumEnd() {
    }

    /**
     * @param s the log
     * @param q the byte after the CheckSum's digits
     * @param limit the end of the input
     * @param delimiter the message's delimiter
     * @return the end of the message: after its delimiter, or {@code q} when a line break or the
     *     end of the input follows, directly or after blanks; -1 when something else follows
     */
    static long of(MemorySegment s, long q, long limit, byte delimiter) {
        return of(s, q, limit, delimiter, delimiter);
    }

    /**
     * {@link #of(MemorySegment, long, long, byte)} for a trailer whose message's start is lost, so
     * whose delimiter is not known: either SOH or the log's printable one ends it.
     *
     * @param s the log
     * @param q the byte after the CheckSum's digits
     * @param limit the end of the input
     * @param printable the log's printable delimiter
     * @return as {@link #of(MemorySegment, long, long, byte)}
     */
    static long ofEither(MemorySegment s, long q, long limit, byte printable) {
        return of(s, q, limit, SOH, printable);
    }

    private static long of(MemorySegment s, long q, long limit, byte delimiter, byte orDelimiter) {
        if (q == limit) {
            return q;
        }
        byte t = s.get(BYTE, q);
        if (t == delimiter || t == orDelimiter) {
            return q + 1;
        }
        if (t == '\n' || t == '\r') {
            return q;
        }
        return isBlank(t) && onlyBlanksToLineEnd(s, q + 1, limit) ? q : -1;
    }

    /**
     * @param s the log
     * @param q the byte after the CheckSum's digits, where {@link #of} found no end
     * @param limit the end of the input
     * @return the byte that keeps the message from ending there: the first after any blanks
     */
    static int stray(MemorySegment s, long q, long limit) {
        long p = q;
        while (p < limit - 1 && isBlank(s.get(BYTE, p))) {
            p++;
        }
        return s.get(BYTE, p) & 0xFF;
    }

    private static boolean onlyBlanksToLineEnd(MemorySegment s, long from, long limit) {
        for (long p = from; p < limit; p++) {
            byte b = s.get(BYTE, p);
            if (b == '\n' || b == '\r') {
                return true;
            }
            if (!isBlank(b)) {
                return false;
            }
        }
        return true;
    }

    static boolean isBlank(byte b) {
        return b == ' ' || b == '\t';
    }
}
