package io.chunkwise.loader.id;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Random;
import java.util.function.Predicate;

/** The packed form of identifiers, as the index packs short keys, for the tests of both kinds. */
final class PackedForm {
    /** A check of two packed words. */
    @FunctionalInterface
    interface PackedCheck {
        boolean test(long low, long high);
    }

    private PackedForm() {
    }

    /** Packs up to 15 ASCII bytes as the index does: little-endian in two words, the length in the top byte. */
    static long[] pack(String s) {
        long low = 0;
        long high = (long) s.length() << 56;
        for (int i = 0; i < s.length(); i++) {
            long v = s.charAt(i) & 0xFFL;
            if (i < 8) {
                low |= v << (8 * i);
            } else {
                high |= v << (8 * (i - 8));
            }
        }
        return new long[] {low, high};
    }

    /**
     * Asserts that the packed check agrees with the string one on random candidates: near misses of
     * a valid identifier (one character changed), and random strings of 0 to 15 characters.
     */
    static void agreesWithString(String valid, Predicate<String> string, PackedCheck packed) {
        Random random = new Random(7);
        String alphabet = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ*@#az ";
        int accepted = 0;
        for (int i = 0; i < 200_000; i++) {
            StringBuilder b = new StringBuilder();
            if (i % 2 == 0) {
                b.append(valid);
                if (i % 4 == 0) {
                    b.setCharAt(random.nextInt(b.length()), alphabet.charAt(random.nextInt(alphabet.length())));
                }
            } else {
                for (int k = random.nextInt(16); k > 0; k--) {
                    b.append(alphabet.charAt(random.nextInt(alphabet.length())));
                }
            }
            String candidate = b.toString();
            long[] words = pack(candidate);
            boolean expected = string.test(candidate);
            accepted += expected ? 1 : 0;
            assertThat(packed.test(words[0], words[1])).as(candidate).isEqualTo(expected);
        }
        assertThat(accepted).isGreaterThan(40_000);
    }
}
