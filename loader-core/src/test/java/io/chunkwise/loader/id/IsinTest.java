package io.chunkwise.loader.id;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.lang.foreign.MemorySegment;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class IsinTest {
    /** Real ISINs: Apple, Microsoft, Alphabet A, BAE Systems, SAP, an Australian with letters, Nestlé. */
    @ParameterizedTest
    @ValueSource(strings = {"US0378331005", "US5949181045", "US02079K3059", "GB0002634946", "DE0007164600",
        "AU0000XVGZA3", "CH0038863350", "US17275R1023", "US4592001014"})
    void realIdentifiersAreValidInEveryForm(String isin) {
        assertThat(Isin.isValid(isin)).isTrue();
        assertThat(Isin.checkDigit(isin.substring(0, 11))).isEqualTo(isin.charAt(11));
        byte[] padded = ("|" + isin + "|").getBytes(StandardCharsets.US_ASCII);
        assertThat(Isin.isValid(padded, 1, 12)).isTrue();
        assertThat(Isin.checkDigit(padded, 1)).isEqualTo((byte) isin.charAt(11));
        assertThat(Isin.isValid(MemorySegment.ofArray(padded), 1, 12)).isTrue();
        long[] packed = PackedForm.pack(isin);
        assertThat(Isin.isValidPacked(packed[0], packed[1])).isTrue();
    }

    @Test
    void builtFromCusip() {
        assertThat(Isin.fromCusip("US", "037833100")).isEqualTo("US0378331005");
        assertThat(Isin.fromCusip("US", "02079K305")).isEqualTo("US02079K3059");
        assertThatThrownBy(() -> Isin.fromCusip("us", "037833100")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> Isin.fromCusip("US", "0378331")).isInstanceOf(IllegalArgumentException.class);
    }

    @ParameterizedTest
    @ValueSource(strings = {"US0378331004", "US0378331006", "US037833100", "US03783310055", "1S0378331005",
        "us0378331005", "US037833100X", "US03783310*5", "", "AU0000XVGZA4"})
    void invalidIdentifiersAreRejectedInEveryForm(String isin) {
        assertThat(Isin.isValid(isin)).isFalse();
        byte[] bytes = isin.getBytes(StandardCharsets.US_ASCII);
        assertThat(Isin.isValid(bytes, 0, bytes.length)).isFalse();
        assertThat(Isin.isValid(MemorySegment.ofArray(bytes), 0, bytes.length)).isFalse();
    }

    @Test
    void everySingleDigitChangeIsDetected() {
        String good = "US0378331005";
        for (int i = 2; i < 12; i++) {
            for (char c = '0'; c <= '9'; c++) {
                if (c != good.charAt(i)) {
                    String changed = good.substring(0, i) + c + good.substring(i + 1);
                    assertThat(Isin.isValid(changed)).as(changed).isFalse();
                }
            }
        }
    }

    @Test
    void badBasesFailLoudly() {
        assertThatThrownBy(() -> Isin.checkDigit("US03")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> Isin.checkDigit("US03783310#")).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("'#'");
        assertThat(Isin.isValid((CharSequence) null)).isFalse();
    }

    @Test
    void validationDoesNotAllocate() {
        byte[] bytes = "US0378331005,AU0000XVGZA3,GB0002634946".getBytes(StandardCharsets.US_ASCII);
        MemorySegment segment = MemorySegment.ofArray(bytes);
        int valid = 0;
        for (int i = 0; i < 20_000; i++) {
            valid += count(bytes, segment);
        }
        long before = Allocation.threadAllocatedBytes();
        for (int i = 0; i < 100_000; i++) {
            valid += count(bytes, segment);
        }
        long allocated = Allocation.threadAllocatedBytes() - before;
        assertThat(valid).isEqualTo(6 * 120_000);
        assertThat(allocated).isLessThan(64 * 1024);
    }

    private static int count(byte[] bytes, MemorySegment segment) {
        int n = 0;
        for (int off = 0; off < bytes.length; off += 13) {
            n += Isin.isValid(bytes, off, 12) ? 1 : 0;
            n += Isin.isValid(segment, off, 12) ? 1 : 0;
        }
        return n;
    }

    /** The packed form (as the index packs keys) agrees with the string form on random candidates. */
    @Test
    void packedFormAgreesWithTheString() {
        PackedForm.agreesWithString("US0378331005", Isin::isValid, Isin::isValidPacked);
    }
}
