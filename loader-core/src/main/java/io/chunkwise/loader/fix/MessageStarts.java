package io.chunkwise.loader.fix;

import static io.chunkwise.loader.fix.Swar.BYTE;

import java.lang.foreign.MemorySegment;
import java.lang.foreign.ValueLayout;
import java.nio.ByteOrder;

/**
 * Finds where messages may start: {@code 8=FIX} not preceded by a digit (so the text of tag 58
 * or 18, {@code 58=FIX…}, is not a start). Whatever precedes it on the line — timestamps,
 * arrows, log prefixes, NULs — is ignored.
 */
final class MessageStarts {
    private static final ValueLayout.OfInt INT = ValueLayout.JAVA_INT_UNALIGNED.withOrder(ByteOrder.LITTLE_ENDIAN);
    /** "=FIX" read as a little-endian int. */
    private static final int EQ_FIX = '=' | 'F' << 8 | 'I' << 16 | 'X' << 24;
    /** Bytes of the pattern {@code 8=FIX}. */
    static final int PATTERN_LENGTH = 5;

    private MessageStarts() {
    }

    /**
     * @param s the log
     * @param from first offset that may start a message
     * @param to starts must lie below this offset
     * @param limit the end of the log (the pattern may extend past {@code to}, never past this)
     * @return the first start in {@code [from, to)}, or -1
     */
    static long find(MemorySegment s, long from, long to, long limit) {
        long stop = Math.min(to, limit - PATTERN_LENGTH + 1);
        long p = from;
        while (p < stop) {
            long i = Swar.indexOf(s, p, stop, (byte) '8');
            if (i < 0) {
                return -1;
            }
            if (s.get(INT, i + 1) == EQ_FIX && (i == 0 || !isDigit(s.get(BYTE, i - 1)))) {
                return i;
            }
            p = i + 1;
        }
        return -1;
    }

    /** @return whether a message may start at {@code i} (the caller knows {@code i + 5 <= limit}) */
    static boolean startsAt(MemorySegment s, long i) {
        return s.get(BYTE, i) == '8' && s.get(INT, i + 1) == EQ_FIX && (i == 0 || !isDigit(s.get(BYTE, i - 1)));
    }

    private static boolean isDigit(byte b) {
        return b >= '0' && b <= '9';
    }
}
