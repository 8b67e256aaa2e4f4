package io.chunkwise.loader.fix;

import static io.chunkwise.loader.fix.Swar.BYTE;

import java.lang.foreign.MemorySegment;
import java.nio.charset.StandardCharsets;

/**
 * Walks the fields of a {@link FixMessage} from {@code 8=} to {@code 10=}, without allocating:
 * the tag as an int, the value as offsets into {@link FixMessage#segment()}. Data fields
 * (RawData 96 and the other length-prefixed fields) are read by their length field, so a value
 * may hold SOH, {@code |}, line breaks or {@code 8=FIX}. Reusable: {@link #reset} it per message.
 */
public final class FieldCursor {
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
     * Advances to the next field.
     *
     * @return false after the CheckSum field
     */
    public boolean next() {
        long p = position;
        if (p >= limit) {
            return false;
        }
        int t = 0;
        byte b;
        while ((b = segment.get(BYTE, p)) != '=') {
            int digit = b - '0';
            t = digit >= 0 && digit <= 9 && t < 100_000_000 ? t * 10 + digit : -1;
            if (t < 0) {
                // not a tag: skip to the next delimiter and report tag -1
                return skipBroken(p);
            }
            p++;
            if (p >= limit) {
                return skipBroken(p);
            }
        }
        tag = t;
        valueStart = p + 1;
        if (t == pendingDataTag && pendingDataLength >= 0 && valueStart + pendingDataLength < limit
                && segment.get(BYTE, valueStart + pendingDataLength) == delimiter) {
            valueEnd = valueStart + pendingDataLength;
        } else {
            long d = Swar.indexOf(segment, valueStart, limit, delimiter);
            valueEnd = d < 0 ? limit : d;
        }
        position = valueEnd + 1;
        int dataTag = DataFields.dataTagFor(t);
        if (dataTag != 0) {
            pendingDataTag = dataTag;
            pendingDataLength = parseLength();
        } else {
            pendingDataTag = 0;
        }
        return true;
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

    private long parseLength() {
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

    /** @return the value as a string (allocates) */
    public String value() {
        byte[] bytes = segment.asSlice(valueStart, valueEnd - valueStart).toArray(BYTE);
        return new String(bytes, StandardCharsets.ISO_8859_1);
    }
}
