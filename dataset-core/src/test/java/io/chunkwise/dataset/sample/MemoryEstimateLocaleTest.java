package io.chunkwise.dataset.sample;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;
import org.junit.jupiter.api.Test;

/** The estimate is dataset iterate's JSON field modeReason too: ASCII digits in every locale. */
class MemoryEstimateLocaleTest {
    private static final long MIB = 1 << 20;

    @Test
    void describedInAsciiDigitsWhateverTheDefaultLocale() {
        Locale before = Locale.getDefault();
        try {
            Locale.setDefault(Locale.forLanguageTag("ar-EG")); // formats %,d with Arabic-Indic digits
            assertThat(new MemoryEstimate(10 * MIB, 2_000 * MIB, 6_000 * MIB).describe()).isEqualTo(
                    "needs ~2,010 MiB (rows 10 MiB + materialized samples 2,000 MiB), heap available ~6,000 MiB");
        } finally {
            Locale.setDefault(before);
        }
    }
}
