package io.chunkwise.dataset.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import io.chunkwise.dataset.bars.BarReject;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/** The commonest kind of reject is shown as exactly as all its rejects allow. */
class RejectTallyTest {
    private static final Path FILE = Path.of("bars.csv");

    private static RejectTally tally(String... reasons) {
        RejectTally t = new RejectTally();
        for (int i = 0; i < reasons.length; i++) {
            t.accept(new BarReject(FILE, i + 2, 37L * (i + 1), reasons[i]));
        }
        return t;
    }

    @Test
    void rejectsAlikeAreShownWhole() {
        String hint = "expected 6 fields, found 10: if the fields are separated by ';', set the delimiter to ';'";
        assertThat(tally(hint, hint, "bad open 'x'").commonest())
                .isEqualTo("2 × " + hint + " (first: bars.csv:2 (byte 37): " + hint + ")");
    }

    @Test
    void quotedTextThatVariesIsBlankedAndThenNumbersThatVary() {
        assertThat(tally("bad open 'a' in column 2", "bad open 'b' in column 2").commonest())
                .startsWith("2 × bad open '…' in column 2 (first: bars.csv:2 (byte 37): bad open 'a' in column 2)");
        assertThat(tally("bad open 'a' in column 2", "bad open 'b' in column 3", "bad open 'a' in column 2").commonest())
                .startsWith("3 × bad open '…' in column N (first: bars.csv:2 (byte 37): bad open 'a' in column 2)");
        assertThat(tally("bad open 'a' in column 2", "bad open 'a' in column 3").commonest())
                .as("numbers that vary blank the quoted text too: the kind").startsWith("2 × bad open '…' in column N");
    }

    @Test
    void ofKindsAsCommonTheFirstSeenIsShownAndTheTieSaid() {
        assertThat(tally("bad high 'x'", "bad close 'abc'", "volume 'y' is negative").commonest())
                .isEqualTo("1 × bad high 'x' (first: bars.csv:2 (byte 37): bad high 'x'), and as many of 2 other kinds");
        assertThat(tally("bad high 'x'", "bad close 'a'", "bad close 'b'").commonest()).doesNotContain("as many");
    }

    @Test
    void theCountIsInAsciiDigitsWhateverTheDefaultLocale() {
        // the commonest reject is a field of dataset cache's JSON, which scripts read
        Locale before = Locale.getDefault();
        try {
            Locale.setDefault(Locale.forLanguageTag("ar-EG")); // formats %,d with Arabic-Indic digits
            String[] reasons = new String[1_234];
            Arrays.fill(reasons, "bad open 'x'");
            assertThat(tally(reasons).commonest()).startsWith("1,234 × bad open");
        } finally {
            Locale.setDefault(before);
        }
    }
}
