package io.chunkwise.cli.fix;

import static org.assertj.core.api.Assertions.assertThat;

import io.chunkwise.cli.CliRun;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Review: a master whose second row repeats its labels (the value {@code CUSIP} under the cusip
 * column) got a notice from scan, index and lookup, and none from reconcile, where a message naming
 * a label matches it; reconcile now says it, on every run, in the same words.
 */
class SecondHeaderReconcileTest {
    @TempDir
    Path dir;

    @Test
    void reconcileNamesASecondHeaderRowAsIndexDoes() throws Exception {
        Path m = Files.writeString(dir.resolve("m.csv"), "cusip,isin,symbol\nCUSIP,ISIN,Symbol\n037833100,US0378331005,AAPL\n");
        Path log = Files.writeString(dir.resolve("orders.log"), ReconcileCommandTest.message("35=D|34=1|55=AAPL|48=037833100|22=1|")
                + "\n", StandardCharsets.ISO_8859_1);
        String said = ": " + m + ": line 2 looks like a second header row (its cusip 'CUSIP' is a column's label, not a cusip):"
                + " it is read as a record; remove it, e.g. with sed 2d";
        CliRun first = CliRun.of("reconcile", "--master", m.toString(), "--fix", log.toString());
        assertThat(first.code()).as(first.err()).isZero();
        assertThat(first.err()).contains("reconcile: indexed " + m).contains("reconcile" + said);
        // an index built before (by index, which said it then) is no reason to keep quiet
        assertThat(CliRun.of("index", m.toString()).err()).contains("index" + said);
        CliRun again = CliRun.of("reconcile", "--master", m.toString(), "--fix", log.toString(), "--json");
        assertThat(again.code()).as(again.err()).isZero();
        assertThat(again.err()).doesNotContain("indexed").contains("reconcile" + said);
        assertThat(again.json().get("checked").asLong()).isEqualTo(1);
        // a master without one is quiet
        Path plain = Files.writeString(dir.resolve("p.csv"), "cusip,isin,symbol\n037833100,US0378331005,AAPL\n");
        assertThat(CliRun.of("reconcile", "--master", plain.toString(), "--fix", log.toString()).err())
                .doesNotContain("second header row");
    }
}
