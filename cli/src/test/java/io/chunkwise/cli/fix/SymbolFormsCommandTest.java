package io.chunkwise.cli.fix;

import static org.assertj.core.api.Assertions.assertThat;

import io.chunkwise.cli.CliRun;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * QA (qa-fix): a master whose symbols differ from the log's only by case ({@code aapl}) or by the
 * separator before a share class ({@code BRK.B} against the log's {@code BRK B}) gave a
 * SYMBOL_MISMATCH or UNKNOWN_SYMBOL per message and nothing that said why (lookup says "found as
 * aapl: symbols keep their case"); reconcile now names the form, and {@code --json} counts
 * {@code symbolForms}. The verdicts and the exit code stay those of a byte-for-byte comparison.
 */
class SymbolFormsCommandTest {
    @TempDir
    Path dir;

    @Test
    void aMasterInAnotherFormIsNamed() throws Exception {
        Path master = Files.writeString(dir.resolve("m.csv"),
                "cusip,isin,symbol\n084670702,US0846707026,BRK.B\n037833100,US0378331005,aapl\n");
        String first = ReconcileCommandTest.message("35=D|34=1|55=BRK B|48=084670702|22=1|") + "\n";
        String second = ReconcileCommandTest.message("35=D|34=2|55=AAPL|48=037833100|22=1|") + "\n";
        String third = ReconcileCommandTest.message("35=D|34=3|55=BRK/B|") + "\n";
        Path log = Files.writeString(dir.resolve("forms.log"), first + second + third, StandardCharsets.ISO_8859_1);
        CliRun json = CliRun.of("reconcile", "--master", master.toString(), "--fix", log.toString(), "--json",
                "--out", dir.resolve("found.csv").toString());
        assertThat(json.code()).as(json.err()).isEqualTo(1);
        assertThat(json.json().get("discrepancies").get("SYMBOL_MISMATCH").asLong()).isEqualTo(2);
        assertThat(json.json().get("discrepancies").get("UNKNOWN_SYMBOL").asLong()).isEqualTo(1);
        assertThat(json.json().get("symbolForms").asLong()).isEqualTo(2);
        assertThat(json.err()).contains("reconcile: 2 SYMBOL_MISMATCHes of " + log + " differ from the master's symbol only in form"
                + " (the first: 55=BRK B at line 1, byte 0, the master's BRK.B): symbols are compared byte for byte");
        assertThat(json.err()).contains("reconcile: UNKNOWN_SYMBOL 55=BRK/B (line 3, byte " + (first.length() + second.length())
                + " of " + log + ") is in " + master + " as BRK.B, in another form too");
        // without --out, the same lines
        CliRun counts = CliRun.of("reconcile", "--master", master.toString(), "--fix", log.toString(), "--json");
        assertThat(counts.err()).contains("(the first: 55=BRK B at line 1, byte 0, the master's BRK.B)")
                .contains("reconcile: UNKNOWN_SYMBOL 55=BRK/B (line 3, byte " + (first.length() + second.length()) + " of ");
        CliRun plain = CliRun.of("reconcile", "--master", master.toString(), "--fix",
                Files.writeString(dir.resolve("same.log"), ReconcileCommandTest.message("35=D|34=1|55=BRK.B|") + "\n"
                        + ReconcileCommandTest.message("35=D|34=2|55=IBM|") + "\n", StandardCharsets.ISO_8859_1).toString(), "--json");
        assertThat(plain.code()).isEqualTo(1);
        assertThat(plain.json().get("symbolForms").asLong()).isZero();
        assertThat(plain.err()).doesNotContain("in another form").doesNotContain("only in form");
    }

    @Test
    void aSymbolAndSuffixInAnotherFormAreNamed() throws Exception {
        // 55=brk|65=b: neither brk nor brk joined to b is in the master, BRK.B is (SymbolSfx 65 read with 55)
        Path master = Files.writeString(dir.resolve("m.csv"), "cusip,isin,symbol\n084670702,US0846707026,BRK.B\n");
        Path log = Files.writeString(dir.resolve("sfx.log"), ReconcileCommandTest.message("35=D|34=1|55=brk|65=b|") + "\n",
                StandardCharsets.ISO_8859_1);
        CliRun run = CliRun.of("reconcile", "--master", master.toString(), "--fix", log.toString(), "--json");
        assertThat(run.code()).as(run.err()).isEqualTo(1);
        assertThat(run.json().get("discrepancies").get("UNKNOWN_SYMBOL").asLong()).isEqualTo(1);
        // without --out no line is counted as the log is read: the notice's one is counted at the end
        assertThat(run.err()).contains("reconcile: UNKNOWN_SYMBOL 55=brk|65=b (line 1, byte 0 of " + log + ") is in " + master
                + " as BRK.B: symbols are compared byte for byte");
    }
}
