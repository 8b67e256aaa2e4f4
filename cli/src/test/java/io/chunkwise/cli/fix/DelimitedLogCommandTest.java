package io.chunkwise.cli.fix;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.chunkwise.cli.CliRun;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * QA: a FIX log whose tool wrote {@code ^}, {@code ;} or {@code ,} for SOH got only BeginString
 * rejects and no word why. Its delimiter is found from its first messages, said on stderr, and the
 * log scans and reconciles as its SOH original does; a log using two of them is refused.
 */
class DelimitedLogCommandTest {
    private static final char SOH = '\u0001';

    @TempDir
    Path dir;

    private Path generated() {
        Path master = dir.resolve("sec.csv");
        Path log = dir.resolve("orders.fix");
        assertThat(CliRun.of("generate", "secmaster", "--rows", "2000", "-o", master.toString()).code()).isZero();
        assertThat(CliRun.of("generate", "fixlog", "--master", master.toString(), "--messages", "5000",
                "--discrepancy-rate", "0.05", "-o", log.toString()).code()).isZero();
        return log;
    }

    private Path delimitedBy(Path soh, char d) throws Exception {
        String text = Files.readString(soh, StandardCharsets.ISO_8859_1).replace(SOH, d);
        return Files.writeString(dir.resolve("orders-" + (int) d + ".fix"), text, StandardCharsets.ISO_8859_1);
    }

    @Test
    void aLogDelimitedByCaretSemicolonOrCommaScansAndReconcilesAsItsSohOriginal() throws Exception {
        Path soh = generated();
        Path master = dir.resolve("sec.csv");
        CliRun original = CliRun.of("reconcile", "--master", master.toString(), "--fix", soh.toString(), "--json");
        assertThat(original.code()).as(original.err()).isEqualTo(1);
        assertThat(original.err()).doesNotContain("delimited by");
        for (char d : new char[] {'^', ';', ','}) {
            Path log = delimitedBy(soh, d);
            String notice = log + ": its messages are delimited by '" + d + "', not SOH or | (8=FIX.4.4" + d
                    + "9=… at line 1, byte 0): scanned so";

            CliRun scan = CliRun.of("fixscan", log.toString(), "--json", "--workers", "2", "--chunk-size", "64KiB");
            assertThat(scan.code()).as(scan.err()).isZero();
            assertThat(scan.json().get("messages").asLong()).isEqualTo(5000);
            assertThat(scan.json().get("malformed").asLong()).isZero();
            assertThat(scan.err()).contains("fixscan: " + notice);

            CliRun r = CliRun.of("reconcile", "--master", master.toString(), "--fix", log.toString(), "--json");
            assertThat(r.code()).as(r.err()).isEqualTo(1);
            assertThat(r.err()).contains("reconcile: " + notice);
            for (String key : new String[] {"messages", "malformed", "checked", "discrepancies"}) {
                assertThat(r.json().get(key)).as(d + " " + key).isEqualTo(original.json().get(key));
            }
        }
    }

    /** CheckSum is still checked, over SOH as FIX tools sum it, and a reject names the log's delimiter. */
    @Test
    void aWrongCheckSumInASemicolonLogIsRejectedNamingTheSemicolon() throws Exception {
        String body = "35=D;34=1;49=A;56=B;55=IBM;";
        String upTo = "8=FIX.4.4;9=" + body.length() + ";" + body;
        int sum = upTo.chars().map(c -> c == ';' ? SOH : c).sum() & 0xFF;
        int asWritten = upTo.chars().sum() & 0xFF;
        String good = upTo + String.format(Locale.ROOT, "10=%03d;", sum);
        String bad = upTo + String.format(Locale.ROOT, "10=%03d;", asWritten);
        Path log = Files.writeString(dir.resolve("semi.log"), good + "\n" + bad + "\n", StandardCharsets.ISO_8859_1);
        Path rejects = dir.resolve("bad.csv");
        CliRun r = CliRun.of("fixscan", log.toString(), "--rejects", rejects.toString());
        assertThat(r.code()).as(r.err()).isEqualTo(1);
        assertThat(r.err()).contains("1 message, 1 malformed");
        assertThat(Files.readAllLines(rejects)).containsExactly("line,offset,reason,detail", String.format(Locale.ROOT,
                "2,%d,CHECKSUM_MISMATCH,CheckSum %03d but the bytes sum to %03d with each ; counted as SOH (%03d as written)",
                good.length() + 1, asWritten, sum, asWritten));
    }

    @Test
    void aLogDelimitedByTwoOfThemIsAnInputErrorNamingFileLineAndByte() throws Exception {
        Path soh = generated();
        String semicolons = Files.readString(delimitedBy(soh, ';'), StandardCharsets.ISO_8859_1);
        String first = semicolons.substring(0, semicolons.indexOf('\n') + 1);
        Path mixed = Files.writeString(dir.resolve("mixed.fix"), first + first.replace(';', ','), StandardCharsets.ISO_8859_1);
        CliRun r = CliRun.of("fixscan", mixed.toString());
        assertThat(r.code()).isEqualTo(2);
        assertThat(r.err()).isEqualTo("chunkwise fixscan: " + mixed + ":2 (byte " + first.length() + "): its messages are"
                + " delimited by ',' here (8=FIX.4.4,9=…) and by ';' at line 1 (byte 0): a scan reads one printable"
                + " delimiter beside SOH; split the log by delimiter and scan each part, e.g. grep -E '8=FIXT?\\.[0-9.]+(SP[0-9])?;9=' "
                + mixed + "\n");
        CliRun reconcile = CliRun.of("reconcile", "--master", dir.resolve("sec.csv").toString(), "--fix", mixed.toString());
        assertThat(reconcile.code()).isEqualTo(2);
        assertThat(reconcile.err()).contains(mixed + ":2 (byte " + first.length() + "): its messages are delimited by ','");
    }

    /** A comma in a value of an SOH or | log (a Text, a Reject quoting a message) is no sign: no notice, counts unchanged. */
    @Test
    void commasAndSemicolonsInsideValuesOfAnSohLogAreNoSign() throws Exception {
        String quoted = "8=FIX.4.4;9=5;35=0;10=123;";
        String text = ReconcileCommandTest.message("35=3|34=1|45=7|58=rejected, see: " + quoted + "|") + "\n"
                + ReconcileCommandTest.message("35=D|34=2|55=AAPL|58=a,b;c^d|") + "\n";
        Path log = Files.writeString(dir.resolve("soh.log"), text, StandardCharsets.ISO_8859_1);
        CliRun r = CliRun.of("fixscan", log.toString(), "--json");
        assertThat(r.code()).as(r.err()).isZero();
        JsonNode json = r.json();
        assertThat(json.get("messages").asLong()).isEqualTo(2);
        assertThat(r.err()).isEmpty();
    }
}
