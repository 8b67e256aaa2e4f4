package io.chunkwise.cli.fix;

import static org.assertj.core.api.Assertions.assertThat;

import io.chunkwise.cli.CliRun;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Review: against a master whose CUSIPs a spreadsheet wrote as numbers ({@code 37833100}), every
 * message naming a CUSIP that starts with 0 was an unexplained UNKNOWN_SECURITY; reconcile now says why.
 */
class CusipWithoutZerosCommandTest {
    @TempDir
    Path dir;

    @Test
    void aMasterWhoseCusipsLostTheirLeadingZerosIsNamed() throws Exception {
        Path master = Files.writeString(dir.resolve("m.csv"), "cusip,isin,symbol\n37833100,US0378331005,AAPL\n");
        Path log = Files.writeString(dir.resolve("o.log"), ReconcileCommandTest.message("35=D|34=1|55=AAPL|48=037833100|22=1|")
                + "\n", StandardCharsets.ISO_8859_1);
        CliRun r = CliRun.of("reconcile", "--master", master.toString(), "--fix", log.toString(), "--json");
        assertThat(r.code()).as(r.err()).isEqualTo(1);
        assertThat(r.json().get("discrepancies").get("UNKNOWN_SECURITY").asLong()).isEqualTo(1);
        assertThat(r.err()).contains("reconcile: UNKNOWN_SECURITY 48=037833100 (line 1, byte 0 of " + log + ") is in " + master
                + " as 37833100, without its leading zero: its cusip column looks like numbers a spreadsheet wrote, so every"
                + " CUSIP starting with 0 is unknown; export the master with that column as text\n");
    }

    @Test
    void aMasterWithItsZerosGetsNoSuchNotice() throws Exception {
        Path master = Files.writeString(dir.resolve("m.csv"), "cusip,isin,symbol\n037833100,US0378331005,AAPL\n");
        Path log = Files.writeString(dir.resolve("o.log"), ReconcileCommandTest.message("35=D|34=1|55=AAPL|48=012345678|22=1|")
                + "\n", StandardCharsets.ISO_8859_1);
        CliRun r = CliRun.of("reconcile", "--master", master.toString(), "--fix", log.toString());
        assertThat(r.code()).as(r.err()).isEqualTo(1);
        assertThat(r.err()).doesNotContain("spreadsheet");
    }
}
