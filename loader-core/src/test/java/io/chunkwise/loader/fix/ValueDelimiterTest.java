package io.chunkwise.loader.fix;

import static org.assertj.core.api.Assertions.assertThat;

import io.chunkwise.loader.io.MappedFile;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * QA (qa-fix): in a log that writes SOH as {@code |}, a value holding {@code |}, digits and
 * {@code =} ({@code 58=ratio|2=3}) reads as a field's start, so its CheckSum mismatched with a
 * detail giving two sums that both missed, and nothing said why. Which {@code |} is the value's
 * own cannot be told, so the message stays malformed; its detail now says how many {@code |}
 * before a tag, counted as written, make the sum match.
 */
class ValueDelimiterTest {
    @TempDir
    Path dir;

    /** A venue's message: SOH delimits fields, {@code ¦} marks its own {@code |} in a value; then logged with | for SOH. */
    private static String venue(String body) {
        String b = body.replace('|', Logs.SOH).replace('¦', '|');
        String upTo = "8=FIX.4.4" + Logs.SOH + "9=" + b.length() + Logs.SOH + b;
        int sum = 0;
        for (int i = 0; i < upTo.length(); i++) {
            sum += upTo.charAt(i);
        }
        return (upTo + "10=" + String.format("%03d", sum & 0xFF) + Logs.SOH).replace(Logs.SOH, '|');
    }

    @Test
    void aValueHoldingAPipeBeforeDigitsAndEqualsIsNamedInTheDetail() throws IOException {
        String text = venue("35=D|34=1|58=a ¦ b|55=AAPL|") + "\n"      // a | not before a tag: checked as written
                + venue("35=D|34=2|58=ratio¦2=3|55=AAPL|") + "\n"      // one | before a tag inside 58
                + venue("35=D|34=3|58=x¦1=y¦2=z|55=AAPL|") + "\n";    // two
        Path file = Files.writeString(dir.resolve("pipes.log"), text, StandardCharsets.ISO_8859_1);
        try (MappedFile log = MappedFile.open(file)) {
            List<Recorder.Event> events = Recorder.serial(log.segment());
            assertThat(events).hasSize(3);
            assertThat(events.get(0).what()).startsWith("msg ");
            assertThat(events.get(1).what()).startsWith("bad CHECKSUM_MISMATCH ").contains(" with 1 of the | before a tag counted"
                    + " as written: a value that holds |, digits and = (58=a|2=b) cannot be told from a field where SOH is written as |");
            assertThat(events.get(2).what()).contains(" with 2 of the | before a tag counted as written");
            for (int chunk = 7; chunk < log.size(); chunk += 29) {
                assertThat(Recorder.scan(log.segment(), new ScanOptions(3, chunk, true, null))).as("chunk %d", chunk)
                        .isEqualTo(events);
            }
        }
    }

    @Test
    void aWrongSumInAnSohLogOrWithoutSuchAValueSaysNothingOfIt() throws IOException {
        String soh = Logs.message("FIX.4.4", Logs.soh("35=D|34=1|58=x|55=AAPL|"), Logs.SOH);
        String pipe = Logs.message("FIX.4.4", "35=D|34=2|55=AAPL|", '|');
        String text = soh.substring(0, soh.length() - 4) + "000" + Logs.SOH + "\n" + pipe.substring(0, pipe.length() - 4) + "000|\n";
        Path file = Files.writeString(dir.resolve("wrong.log"), text, StandardCharsets.ISO_8859_1);
        try (MappedFile log = MappedFile.open(file)) {
            List<Recorder.Event> events = Recorder.serial(log.segment());
            assertThat(events).extracting(Recorder.Event::what).allSatisfy(w -> assertThat(w)
                    .startsWith("bad CHECKSUM_MISMATCH").doesNotContain("before a tag"));
        }
    }
}
