package io.chunkwise.loader.index;

import io.chunkwise.loader.csv.CsvRecord;
import io.chunkwise.loader.csv.KeyHash;
import io.chunkwise.loader.csv.KeyTrim;
import java.lang.foreign.MemorySegment;
import java.lang.foreign.ValueLayout;
import java.nio.ByteOrder;

/**
 * Reads a key once, in its normal form ({@link KeyTrim}; ASCII upper case when {@link #upperCase}
 * is set, for CUSIPs and ISINs): packs a key of up to 15 bytes exactly into two longs (bytes, then
 * the length in the top byte of the second), so equal packs mean equal keys, and hashes it from
 * those words ({@link IndexHash}, with its {@link #code} when it has one). Longer keys get the
 * {@link #LONG_KEY} mark (compared later by reading the source) and are hashed from the source.
 * The check digits of CUSIPs and ISINs are tested on the packed words ({@link
 * io.chunkwise.loader.id.Cusip#isValidPacked}). Holds its result in fields: one packer per thread.
 */
final class KeyPacker implements CsvRecord.SliceTest {
    /** The top byte of {@link #k2} for keys longer than 15 bytes. */
    static final long LONG_KEY = 0xFFL << 56;
    /**
     * The top byte of an id entry's second key word when its key has a {@link IndexHash#code}: equal
     * hashes then mean equal keys, and the first word holds the record's {@link InlineSymbol} instead.
     */
    static final long CODED = 0xFEL << 56;
    private static final ValueLayout.OfLong WORD = ValueLayout.JAVA_LONG_UNALIGNED.withOrder(ByteOrder.LITTLE_ENDIAN);
    /** Whether the next keys compare ignoring ASCII case (CUSIP, ISIN), not as written (symbol). */
    boolean upperCase;
    long k1;
    long k2;
    long hash;
    /** The key's {@link IndexHash#code}, or -1 when it has none. */
    long code;
    private final KeyTrim.Span span = new KeyTrim.Span();

    /** @return whether the key is not empty (an empty or blank key is not indexed) */
    @Override
    public boolean test(MemorySegment s, long valueAt, long valueLength) {
        span.of(s, valueAt, valueAt + valueLength);
        long at = span.start();
        long n = Math.max(0, span.end() - at);
        if (n == 0) {
            return false;
        }
        if (n > 15) {
            k1 = 0;
            k2 = LONG_KEY;
            code = -1;
            hash = IndexHash.ofGeneral(KeyHash.of(s, at, at + n, upperCase));
            return true;
        }
        long a;
        long b;
        if (at + 16 <= s.byteSize()) {
            // two word reads, the bytes past the key masked off
            a = s.get(WORD, at);
            b = n > 8 ? s.get(WORD, at + 8) & (-1L >>> (8 * (16 - n))) : 0;
            if (n < 8) {
                a &= -1L >>> (8 * (8 - n));
            }
        } else {
            a = 0;
            b = 0;
            for (int i = 0; i < n; i++) {
                long v = s.get(ValueLayout.JAVA_BYTE, at + i) & 0xFFL;
                if (i < 8) {
                    a |= v << (8 * i);
                } else {
                    b |= v << (8 * (i - 8));
                }
            }
        }
        if (upperCase) {
            a = KeyHash.upperCase(a);
            b = KeyHash.upperCase(b);
        }
        k1 = a;
        k2 = b | (n << 56);
        code = IndexHash.code(a, b, (int) n);
        hash = code >= 0 ? IndexHash.ofCode(code) : IndexHash.ofGeneral(KeyHash.ofWords(a, b, (int) n));
        return true;
    }

    static boolean isLong(long k2) {
        return (k2 & LONG_KEY) == LONG_KEY;
    }

    /** @return whether an entry's second key word marks a key with a code ({@link #CODED}) */
    static boolean isCoded(long k2) {
        return (k2 & LONG_KEY) == CODED;
    }
}
