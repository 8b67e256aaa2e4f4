package io.chunkwise.cli.fix;

import static org.assertj.core.api.Assertions.assertThat;

import io.chunkwise.cli.CliRun;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * QA: a log whose engine writes FIX 5.0's service pack into BeginString ({@code 8=FIX.5.0SP2}, as
 * tools outside FIXT do) was all BEGIN_STRING rejects: fixscan exit 1, reconcile "every message is
 * malformed", nothing checked, exit 0. Its messages are scanned and reconciled as FIX.4.4 ones are.
 */
class ServicePackLogCommandTest {
    private static final char SOH = '\u0001';

    @TempDir
    Path dir;

    /** @return a QuickFIX/J-style line holding {@code body} under {@code 8=FIX.5.0SP2}, sums right */
    private static String line(String body) {
        String b = body.replace('|', SOH);
        String upTo = "8=FIX.5.0SP2" + SOH + "9=" + b.length() + SOH + b;
        int sum = upTo.chars().sum() & 0xFF;
        return "20241121-09:30:00.123: " + upTo + "10=" + String.format(Locale.ROOT, "%03d", sum) + SOH + "\n";
    }

    @Test
    void aServicePackLogScansAndReconcilesItsMessages() throws Exception {
        Path master = Files.writeString(dir.resolve("m.csv"),
                "cusip,isin,symbol\n037833100,US0378331005,AAPL\n459200101,US4592001014,IBM\n");
        Path log = Files.writeString(dir.resolve("sp2.log"), line("35=A|49=A|56=B|34=1|98=0|108=30|1137=9|")
                + line("35=D|49=A|56=B|34=2|11=1|55=AAPL|48=037833100|22=1|54=1|")
                + line("35=D|49=A|56=B|34=3|11=2|55=MSFT|48=US4592001014|22=4|54=1|"), StandardCharsets.ISO_8859_1);

        CliRun scan = CliRun.of("fixscan", log.toString(), "--json");
        assertThat(scan.code()).as(scan.err()).isZero();
        assertThat(scan.json().get("messages").asLong()).isEqualTo(3);
        assertThat(scan.json().get("malformed").asLong()).isZero();

        Path out = dir.resolve("found.csv");
        CliRun r = CliRun.of("reconcile", "--master", master.toString(), "--fix", log.toString(), "--out", out.toString(),
                "--json");
        assertThat(r.code()).as(r.err()).isEqualTo(1);
        assertThat(r.json().get("malformed").asLong()).isZero();
        assertThat(r.json().get("checked").asLong()).isEqualTo(2);
        assertThat(r.json().get("discrepancies").get("SYMBOL_MISMATCH").asLong()).isEqualTo(1);
        assertThat(Files.readAllLines(out)).hasSize(2).last().asString()
                .contains(",3,D,4,US4592001014,MSFT,IBM,SYMBOL_MISMATCH,A,B");
    }
}
