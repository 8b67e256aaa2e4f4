package io.chunkwise.loader.recon;

import io.chunkwise.loader.csv.CsvFormat;
import java.io.ByteArrayOutputStream;
import java.lang.foreign.MemorySegment;
import java.lang.foreign.ValueLayout;

/**
 * Reads one field of a CSV record whose start the index has already found and verified,
 * walking only the fields before it (RFC 4180: quoted fields, doubled quotes, line breaks inside
 * quotes). For the symbol, the third column, that is a few dozen bytes instead of the record.
 */
final class FieldAt {
    private final MemorySegment source;
    private final byte delimiter;
    private final byte quote;

    FieldAt(MemorySegment source, CsvFormat format) {
        this.source = source;
        this.delimiter = format.delimiter();
        this.quote = format.quote();
    }

    /**
     * @param recordStart offset of the record's first byte
     * @param column the field's index
     * @return the field's value (quotes removed), empty when the record has fewer fields
     */
    byte[] read(long recordStart, int column) {
        long end = source.byteSize();
        long p = recordStart;
        for (int field = 0; ; field++) {
            boolean quoted = p < end && source.get(ValueLayout.JAVA_BYTE, p) == quote;
            long valueStart = quoted ? p + 1 : p;
            long q = valueStart;
            boolean doubled = false;
            if (quoted) {
                while (q < end) {
                    if (source.get(ValueLayout.JAVA_BYTE, q) == quote) {
                        if (q + 1 < end && source.get(ValueLayout.JAVA_BYTE, q + 1) == quote) {
                            doubled = true;
                            q += 2;
                            continue;
                        }
                        break;
                    }
                    q++;
                }
            } else {
                while (q < end) {
                    byte b = source.get(ValueLayout.JAVA_BYTE, q);
                    if (b == delimiter || b == '\n' || b == '\r') {
                        break;
                    }
                    q++;
                }
            }
            if (field == column) {
                return doubled ? undouble(valueStart, q) : source.asSlice(valueStart, q - valueStart).toArray(ValueLayout.JAVA_BYTE);
            }
            long after = quoted ? Math.min(end, q + 1) : q;
            if (after >= end || source.get(ValueLayout.JAVA_BYTE, after) != delimiter) {
                return new byte[0];
            }
            p = after + 1;
        }
    }

    private byte[] undouble(long from, long to) {
        ByteArrayOutputStream out = new ByteArrayOutputStream((int) (to - from));
        for (long i = from; i < to; i++) {
            byte b = source.get(ValueLayout.JAVA_BYTE, i);
            out.write(b);
            if (b == quote) {
                i++;
            }
        }
        return out.toByteArray();
    }
}
