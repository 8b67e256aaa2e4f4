package io.chunkwise.loader.fix;

import static io.chunkwise.loader.fix.Swar.BYTE;

import java.lang.foreign.MemorySegment;
import java.lang.foreign.ValueLayout;
import java.nio.ByteOrder;

/**
 * Walks the fields of a {@link FixMessage} from {@code 8=} to {@code 10=}, without allocating:
 * the tag as an int, the value as offsets into {@link FixMessage#segment()}. Data fields
 * (RawData 96 and the other length-prefixed fields) are read by their length field, so a value
 * may hold SOH, {@code |}, line breaks or {@code 8=FIX}. Reusable: {@link #reset} it per message.
 */
public final class FieldCursor {
    private static final ValueLayout.OfInt HEAD = ValueLayout.JAVA_INT_UNALIGNED.withOrder(ByteOrder.LITTLE_ENDIAN);

    private MemorySegment segment;
    private long position;
    private long limit;
    private byte delimiter;
    private int tag;
    private long valueStart;
    private long valueEnd;
    private int pendingDataTag;
    private long pendingDataLength;

    /** A cursor; {@link #reset} it to a message before use. */
    public FieldCursor() {
    }

    /**
     * Positions the cursor before the first field of {@code message}.
     *
     * @param message the message to walk
     * @return this cursor
     */
    public FieldCursor reset(FixMessage message) {
        segment = message.segment();
        position = message.start();
        limit = message.bodyEnd() + 6;
        delimiter = message.delimiter();
        tag = -1;
        pendingDataTag = 0;
        return this;
    }

    /**
     * Positions the cursor before the field at {@code from} of a frame whose CheckSum field ends
     * by {@code limit} (a message not yet accepted).
     */
    FieldCursor reset(MemorySegment segment, long from, long limit, byte delimiter) {
        this.segment = segment;
        position = from;
        this.limit = limit;
        this.delimiter = delimiter;
        tag = -1;
        pendingDataTag = 0;
        return this;
    }

    /** Positions the cursor at the field after MsgType (35), skipping 8, 9 and 35. */
    FieldCursor resetAtBody(FixMessage message) {
        reset(message);
        position = message.msgTypeEnd() + 1;
        return this;
    }

    /**
     * Advances to the next field.
     *
     * @return false after the CheckSum field
     */
    public boolean next() {
        long p = position;
        if (p >= limit) {
            return false;
        }
        // A field starts at or before 10=, so four bytes are always readable (the frame holds 10=NNN).
        int head = segment.get(HEAD, p);
        int d0 = (head & 0xFF) - '0';
        int b1 = (head >>> 8) & 0xFF;
        int b2 = (head >>> 16) & 0xFF;
        int t;
        long vs;
        if (d0 < 0 || d0 > 9) {
            return skipBroken(p);
        } else if (b1 == '=') {
            t = d0;
            vs = p + 2;
        } else if (isDigit(b1) && b2 == '=') {
            t = d0 * 10 + b1 - '0';
            vs = p + 3;
        } else if (isDigit(b1) && isDigit(b2) && (head >>> 24) == '=') {
            t = d0 * 100 + (b1 - '0') * 10 + b2 - '0';
            vs = p + 4;
        } else {
            t = 0;
            byte b;
            while ((b = segment.get(BYTE, p)) != '=') {
                int digit = b - '0';
                t = digit >= 0 && digit <= 9 && t < 100_000_000 ? t * 10 + digit : -1;
                if (t < 0 || ++p >= limit) {
                    return skipBroken(position);
                }
            }
            vs = p + 1;
        }
        tag = t;
        valueStart = vs;
        if (t == pendingDataTag && pendingDataLength >= 0 && vs + pendingDataLength < limit
                && segment.get(BYTE, vs + pendingDataLength) == delimiter) {
            valueEnd = vs + pendingDataLength;
        } else {
            long d = Swar.indexOf(segment, vs, limit, delimiter);
            valueEnd = d < 0 ? limit : d;
        }
        position = valueEnd + 1;
        int dataTag = DataFields.dataTagFor(t);
        if (dataTag != 0) {
            pendingDataTag = dataTag;
            pendingDataLength = lengthValue();
        } else {
            pendingDataTag = 0;
        }
        return true;
    }

    private static boolean isDigit(int c) {
        return c >= '0' && c <= '9';
    }

    private boolean skipBroken(long p) {
        tag = -1;
        valueStart = p;
        long d = Swar.indexOf(segment, p, limit, delimiter);
        valueEnd = d < 0 ? limit : d;
        position = valueEnd + 1;
        pendingDataTag = 0;
        return true;
    }

    /** @return the current value as a data field's length: at most nine digits, else -1 */
    long lengthValue() {
        long n = 0;
        if (valueEnd == valueStart || valueEnd - valueStart > 9) {
            return -1;
        }
        for (long p = valueStart; p < valueEnd; p++) {
            int digit = segment.get(BYTE, p) - '0';
            if (digit < 0 || digit > 9) {
                return -1;
            }
            n = n * 10 + digit;
        }
        return n;
    }

    /** @return the current field's tag number, or -1 when the bytes before {@code =} are not a number */
    public int tag() {
        return tag;
    }

    /** @return offset of the value's first byte in the message's segment */
    public long valueStart() {
        return valueStart;
    }

    /** @return offset just after the value in the message's segment */
    public long valueEnd() {
        return valueEnd;
    }

    /** @return the value's length in bytes */
    public int valueLength() {
        return (int) (valueEnd - valueStart);
    }

    /** @return the value as text ({@link FixText}; allocates) */
    public String value() {
        return FixText.of(segment, valueStart, valueEnd);
    }
}
