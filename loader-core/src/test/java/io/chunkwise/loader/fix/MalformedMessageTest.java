package io.chunkwise.loader.fix;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;
import org.junit.jupiter.api.Test;

/** A reject's detail goes into a CSV file that scripts read: its digits are ASCII in every locale. */
class MalformedMessageTest {

    @Test
    void checkSumsAreAsciiDigitsWhateverTheDefaultLocale() {
        Locale before = Locale.getDefault();
        try {
            Locale.setDefault(Locale.forLanguageTag("ar-EG")); // formats %d with Arabic-Indic digits
            MalformedMessage bad = new MalformedMessage(0, 0, Malformation.CHECKSUM_MISMATCH, 999, 89);
            assertThat(bad.detail()).isEqualTo("CheckSum 999 but the bytes sum to 089");
        } finally {
            Locale.setDefault(before);
        }
    }
}
