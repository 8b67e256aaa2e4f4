package io.chunkwise.loader.fix;

import static io.chunkwise.loader.fix.Swar.BYTE;

import java.lang.foreign.MemorySegment;
import java.lang.foreign.ValueLayout;
import java.nio.ByteOrder;

/**
 * Finds where messages may start: {@code 8=FIX} not preceded by a digit, whatever precedes it on
 * the line (timestamps, arrows, log prefixes, NULs). After a digit the text may be tag 58's or
 * 18's ({@code 58=FIX rocks}), so there it must read as a whole header,
 * {@code 8=FIX.4.4|9=}, {@code 8=FIX.5.0SP2|9=} or {@code 8=FIXT.1.1|9=} (SOH or the log's printable delimiter): that is how a message
 * written straight after a truncated one ({@code …|56} then {@code 8=FIX.4.4|9=…}) is found.
 */
final class MessageStarts {
    private static final ValueLayout.OfInt INT = ValueLayout.JAVA_INT_UNALIGNED.withOrder(ByteOrder.LITTLE_ENDIAN);
    /** "=FIX" read as a little-endian int. */
    private static final int EQ_FIX = '=' | 'F' << 8 | 'I' << 16 | 'X' << 24;
    /** Bytes of the pattern {@code 8=FIX}. */
    static final int PATTERN_LENGTH = 5;
    /** Longest version after {@code 8=FIX} in a whole header ({@code T.1.1} is 5, {@code .5.0SP2} 7). */
    private static final int MAX_VERSION = 8;

    private MessageStarts() {
    }

    /**
     * @param s the log
     * @param from first offset that may start a message
     * @param to starts must lie below this offset
     * @param limit the end of the log (the pattern may extend past {@code to}, never past this)
     * @param printable the log's printable delimiter ({@link PrintableDelimiter#value()})
     * @return the first start in {@code [from, to)}, or -1
     */
    static long find(MemorySegment s, long from, long to, long limit, byte printable) {
        long stop = Math.min(to, limit - PATTERN_LENGTH + 1);
        long p = from;
        while (p < stop) {
            long i = Swar.indexOf(s, p, stop, (byte) '8');
            if (i < 0) {
                return -1;
            }
            if (s.get(INT, i + 1) == EQ_FIX && (i == 0 || !isDigit(s.get(BYTE, i - 1)) || wholeHeaderAt(s, i, limit, printable))) {
                return i;
            }
            p = i + 1;
        }
        return -1;
    }

    /** @return whether {@code 8=FIX} at {@code i} goes on as a version, a delimiter and {@code 9=} */
    private static boolean wholeHeaderAt(MemorySegment s, long i, long limit, byte printable) {
        long p = i + PATTERN_LENGTH;
        long end = Math.min(limit, p + MAX_VERSION + 1);
        while (p < end && isVersionByte(s.get(BYTE, p))) {
            p++;
        }
        if (p == i + PATTERN_LENGTH || p + 3 > limit) {
            return false;
        }
        byte delimiter = s.get(BYTE, p);
        return (delimiter == 0x01 || delimiter == printable) && s.get(BYTE, p + 1) == '9' && s.get(BYTE, p + 2) == '=';
    }

    private static boolean isVersionByte(byte b) {
        return b == '.' || b == 'T' || b == 'S' || b == 'P' || isDigit(b);
    }

    private static boolean isDigit(byte b) {
        return b >= '0' && b <= '9';
    }
}
