package io.chunkwise.loader.index;

import io.chunkwise.loader.csv.CsvRecord;
import java.lang.foreign.MemorySegment;
import java.lang.foreign.ValueLayout;

/**
 * Packs a key of up to 15 bytes exactly into two longs (bytes, then the length in the top byte of
 * the second), so equal packs mean equal keys. Longer keys get the {@link #LONG_KEY} mark and are
 * compared by reading the source. Holds its result in fields: one packer per thread.
 */
final class KeyPacker implements CsvRecord.SliceTest {
    /** The top byte of {@link #k2} for keys longer than 15 bytes. */
    static final long LONG_KEY = 0xFFL << 56;
    long k1;
    long k2;

    @Override
    public boolean test(MemorySegment segment, long offset, long length) {
        if (length > 15) {
            k1 = 0;
            k2 = LONG_KEY;
            return true;
        }
        long a = 0;
        long b = 0;
        for (int i = 0; i < length; i++) {
            long v = segment.get(ValueLayout.JAVA_BYTE, offset + i) & 0xFFL;
            if (i < 8) {
                a |= v << (8 * i);
            } else {
                b |= v << (8 * (i - 8));
            }
        }
        k1 = a;
        k2 = b | (length << 56);
        return true;
    }

    static boolean isLong(long k2) {
        return (k2 & LONG_KEY) == LONG_KEY;
    }
}
