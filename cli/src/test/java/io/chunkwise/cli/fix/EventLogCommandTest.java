package io.chunkwise.cli.fix;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.chunkwise.cli.CliRun;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A QuickFIX/J event log quotes a message's raw text in an event line ({@code time: Rejecting invalid
 * message: …: 8=FIX…}); fed with the messages log, each such message was counted twice and its
 * discrepancy reported twice. Now it is counted as {@code quoted}, said in the summary, and never reconciled.
 */
class EventLogCommandTest {
    private static final String T = "20241121-10:15:02.123: ";
    /** UNKNOWN_SYMBOL against the master below. */
    private static final String ORDER = ReconcileCommandTest.message("35=D|34=7|49=BANZAI|56=EXEC|11=1|55=ZZZZ|54=1|");
    private static final String KNOWN = ReconcileCommandTest.message("35=D|34=8|49=BANZAI|56=EXEC|11=2|55=AAPL|54=1|");

    @TempDir
    Path dir;

    /** cat FIX.4.4-BANZAI-EXEC.messages.log FIX.4.4-BANZAI-EXEC.event.log, as FileLog writes them. */
    private Path both() throws Exception {
        String messages = T + ORDER + "\n" + T + KNOWN + "\n";
        String events = T + "Created session: FIX.4.4:BANZAI->EXEC\n"
                + T + "Rejecting invalid message: quickfix.IncorrectTagValue: Value is incorrect (out of range) for this tag, field=55: "
                + ORDER + "\n"
                + T + "Enqueued at pos 8: " + KNOWN + "\n";
        return Files.writeString(dir.resolve("both.log"), messages + events, StandardCharsets.ISO_8859_1);
    }

    private Path master() throws Exception {
        return Files.writeString(dir.resolve("m.csv"), "cusip,isin,symbol\n037833100,US0378331005,AAPL\n");
    }

    @Test
    void fixscanCountsQuotesApartAndSaysSo() throws Exception {
        Path log = both();
        CliRun json = CliRun.of("fixscan", log.toString(), "--json");
        assertThat(json.code()).as(json.err()).isZero();
        assertThat(json.json().get("messages").asLong()).isEqualTo(2);
        assertThat(json.json().get("quoted").asLong()).isEqualTo(2);
        CliRun human = CliRun.of("fixscan", log.toString());
        assertThat(human.err()).contains("2 messages, 0 malformed, ")
                .contains("2 messages quoted in event lines were not counted again");
    }

    @Test
    void reconcileReportsAQuotedDiscrepancyOnce() throws Exception {
        Path found = dir.resolve("found.csv");
        CliRun json = CliRun.of("reconcile", "--master", master().toString(), "--fix", both().toString(), "--json",
                "--out", found.toString());
        assertThat(json.code()).as(json.err()).isEqualTo(1);
        JsonNode r = json.json();
        assertThat(r.get("messages").asLong()).isEqualTo(2);
        assertThat(r.get("quoted").asLong()).isEqualTo(2);
        assertThat(r.get("discrepancies").get("UNKNOWN_SYMBOL").asLong()).isEqualTo(1);
        assertThat(Files.readAllLines(found)).hasSize(2); // the header and one row
        CliRun human = CliRun.of("reconcile", "--master", master().toString(), "--fix", both().toString());
        assertThat(human.err()).contains("2 messages quoted in event lines were not counted again");
    }

    @Test
    void anEventLogAloneIsNamedAsHoldingNoMessageOfItsOwn() throws Exception {
        Path log = Files.writeString(dir.resolve("FIX.4.4-BANZAI-EXEC.event.log"),
                T + "Received logon\n" + T + "Enqueued at pos 8: " + KNOWN + "\n", StandardCharsets.ISO_8859_1);
        CliRun scan = CliRun.of("fixscan", log.toString(), "--json");
        assertThat(scan.code()).as(scan.err()).isZero();
        assertThat(scan.json().get("messages").asLong()).isZero();
        assertThat(scan.json().get("quoted").asLong()).isEqualTo(1);
        assertThat(scan.err()).contains("fixscan: " + log + " holds no FIX message of its own: 1 message is quoted in an event"
                + " line (a QuickFIX/J event log, FileLog's *.event.log); give its messages log (*.messages.log)");
        CliRun recon = CliRun.of("reconcile", "--master", master().toString(), "--fix", log.toString());
        assertThat(recon.code()).as(recon.err()).isZero();
        assertThat(recon.err()).contains("reconcile: " + log + " holds no FIX message of its own")
                .doesNotContain("is malformed");
    }
}
