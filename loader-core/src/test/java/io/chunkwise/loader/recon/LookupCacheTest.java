package io.chunkwise.loader.recon;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import io.chunkwise.loader.index.KeyKind;
import java.lang.foreign.MemorySegment;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import org.junit.jupiter.api.Test;

class LookupCacheTest {
    /** Keys sit in a larger buffer, as in a log: the cache reads whole words past them. */
    private static MemorySegment padded(String key) {
        return MemorySegment.ofArray((key + "\u0001" + "x".repeat(20)).getBytes(StandardCharsets.US_ASCII));
    }

    private static byte[] ascii(String s) {
        return s.getBytes(StandardCharsets.US_ASCII);
    }

    /** @return a one-check batch holding the cache's answer for the key */
    private static Answers find(LookupCache cache, KeyKind kind, MemorySegment s, long from, long to) {
        Answers out = new Answers(1);
        cache.findAll(new KeyKind[] {kind}, s, new long[] {from}, new long[] {to}, 1, out);
        return out;
    }

    private static void put(LookupCache cache, KeyKind kind, MemorySegment s, long from, long to, String... symbols) {
        Answers a = new Answers(1);
        byte[][] bytes = new byte[symbols.length][];
        for (int i = 0; i < symbols.length; i++) {
            bytes[i] = ascii(symbols[i]);
        }
        a.setSymbols(0, bytes);
        cache.put(kind, s, from, to, a, 0);
    }

    private static void putPresent(LookupCache cache, MemorySegment s, long from, long to) {
        Answers a = new Answers(1);
        a.set(0, Answers.PRESENT, 0, 0, 0);
        cache.put(KeyKind.SYMBOL, s, from, to, a, 0);
    }

    @Test
    void remembersAnswersByKindAndExactBytes() {
        LookupCache cache = new LookupCache(LookupCache.MIN_SLOTS);
        MemorySegment cusip = padded("037833100");
        assertThat(find(cache, KeyKind.CUSIP, cusip, 0, 9).state[0]).isEqualTo(Answers.MISSING);
        put(cache, KeyKind.CUSIP, cusip, 0, 9, "AAPL");
        Answers hit = find(cache, KeyKind.CUSIP, cusip, 0, 9);
        assertThat(hit.state[0]).isEqualTo(Answers.ONE);
        assertThat(hit.firstSymbol(0)).isEqualTo("AAPL");
        assertThat(find(cache, KeyKind.SYMBOL, cusip, 0, 9).state[0]).as("another kind").isEqualTo(Answers.MISSING);
        assertThat(find(cache, KeyKind.CUSIP, cusip, 0, 8).state[0]).as("a prefix").isEqualTo(Answers.MISSING);
        assertThat(find(cache, KeyKind.CUSIP, padded("037833101"), 0, 9).state[0]).isEqualTo(Answers.MISSING);
        assertThat(cache.hits()).isOne();
        assertThat(cache.misses()).isEqualTo(4);
    }

    @Test
    void answersABatchKeyByKey() {
        LookupCache cache = new LookupCache(LookupCache.MIN_SLOTS);
        MemorySegment log = padded("037833100|US0378331005|IBM|ABCDEFGHIJKLMNOPQ|594918104|XS0000000009");
        put(cache, KeyKind.CUSIP, log, 0, 9, "AAPL");
        put(cache, KeyKind.ISIN, log, 10, 22, "AAPL", "APC");
        putPresent(cache, log, 23, 26);
        put(cache, KeyKind.ISIN, log, 55, 67);
        Answers out = new Answers(6);
        cache.findAll(new KeyKind[] {KeyKind.CUSIP, KeyKind.ISIN, KeyKind.SYMBOL, KeyKind.SYMBOL, KeyKind.CUSIP,
            KeyKind.ISIN}, log, new long[] {0, 10, 23, 27, 45, 55}, new long[] {9, 22, 26, 44, 54, 67}, 6, out);
        assertThat(out.state).containsExactly(Answers.ONE, Answers.MANY, Answers.PRESENT, Answers.MISSING,
                Answers.MISSING, Answers.ABSENT);
        assertThat(out.firstSymbol(0)).isEqualTo("AAPL");
        assertThat(Arrays.stream(out.many[1]).map(String::new)).containsExactly("AAPL", "APC");
        assertThat(cache.hits()).isEqualTo(4);
        assertThat(cache.misses()).as("longer than 16 bytes: never cached; and one never put").isEqualTo(2);
    }

    @Test
    void neverCachesLongKeysOrKeysAtTheEndOfTheInput() {
        LookupCache cache = new LookupCache(LookupCache.MIN_SLOTS);
        MemorySegment longKey = padded("ABCDEFGHIJKLMNOPQ");
        putPresent(cache, longKey, 0, 17);
        assertThat(find(cache, KeyKind.SYMBOL, longKey, 0, 17).state[0]).isEqualTo(Answers.MISSING);
        MemorySegment atEnd = MemorySegment.ofArray(ascii("IBM"));
        putPresent(cache, atEnd, 0, 3);
        assertThat(find(cache, KeyKind.SYMBOL, atEnd, 0, 3).state[0]).isEqualTo(Answers.MISSING);
    }

    @Test
    void keepsSeveralOrLongSymbolsThroughADisplacement() {
        LookupCache cache = new LookupCache(LookupCache.MIN_SLOTS);
        MemorySegment first = padded("000000001");
        put(cache, KeyKind.CUSIP, first, 0, 9, "BRK.A", "BRK.B");
        // fill the first key's set until it is displaced to way 1 (and then evicted), checking it on the way
        boolean displaced = false;
        for (int i = 2; i < 4 * LookupCache.MIN_SLOTS && !displaced; i++) {
            MemorySegment other = padded(String.format("%09d", i));
            put(cache, KeyKind.CUSIP, other, 0, 9, "A-SYMBOL-LONGER-THAN-16-BYTES-" + i);
            Answers a = find(cache, KeyKind.CUSIP, first, 0, 9);
            if (a.state[0] == Answers.MISSING) {
                displaced = true;
            } else {
                assertThat(a.state[0]).isEqualTo(Answers.MANY);
                assertThat(Arrays.stream(a.many[0]).map(String::new)).containsExactly("BRK.A", "BRK.B");
            }
            Answers b = find(cache, KeyKind.CUSIP, other, 0, 9);
            assertThat(b.state[0]).isEqualTo(Answers.MANY);
            assertThat(b.firstSymbol(0)).isEqualTo("A-SYMBOL-LONGER-THAN-16-BYTES-" + i);
        }
        assertThat(displaced).isTrue();
    }

    @Test
    void underPressureForgetsButNeverAnswersWrongly() {
        LookupCache cache = new LookupCache(LookupCache.MIN_SLOTS);
        int keys = 4 * LookupCache.MIN_SLOTS;
        for (int i = 0; i < keys; i++) {
            String key = String.format("%09d", i);
            put(cache, KeyKind.CUSIP, padded(key), 0, 9, key);
        }
        int found = 0;
        for (int i = 0; i < keys; i++) {
            String key = String.format("%09d", i);
            Answers a = find(cache, KeyKind.CUSIP, padded(key), 0, 9);
            if (a.state[0] != Answers.MISSING) {
                found++;
                assertThat(a.firstSymbol(0)).isEqualTo(key);
            }
        }
        assertThat(found).isBetween(LookupCache.MIN_SLOTS / 2, LookupCache.MIN_SLOTS);
        String last = String.format("%09d", keys - 1);
        assertThat(find(cache, KeyKind.CUSIP, padded(last), 0, 9).state[0]).as("the newest entry of its set")
                .isNotEqualTo(Answers.MISSING);
    }

    @Test
    void takesAtMostAnEighthOfTheHeapAndNoMoreThanTheLogCanAsk() {
        long gib = 1L << 30;
        assertThat(LookupCache.slotsFor(6 * gib, 1L << 40)).isEqualTo(LookupCache.MAX_SLOTS);
        int small = LookupCache.slotsFor(64L << 20, 1L << 40);
        assertThat(Integer.bitCount(small)).isOne();
        assertThat((long) small * LookupCache.BYTES_PER_SLOT).isLessThanOrEqualTo((64L << 20) / 8);
        assertThat(2L * small * LookupCache.BYTES_PER_SLOT).as("the most that fits").isGreaterThan((64L << 20) / 8);
        assertThat(LookupCache.slotsFor(1L << 16, 1L << 40)).as("never below the floor").isEqualTo(LookupCache.MIN_SLOTS);
        assertThat(LookupCache.slotsFor(6 * gib, 100)).as("a tiny log: the floor").isEqualTo(LookupCache.MIN_SLOTS);
        long messages = 100_000;
        int forLog = LookupCache.slotsFor(6 * gib, messages * LookupCache.SHORTEST_MESSAGE);
        assertThat(forLog).as("twice the questions, rounded down to a power of two")
                .isEqualTo(Integer.highestOneBit((int) (2 * messages)));
        assertThat(new LookupCache(LookupCache.slotsFor(1L << 16, 1L << 40)).hits()).isZero();
    }

    /**
     * Threads that write and read the same few sets at once: a read sees a whole entry or none
     * (the sets' sequence locks), never a key with another key's answer.
     */
    @Test
    void threadsSharingTheCacheNeverSeeAnotherKeysAnswer() throws Exception {
        LookupCache cache = new LookupCache(LookupCache.MIN_SLOTS);
        int keys = 8 * LookupCache.MIN_SLOTS; // more than the cache holds: constant displacement
        int threads = 4;
        java.util.concurrent.atomic.AtomicLong hits = new java.util.concurrent.atomic.AtomicLong();
        java.util.concurrent.atomic.AtomicReference<String> wrong = new java.util.concurrent.atomic.AtomicReference<>();
        try (var pool = java.util.concurrent.Executors.newFixedThreadPool(threads)) {
            java.util.List<java.util.concurrent.Future<?>> done = new java.util.ArrayList<>();
            for (int t = 0; t < threads; t++) {
                int seed = t;
                done.add(pool.submit(() -> {
                    java.util.Random random = new java.util.Random(seed);
                    for (int i = 0; i < 200_000 && wrong.get() == null; i++) {
                        String key = String.format("%09d", random.nextInt(keys));
                        MemorySegment s = padded(key);
                        if (random.nextBoolean()) {
                            // the answer is the key itself: one symbol (inline) or two (an array)
                            if (random.nextBoolean()) {
                                put(cache, KeyKind.CUSIP, s, 0, 9, key);
                            } else {
                                put(cache, KeyKind.CUSIP, s, 0, 9, key, key + "-ALSO-A-LONG-SECOND-SYMBOL");
                            }
                        } else {
                            Answers a = find(cache, KeyKind.CUSIP, s, 0, 9);
                            if (a.state[0] != Answers.MISSING) {
                                hits.incrementAndGet();
                                if (!a.firstSymbol(0).equals(key)) {
                                    wrong.set(key + " answered with " + a.firstSymbol(0));
                                }
                            }
                        }
                    }
                }));
            }
            for (var f : done) {
                f.get();
            }
        }
        assertThat(wrong.get()).isNull();
        assertThat(hits.get()).as("the cache did serve reads").isPositive();
        assertThat(cache.hits() + cache.misses()).as("every look-up counted").isEqualTo(hits.get() + cache.misses());
    }

    @Test
    void refusesSizesThatAreNotPowersOfTwoInRange() {
        assertThatIllegalArgumentException().isThrownBy(() -> new LookupCache(3000));
        assertThatIllegalArgumentException()
                .isThrownBy(() -> new LookupCache(2 * LookupCache.MAX_SLOTS));
    }
}
