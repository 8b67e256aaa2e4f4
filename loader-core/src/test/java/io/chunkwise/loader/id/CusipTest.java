package io.chunkwise.loader.id;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.lang.foreign.Arena;
import java.lang.foreign.MemorySegment;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

class CusipTest {
    /** Real CUSIPs: Apple, Microsoft, Alphabet A, Cisco, IBM, Google (old), a US Treasury note. */
    @ParameterizedTest
    @ValueSource(strings = {"037833100", "594918104", "02079K305", "17275R102", "459200101", "38259P508",
        "912828U24"})
    void realIdentifiersAreValidInEveryForm(String cusip) {
        assertThat(Cusip.isValid(cusip)).isTrue();
        assertThat(Cusip.checkDigit(cusip.substring(0, 8))).isEqualTo(cusip.charAt(8));
        byte[] padded = ("xx" + cusip + "yy").getBytes(StandardCharsets.US_ASCII);
        assertThat(Cusip.isValid(padded, 2, 9)).isTrue();
        assertThat(Cusip.checkDigit(padded, 2)).isEqualTo((byte) cusip.charAt(8));
        assertThat(Cusip.isValid(MemorySegment.ofArray(padded), 2, 9)).isTrue();
        long[] packed = PackedForm.pack(cusip);
        assertThat(Cusip.isValidPacked(packed[0], packed[1])).isTrue();
        try (Arena arena = Arena.ofConfined()) {
            MemorySegment native_ = arena.allocateFrom("," + cusip + ",");
            assertThat(Cusip.isValid(native_, 1, 9)).isTrue();
        }
    }

    @Test
    void privatePlacementCharactersCount() {
        // 1,2,3,4,5,36,37,38 -> 1 + (4) + 3 + (8) + 5 + (72: 7+2) + (37: 3+7) + (76: 7+6) = 53 -> 7
        assertThat(Cusip.checkDigit("12345*@#")).isEqualTo('7');
        assertThat(Cusip.isValid("12345*@#7")).isTrue();
        assertThat(Cusip.withCheckDigit("12345*@#")).isEqualTo("12345*@#7");
    }

    @ParameterizedTest
    @ValueSource(strings = {"037833101", "037833109", "03783310", "0378331000", "O37833100", "02079k305",
        "02079K30X", "", "037833 00", "0378-3100"})
    void invalidIdentifiersAreRejectedInEveryForm(String cusip) {
        assertThat(Cusip.isValid(cusip)).isFalse();
        byte[] bytes = cusip.getBytes(StandardCharsets.US_ASCII);
        assertThat(Cusip.isValid(bytes, 0, bytes.length)).isFalse();
        assertThat(Cusip.isValid(MemorySegment.ofArray(bytes), 0, bytes.length)).isFalse();
    }

    @Test
    void everySingleDigitChangeIsDetected() {
        // Digits map one-to-one onto residues in both weights; letters may collide (J=19 -> 1+9 = 0 mod 10).
        String good = "037833100";
        for (int i = 0; i < 9; i++) {
            for (char c = '0'; c <= '9'; c++) {
                if (c == good.charAt(i)) {
                    continue;
                }
                String changed = good.substring(0, i) + c + good.substring(i + 1);
                assertThat(Cusip.isValid(changed)).as(changed).isFalse();
            }
        }
    }

    @Test
    void nullAndNonAsciiAreInvalid() {
        assertThat(Cusip.isValid((CharSequence) null)).isFalse();
        assertThat(Cusip.isValid("03783310\u0660")).isFalse();
        assertThat(Cusip.isValid("\u0130" + "37833100")).isFalse();
    }

    @Test
    void badBasesAndSlicesFailLoudly() {
        assertThatThrownBy(() -> Cusip.checkDigit("0378")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> Cusip.checkDigit("0378331a")).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("'a'");
        assertThatThrownBy(() -> Cusip.isValid(new byte[4], 2, 9)).isInstanceOf(IndexOutOfBoundsException.class);
        assertThatThrownBy(() -> Cusip.checkDigit(new byte[4], 0)).isInstanceOf(IndexOutOfBoundsException.class);
    }

    @Test
    void validationDoesNotAllocate() {
        byte[] bytes = "037833100,594918104,02079K305".getBytes(StandardCharsets.US_ASCII);
        MemorySegment segment = MemorySegment.ofArray(bytes);
        int valid = 0;
        for (int i = 0; i < 20_000; i++) { // warm up
            valid += count(bytes, segment);
        }
        long before = Allocation.threadAllocatedBytes();
        for (int i = 0; i < 100_000; i++) {
            valid += count(bytes, segment);
        }
        long allocated = Allocation.threadAllocatedBytes() - before;
        assertThat(valid).isEqualTo(6 * 120_000);
        assertThat(allocated).isLessThan(64 * 1024); // 600k validations; any per-call allocation shows as MBs
    }

    private static int count(byte[] bytes, MemorySegment segment) {
        int n = 0;
        for (int off = 0; off < bytes.length; off += 10) {
            n += Cusip.isValid(bytes, off, 9) ? 1 : 0;
            n += Cusip.isValid(segment, off, 9) ? 1 : 0;
        }
        return n;
    }

    /** The packed form (as the index packs keys) agrees with the string form on random candidates. */
    @Test
    void packedFormAgreesWithTheString() {
        PackedForm.agreesWithString("037833100", Cusip::isValid, Cusip::isValidPacked);
    }
}
