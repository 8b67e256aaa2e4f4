package io.chunkwise.loader.index;

import static org.assertj.core.api.Assertions.assertThat;

import io.chunkwise.loader.csv.KeyHash;
import java.lang.foreign.MemorySegment;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/**
 * The index hash's promise: a key with a code has a hash no other key shares, so a look-up may
 * trust an entry of equal hash without reading the source.
 */
class IndexHashTest {
    private static final String CUSIP_CHARACTERS = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ*@#";
    private static final String ALNUM = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ";

    @Test
    void codedKeysHaveCodesAndHashesOfTheirOwn() {
        SplittableRandom random = new SplittableRandom(7);
        Map<Long, String> byCode = new HashMap<>();
        Map<Long, String> byHash = new HashMap<>();
        Set<String> seen = new HashSet<>();
        int coded = 0;
        for (int i = 0; i < 400_000; i++) {
            String key = randomKey(random);
            if (!seen.add(key)) {
                continue;
            }
            byte[] b = key.getBytes(StandardCharsets.ISO_8859_1);
            long code = IndexHash.code(MemorySegment.ofArray(b), 0, b.length, false);
            long hash = IndexHash.of(code, MemorySegment.ofArray(b), 0, b.length, false);
            if (code >= 0) {
                coded++;
                assertThat(byCode.put(code, key)).as("code of %s", key).isNull();
            }
            assertThat(byHash.put(hash, key)).as("hash of %s", key).isNull();
        }
        assertThat(coded).as("most keys tried have codes").isGreaterThan(200_000);
    }

    @Test
    void codesAreInTheirShapesRanges() {
        assertThat(code("A")).isEqualTo(1L << 56 | 'A');
        assertThat(code("ABCDEFG")).isEqualTo(7L << 56 | word("ABCDEFG"));
        assertThat(code("000000000")).isEqualTo(1L << 60);
        assertThat(code("#########")).isEqualTo((1L << 60) + pow(39, 9) - 1).isLessThan((1L << 60) + (1L << 48));
        assertThat(code("AA0000000000")).isEqualTo(1L << 62);
        assertThat(code("ZZZZZZZZZZZZ")).isEqualTo((1L << 62) + 26 * 26 * pow(36, 10) - 1).isPositive();
        assertThat(code("ABCDEFGH")).as("8 bytes: none").isEqualTo(-1);
        assertThat(code("12345678901234567")).as("long: none").isEqualTo(-1);
        assertThat(code("0378-3310")).as("not a CUSIP's characters").isEqualTo(-1);
        assertThat(code("03783310a")).as("lower case, as a symbol's").isEqualTo(-1);
        assertThat(code("1S0378331005")).as("an ISIN starts with two letters").isEqualTo(-1);
        assertThat(code("US03783310@5")).as("nor holds a CUSIP's @").isEqualTo(-1);
        assertThat(code("É")).as("any bytes of a short key").isEqualTo(2L << 56 | word("É"));
    }

    /**
     * Indexes on disk hold these codes' hashes: the codes must stay the documented base-39 and
     * base-26-then-36 values, whatever way they are computed. Checked against Horner's rule, digit by digit.
     */
    @Test
    void idShapedCodesAreTheDocumentedValues() {
        SplittableRandom random = new SplittableRandom(13);
        int coded = 0;
        for (int i = 0; i < 200_000; i++) {
            String key = randomKey(random);
            if (key.length() == 9 || key.length() == 12) {
                long expected = key.length() == 9 ? hornerCusip(key) : hornerIsin(key);
                assertThat(code(key)).as(key).isEqualTo(expected);
                coded += expected >= 0 ? 1 : 0;
            }
        }
        assertThat(coded).as("most such keys tried have codes").isGreaterThan(50_000);
    }

    private static long hornerCusip(String key) {
        long v = 0;
        for (char c : key.toCharArray()) {
            int d = CUSIP_CHARACTERS.indexOf(c);
            if (d < 0) {
                return -1;
            }
            v = v * 39 + d;
        }
        return 1L << 60 | v;
    }

    private static long hornerIsin(String key) {
        long v = 0;
        for (int i = 0; i < key.length(); i++) {
            int d = (i < 2 ? ALNUM.substring(10) : ALNUM).indexOf(key.charAt(i));
            if (d < 0) {
                return -1;
            }
            v = v * (i < 2 ? 26 : 36) + d;
        }
        return 1L << 62 | v;
    }

    @Test
    void anIdIsCodedInUpperCase() {
        byte[] lower = "us0378331005".getBytes(StandardCharsets.US_ASCII);
        byte[] upper = "US0378331005".getBytes(StandardCharsets.US_ASCII);
        long code = IndexHash.code(MemorySegment.ofArray(lower), 0, lower.length, true);
        assertThat(code).isEqualTo(IndexHash.code(MemorySegment.ofArray(upper), 0, upper.length, false)).isPositive();
    }

    @Test
    void theBuildAndTheLookUpHashAlike() {
        SplittableRandom random = new SplittableRandom(11);
        KeyPacker packer = new KeyPacker();
        for (int i = 0; i < 50_000; i++) {
            String key = randomKey(random);
            boolean upperCase = random.nextBoolean();
            // the key at the very end of its memory: the word reads give way to byte reads
            byte[] b = ("x" + key).getBytes(StandardCharsets.ISO_8859_1);
            MemorySegment s = MemorySegment.ofArray(b);
            packer.upperCase = upperCase;
            assertThat(packer.test(s, 1, b.length - 1)).isTrue();
            long code = IndexHash.code(s, 1, b.length, upperCase);
            assertThat(packer.code).as(key).isEqualTo(code);
            assertThat(packer.hash).as(key).isEqualTo(IndexHash.of(code, s, 1, b.length, upperCase));
            if (code < 0) {
                assertThat(packer.hash).isEqualTo(IndexHash.ofGeneral(KeyHash.of(s, 1, b.length, upperCase)));
            }
        }
    }

    @Test
    void aShortSymbolIsKeptInlineAndALongOneIsNot() {
        KeyPacker packer = new KeyPacker();
        for (String symbol : new String[] {"A", "BRK.A", "ABCDEFG", "Ä€"}) {
            byte[] b = symbol.getBytes(StandardCharsets.UTF_8);
            assertThat(packer.test(MemorySegment.ofArray(b), 0, b.length)).isTrue();
            assertThat(InlineSymbol.bytes(InlineSymbol.of(packer))).as(symbol).isEqualTo(b);
        }
        byte[] padded = "  IBM \t".getBytes(StandardCharsets.US_ASCII);
        assertThat(packer.test(MemorySegment.ofArray(padded), 0, padded.length)).isTrue();
        assertThat(InlineSymbol.bytes(InlineSymbol.of(packer))).as("the normal form").isEqualTo("IBM".getBytes(StandardCharsets.US_ASCII));
        for (String symbol : new String[] {"ABCDEFGH", "A VERY LONG SYMBOL NAME"}) {
            byte[] b = symbol.getBytes(StandardCharsets.UTF_8);
            assertThat(packer.test(MemorySegment.ofArray(b), 0, b.length)).isTrue();
            assertThat(InlineSymbol.of(packer)).as(symbol).isEqualTo(InlineSymbol.IN_SOURCE);
        }
        assertThat(InlineSymbol.bytes(InlineSymbol.EMPTY)).isEmpty();
    }

    /** Keys of every shape: short, CUSIP-like, ISIN-like, near misses of both, and long. */
    private static String randomKey(SplittableRandom random) {
        return switch (random.nextInt(6)) {
            case 0 -> randomOf(random, CUSIP_CHARACTERS, 1 + random.nextInt(7));
            case 1 -> randomOf(random, CUSIP_CHARACTERS, 9);
            case 2 -> randomOf(random, "ABCDEFGHIJKLMNOPQRSTUVWXYZ", 2) + randomOf(random, ALNUM, 10);
            case 3 -> randomOf(random, CUSIP_CHARACTERS + "-a.", 9 + 3 * random.nextInt(2));
            case 4 -> randomOf(random, "\u0001\u00ffaZ9", 1 + random.nextInt(12));
            default -> randomOf(random, ALNUM, 8 + random.nextInt(12));
        };
    }

    private static String randomOf(SplittableRandom random, String alphabet, int length) {
        StringBuilder b = new StringBuilder(length);
        for (int i = 0; i < length; i++) {
            b.append(alphabet.charAt(random.nextInt(alphabet.length())));
        }
        return b.toString();
    }

    private static long code(String key) {
        byte[] b = key.getBytes(StandardCharsets.UTF_8);
        return IndexHash.code(MemorySegment.ofArray(b), 0, b.length, false);
    }

    private static long word(String key) {
        byte[] b = key.getBytes(StandardCharsets.UTF_8);
        long w = 0;
        for (int i = 0; i < b.length; i++) {
            w |= (b[i] & 0xFFL) << (8 * i);
        }
        return w;
    }

    private static long pow(long base, int exponent) {
        long p = 1;
        for (int i = 0; i < exponent; i++) {
            p *= base;
        }
        return p;
    }
}
