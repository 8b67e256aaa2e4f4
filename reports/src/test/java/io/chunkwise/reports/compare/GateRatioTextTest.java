package io.chunkwise.reports.compare;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** A gate's ratio is printed with the digits that explain its result, never as 1.00× beside a FAIL. */
class GateRatioTextTest {
    @Test
    void aRatioNearTheFactorKeepsTheDigitsThatDecide() {
        Gate atLeast = Gate.parse("mmap/full >= 1");
        // both printed 1.00×: one passes, one fails
        assertThat(atLeast.ratioText(0.996)).isEqualTo("0.996×");
        assertThat(atLeast.ratioText(1.004)).isEqualTo("1.00×");
        assertThat(Gate.parse("mmap/full <= 1").ratioText(1.004)).isEqualTo("1.004×");
        assertThat(Gate.parse("mmap/full > 3").ratioText(3.004)).isEqualTo("3.004×");
        assertThat(Gate.parse("mmap/full >= 3").ratioText(2.99996)).isEqualTo("2.99996×");
        assertThat(Gate.parse("mmap/full >= 1.5").ratioText(1_234.5)).isEqualTo("1,234.50×");
        // a ratio at the factor but for a division's last bit meets it, and reads so
        assertThat(Gate.parse("mmap/full >= 3").ratioText(0.3 / 0.1)).isEqualTo("3.00×");
        assertThat(atLeast.ratioText(0.004)).isEqualTo("0.00400×");
        assertThat(atLeast.ratioText(Double.NaN)).isEqualTo("–");
    }
}
