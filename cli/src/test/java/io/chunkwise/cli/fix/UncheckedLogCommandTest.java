package io.chunkwise.cli.fix;

import static org.assertj.core.api.Assertions.assertThat;

import io.chunkwise.cli.CliRun;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * QA (qa-fix): a log of session messages only (logons, heartbeats), or one whose instruments are all
 * inside repeating groups (a MarketDataRequest's NoRelatedSym, as Log4FIX-J's test log has it), gave
 * "0 checked", all counts 0 and exit 0 with nothing said: it read as a clean reconciliation. A notice
 * now says nothing was checked and why; the exit code stays that of the discrepancies. The master given
 * as the log too is refused: it was read as a log without a message, a clean run on nothing.
 */
class UncheckedLogCommandTest {
    private static final String NOTHING_CHECKED = "names an instrument at its top level (55, or 48 with 22=1 or 22=4):"
            + " none was checked, and the exit code counts discrepancies only";

    @TempDir
    Path dir;

    private Path master() throws Exception {
        return Files.writeString(dir.resolve("m.csv"), "cusip,isin,symbol\n037833100,US0378331005,AAPL\n");
    }

    @Test
    void aLogOfHeartbeatsAndLogonsSaysNothingWasChecked() throws Exception {
        Path log = Files.writeString(dir.resolve("session.log"),
                ReconcileCommandTest.message("35=A|49=A|56=B|34=1|98=0|108=30|") + "\n"
                        + ReconcileCommandTest.message("35=0|49=A|56=B|34=2|") + "\n"
                        + ReconcileCommandTest.message("35=0|49=B|56=A|34=2|") + "\n", StandardCharsets.ISO_8859_1);
        CliRun run = CliRun.of("reconcile", "--master", master().toString(), "--fix", log.toString(), "--json");
        assertThat(run.code()).as(run.err()).isZero();
        assertThat(run.json().get("messages").asLong()).isEqualTo(3);
        assertThat(run.json().get("checked").asLong()).isZero();
        assertThat(run.err()).contains("reconcile: no message of " + log + " (3 messages) " + NOTHING_CHECKED
                + "; session messages (logon, heartbeat) name none");
    }

    @Test
    void aLogWhoseSymbolsAreAllInRepeatingGroupsSaysSo() throws Exception {
        // 55 only in NoRelatedSym (146) entries: QQQQ is in no master, yet nothing can be found
        Path log = Files.writeString(dir.resolve("md.log"), ReconcileCommandTest.message(
                "35=V|49=A|56=B|34=1|262=1|263=1|264=0|267=1|269=0|146=2|55=AAPL|55=QQQQ|") + "\n",
                StandardCharsets.ISO_8859_1);
        CliRun run = CliRun.of("reconcile", "--master", master().toString(), "--fix", log.toString());
        assertThat(run.code()).as(run.err()).isZero();
        assertThat(run.err()).contains("reconcile: no message of " + log + " (1 message) " + NOTHING_CHECKED)
                .contains("instruments inside repeating groups (NoRelatedSym 146, NoMDEntries 268, …) are not checked");
    }

    @Test
    void aLogWithOneCheckedMessageSaysNothingOfIt() throws Exception {
        Path log = Files.writeString(dir.resolve("one.log"), ReconcileCommandTest.message("35=0|49=A|56=B|34=1|") + "\n"
                + ReconcileCommandTest.message("35=D|49=A|56=B|34=2|55=AAPL|") + "\n", StandardCharsets.ISO_8859_1);
        CliRun run = CliRun.of("reconcile", "--master", master().toString(), "--fix", log.toString());
        assertThat(run.code()).as(run.err()).isZero();
        assertThat(run.err()).contains("1 checked").doesNotContain("none was checked");
    }

    @Test
    void aMixedLogNamesItsMessagesWhoseInstrumentsAreOnlyInGroups() throws Exception {
        // review: orders were checked and MarketDataRequests passed unseen, with nothing said of them
        Path log = Files.writeString(dir.resolve("mixed.log"), ReconcileCommandTest.message("35=D|49=A|56=B|34=1|55=AAPL|")
                + "\n" + ReconcileCommandTest.message("35=V|49=A|56=B|34=2|262=1|263=1|264=0|146=1|55=QQQQ|") + "\n"
                + ReconcileCommandTest.message("35=V|49=A|56=B|34=3|262=2|263=1|264=0|146=1|55=AAPL|") + "\n",
                StandardCharsets.ISO_8859_1);
        String first = ReconcileCommandTest.message("35=D|49=A|56=B|34=1|55=AAPL|") + "\n";
        CliRun run = CliRun.of("reconcile", "--master", master().toString(), "--fix", log.toString(), "--json");
        assertThat(run.code()).as(run.err()).isZero();
        assertThat(run.json().get("checked").asLong()).isEqualTo(1);
        assertThat(run.json().get("instrumentsInGroupsOnly").asLong()).isEqualTo(2);
        assertThat(run.err()).contains("reconcile: 2 messages of " + log + " (the first: 35=V at line 2, byte " + first.length()
                + ") name instruments only inside repeating groups (NoRelatedSym 146, NoMDEntries 268, …), not at the top"
                + " level: not checked\n").doesNotContain("none was checked");
        // with lines counted as the log is read (an --out file), the same line
        CliRun out = CliRun.of("reconcile", "--master", master().toString(), "--fix", log.toString(), "--out",
                dir.resolve("d.csv").toString());
        assertThat(out.err()).contains("(the first: 35=V at line 2, byte " + first.length() + ")");
    }

    @Test
    void theMasterGivenAsTheLogIsRefused() throws Exception {
        // it was read as a log with no 8=FIX: a notice and exit 0, a clean run on nothing
        Path master = master();
        Path link = Files.createSymbolicLink(dir.resolve("link.csv"), master);
        CliRun run = CliRun.of("reconcile", "--master", master.toString(), "--fix", link.toString());
        assertThat(run.code()).as(run.err()).isEqualTo(2);
        assertThat(run.err()).isEqualTo("chunkwise reconcile: --master " + master + " and --fix " + link
                + " are one file: give the security master to --master and the FIX log to --fix\n");
    }

    @Test
    void messagesIdentifiedByACodeTheMasterHasNoColumnForAreNamedAsSuch() throws Exception {
        // a 48 with 22=1 names an instrument: the notice of the missing column says why none was checked, not this one
        Path master = Files.writeString(dir.resolve("symbols.csv"), "symbol,name\nAAPL,Apple\n");
        Path log = Files.writeString(dir.resolve("ids.log"), ReconcileCommandTest.message("35=D|34=1|48=037833100|22=1|") + "\n",
                StandardCharsets.ISO_8859_1);
        CliRun run = CliRun.of("reconcile", "--master", master.toString(), "--fix", log.toString());
        assertThat(run.code()).as(run.err()).isZero();
        assertThat(run.err()).doesNotContain("none was checked")
                .contains(": 1 message identified by CUSIP or ISIN was checked by its symbol (55) instead, where it had one;"
                        + " name them with --cusip-column, --isin-column");
    }

    @Test
    void aRealMarketDataRequestIsNamedAsUnchecked() throws Exception {
        // Log4FIX-J's log (test resources fix/, licence beside it): its 55 is in NoRelatedSym (146) only
        String name = "FIX42-CoyTrade-BCExchange-MarketDataRequest.log";
        Path log = dir.resolve(name);
        try (InputStream in = UncheckedLogCommandTest.class.getResourceAsStream("/fix/" + name)) {
            Files.copy(in, log);
        }
        CliRun run = CliRun.of("reconcile", "--master", master().toString(), "--fix", log.toString(), "--json");
        assertThat(run.code()).as(run.err()).isZero();
        assertThat(run.json().get("messages").asLong()).isEqualTo(1);
        assertThat(run.json().get("checked").asLong()).isZero();
        assertThat(run.err()).contains("reconcile: no message of " + log + " (1 message) " + NOTHING_CHECKED);
    }
}
