package io.chunkwise.loader.csv;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.foreign.MemorySegment;
import java.util.Arrays;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** {@link KeyTrim.Span}'s shortcut for a key that is its whole value agrees with the full rule. */
class KeyTrimSpanTest {
    /** Every byte the rule looks at, and ordinary ones. */
    private static final byte[] ALPHABET = {' ', '\t', '\r', '=', '"', (byte) 0xEF, (byte) 0xBB, (byte) 0xBF, 'A', '1',
        (byte) 0xC2, (byte) 0xA0, (byte) 0xC3};

    @Test
    void everyValueOfTheRulesBytesTrimsAsTheFullRuleDoes() {
        Random random = new Random(7);
        KeyTrim.Span span = new KeyTrim.Span();
        for (int i = 0; i < 200_000; i++) {
            byte[] value = new byte[random.nextInt(9)];
            for (int j = 0; j < value.length; j++) {
                value[j] = ALPHABET[random.nextInt(ALPHABET.length)];
            }
            // the value inside a larger buffer: the span must not look past its ends
            byte[] around = new byte[value.length + 2];
            around[0] = ' ';
            around[around.length - 1] = ' ';
            System.arraycopy(value, 0, around, 1, value.length);
            MemorySegment s = MemorySegment.ofArray(around);
            long from = 1;
            long to = 1 + value.length;
            span.of(s, from, to);
            assertThat(new long[] {span.start(), span.end()}).as(Arrays.toString(value))
                    .containsExactly(KeyTrim.start(s, from, to), KeyTrim.end(s, from, to));
        }
    }
}
