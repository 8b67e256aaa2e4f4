package io.chunkwise.cli.fix;

import static org.assertj.core.api.Assertions.assertThat;

import io.chunkwise.cli.CliRun;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A share class in SymbolSfx (65), {@code 55=BRK|65=B}, is the master's {@code BRK.B}: it was a
 * discrepancy on every class-B share. The rows of the discrepancies file name the message's session
 * (49, 56), since a log of several sessions repeats MsgSeqNums.
 */
class SymbolSfxCommandTest {
    @TempDir
    Path dir;

    @Test
    void aShareClassInSymbolSfxMatchesAndRowsNameTheSession() throws Exception {
        Path master = Files.writeString(dir.resolve("m.csv"),
                "cusip,isin,symbol\n084670702,US0846707026,BRK.B\n983919101,US9839191015,XYZ\n");
        Path classB = Files.writeString(dir.resolve("b.log"), ReconcileCommandTest.message("35=D|34=1|55=BRK|65=B|") + "\n"
                + ReconcileCommandTest.message("35=D|34=2|55=BRK|65=B|48=084670702|22=1|") + "\n"
                + ReconcileCommandTest.message("35=D|34=3|55=XYZ|65=WI|") + "\n", StandardCharsets.ISO_8859_1);
        CliRun ok = CliRun.of("reconcile", "--master", master.toString(), "--fix", classB.toString(), "--json");
        assertThat(ok.code()).as(ok.err()).isZero();
        assertThat(ok.json().get("checked").asLong()).isEqualTo(3);

        Path sessions = Files.writeString(dir.resolve("s.log"),
                ReconcileCommandTest.message("35=D|49=BUY1|56=SELL|34=7|55=BRK|65=A|48=084670702|22=1|") + "\n"
                + ReconcileCommandTest.message("35=D|49=BUY2|56=SELL|34=7|55=ZZZ|65=WI|") + "\n"
                + ReconcileCommandTest.message("35=D|34=7|55=QQQ|") + "\n", StandardCharsets.ISO_8859_1);
        Path out = dir.resolve("found.csv");
        CliRun found = CliRun.of("reconcile", "--master", master.toString(), "--fix", sessions.toString(), "--out",
                out.toString());
        assertThat(found.code()).as(found.err()).isEqualTo(1);
        String first = ReconcileCommandTest.message("35=D|49=BUY1|56=SELL|34=7|55=BRK|65=A|48=084670702|22=1|") + "\n";
        String second = ReconcileCommandTest.message("35=D|49=BUY2|56=SELL|34=7|55=ZZZ|65=WI|") + "\n";
        assertThat(Files.readAllLines(out)).containsExactly(
                "offset,line,msg_seq_num,msg_type,security_id_source,security_id,fix_symbol,master_symbol,type,sender_comp_id,target_comp_id",
                "0,1,7,D,1,084670702,BRK|65=A,BRK.B,SYMBOL_MISMATCH,BUY1,SELL",
                first.length() + ",2,7,D,,,ZZZ|65=WI,,UNKNOWN_SYMBOL,BUY2,SELL",
                (first.length() + second.length()) + ",3,7,D,,,QQQ,,UNKNOWN_SYMBOL,,");
    }
}
