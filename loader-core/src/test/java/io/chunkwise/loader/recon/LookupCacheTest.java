package io.chunkwise.loader.recon;

import static org.assertj.core.api.Assertions.assertThat;

import io.chunkwise.loader.index.KeyKind;
import java.lang.foreign.MemorySegment;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class LookupCacheTest {
    /** Keys sit in a larger buffer, as in a log: the cache reads whole words past them. */
    private static MemorySegment padded(String key) {
        return MemorySegment.ofArray((key + "\u0001" + "x".repeat(20)).getBytes(StandardCharsets.US_ASCII));
    }

    private static byte[][] find(LookupCache cache, KeyKind kind, MemorySegment s, long from, long to) {
        byte[][][] out = new byte[1][][];
        cache.findAll(new KeyKind[] {kind}, s, new long[] {from}, new long[] {to}, 1, out);
        return out[0];
    }

    private static byte[][] answer(String symbol) {
        return new byte[][] {symbol.getBytes(StandardCharsets.US_ASCII)};
    }

    @Test
    void remembersAnswersByKindAndExactBytes() {
        LookupCache cache = new LookupCache();
        MemorySegment cusip = padded("037833100");
        assertThat(find(cache, KeyKind.CUSIP, cusip, 0, 9)).isNull();
        byte[][] aapl = answer("AAPL");
        cache.put(KeyKind.CUSIP, cusip, 0, 9, aapl);
        assertThat(find(cache, KeyKind.CUSIP, cusip, 0, 9)).isSameAs(aapl);
        assertThat(find(cache, KeyKind.SYMBOL, cusip, 0, 9)).as("another kind").isNull();
        assertThat(find(cache, KeyKind.CUSIP, cusip, 0, 8)).as("a prefix").isNull();
        assertThat(find(cache, KeyKind.CUSIP, padded("037833101"), 0, 9)).isNull();
        assertThat(cache.hits).isOne();
        assertThat(cache.misses).isEqualTo(4);
    }

    @Test
    void answersABatchKeyByKey() {
        LookupCache cache = new LookupCache();
        MemorySegment log = padded("037833100|US0378331005|IBM|ABCDEFGHIJKLMNOPQ|594918104");
        byte[][] apple = answer("AAPL");
        cache.put(KeyKind.CUSIP, log, 0, 9, apple);
        cache.put(KeyKind.ISIN, log, 10, 22, apple);
        cache.put(KeyKind.SYMBOL, log, 23, 26, LookupCache.PRESENT);
        byte[][][] out = new byte[5][][];
        cache.findAll(new KeyKind[] {KeyKind.CUSIP, KeyKind.ISIN, KeyKind.SYMBOL, KeyKind.SYMBOL, KeyKind.CUSIP}, log,
                new long[] {0, 10, 23, 27, 45}, new long[] {9, 22, 26, 44, 54}, 5, out);
        assertThat(out[0]).isSameAs(apple);
        assertThat(out[1]).isSameAs(apple);
        assertThat(out[2]).isSameAs(LookupCache.PRESENT);
        assertThat(out[3]).as("longer than 16 bytes: never cached").isNull();
        assertThat(out[4]).as("never put").isNull();
        assertThat(cache.hits).isEqualTo(3);
        assertThat(cache.misses).isEqualTo(2);
    }

    @Test
    void neverCachesLongKeysOrKeysAtTheEndOfTheInput() {
        LookupCache cache = new LookupCache();
        MemorySegment longKey = padded("ABCDEFGHIJKLMNOPQ");
        cache.put(KeyKind.SYMBOL, longKey, 0, 17, LookupCache.PRESENT);
        assertThat(find(cache, KeyKind.SYMBOL, longKey, 0, 17)).isNull();
        MemorySegment atEnd = MemorySegment.ofArray("IBM".getBytes(StandardCharsets.US_ASCII));
        cache.put(KeyKind.SYMBOL, atEnd, 0, 3, LookupCache.PRESENT);
        assertThat(find(cache, KeyKind.SYMBOL, atEnd, 0, 3)).isNull();
    }

    @Test
    void underPressureForgetsButNeverAnswersWrongly() {
        LookupCache cache = new LookupCache();
        int keys = 4 * LookupCache.SLOTS;
        for (int i = 0; i < keys; i++) {
            String key = String.format("%09d", i);
            cache.put(KeyKind.CUSIP, padded(key), 0, 9, answer(key));
        }
        int found = 0;
        for (int i = 0; i < keys; i++) {
            String key = String.format("%09d", i);
            byte[][] a = find(cache, KeyKind.CUSIP, padded(key), 0, 9);
            if (a != null) {
                found++;
                assertThat(new String(a[0], StandardCharsets.US_ASCII)).isEqualTo(key);
            }
        }
        assertThat(found).isBetween(LookupCache.SLOTS / 2, LookupCache.SLOTS);
        String last = String.format("%09d", keys - 1);
        assertThat(find(cache, KeyKind.CUSIP, padded(last), 0, 9)).as("the newest entry of its set").isNotNull();
    }
}
