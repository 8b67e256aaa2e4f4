package io.chunkwise.cli.fix;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.chunkwise.cli.CliRun;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A trading-ops pass (session 55): {@code fixscan} said "2 malformed", and {@code --json} gave
 * that one number, so a gate could not tell a venue's bad checksums from a logger's cut last line
 * without writing and reading a rejects file. Each reason is now counted, in {@code --json} and
 * on stderr, and the counts add up to {@code malformed} whatever the chunking.
 */
class MalformedReasonsCommandTest {
    @TempDir
    Path dir;

    @Test
    void malformedMessagesAreCountedByReason() throws Exception {
        String good = ReconcileCommandTest.message("35=D|34=1|55=AAPL|");
        String other = ReconcileCommandTest.message("35=D|34=2|55=MSFT|");
        int otherSum = Integer.parseInt(other.substring(other.length() - 4, other.length() - 1));
        String badSum = other.substring(0, other.length() - 4) + String.format("%03d", (otherSum + 1) % 256) + '\u0001';
        String badLength = ReconcileCommandTest.message("35=D|34=3|55=IBM|").replace("9=17", "9=19");
        String text = good + "\n" + badSum + "\n" + "garbage between messages\n" + badLength + "\n"
                + "X.4.4|9=5|35=0|10=123|\n" + good + "\n" + good.substring(0, 30);
        Path log = Files.writeString(dir.resolve("bad.log"), text, StandardCharsets.ISO_8859_1);
        Map<String, Long> expected = Map.of("CHECKSUM_MISMATCH", 1L, "BODY_LENGTH_MISMATCH", 1L,
                "CHECKSUM_WITHOUT_START", 1L, "TRUNCATED", 1L);
        for (String chunk : new String[] {"16MiB", "1", "37"}) {
            CliRun run = CliRun.of("fixscan", log.toString(), "--json", "--chunk-size", chunk);
            assertThat(run.code()).as(run.err()).isEqualTo(1);
            JsonNode json = run.json();
            assertThat(json.get("messages").asLong()).as(chunk).isEqualTo(2);
            assertThat(json.get("malformed").asLong()).as(chunk).isEqualTo(4);
            long sum = 0;
            for (var reason : json.get("malformedByReason").properties()) {
                sum += reason.getValue().asLong();
                assertThat(reason.getValue().asLong()).as(chunk + " " + reason.getKey())
                        .isEqualTo(expected.getOrDefault(reason.getKey(), 0L));
            }
            assertThat(sum).as(chunk).isEqualTo(4);
        }
        CliRun human = CliRun.of("fixscan", log.toString());
        assertThat(human.err()).contains("2 messages, 4 malformed, ")
                .contains("\n  BODY_LENGTH_MISMATCH   1\n").contains("\n  CHECKSUM_MISMATCH      1\n")
                .doesNotContain("BEGIN_STRING");
    }
}
