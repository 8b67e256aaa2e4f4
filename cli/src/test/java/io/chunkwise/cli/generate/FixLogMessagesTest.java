package io.chunkwise.cli.generate;

import static org.assertj.core.api.Assertions.assertThat;

import io.chunkwise.cli.CliRun;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * QA (qa-fix): {@code generate fixlog --messages 0} wrote an empty log and its truth, exit 0, where
 * {@code generate secmaster --rows 0} and {@code fxbars --rows 0} are usage errors; an empty log
 * then reconciled to "0 discrepancies". Now it is refused as they are, and nothing is written.
 */
class FixLogMessagesTest {
    @TempDir
    Path dir;

    @Test
    void noMessagesIsAUsageErrorAndWritesNothing() throws Exception {
        Path master = Files.writeString(dir.resolve("m.csv"), "cusip,isin,symbol\n037833100,US0378331005,AAPL\n");
        Path log = dir.resolve("g.fix");
        CliRun run = CliRun.of("generate", "fixlog", "--master", master.toString(), "--messages", "0", "-o", log.toString());
        assertThat(run.code()).isEqualTo(2);
        assertThat(run.err()).contains("--messages 0 makes a log without messages: give at least 1");
        assertThat(log).doesNotExist();
        // named as typed: --rows is the same option
        CliRun rows = CliRun.of("generate", "fixlog", "--master", master.toString(), "--rows", "0", "-o", log.toString());
        assertThat(rows.code()).isEqualTo(2);
        assertThat(rows.err().strip()).isEqualTo("chunkwise generate fixlog: --rows 0 makes a log without messages: give at least 1");
        assertThat(log).doesNotExist();
        assertThat(dir.resolve("g.fix.expected.json")).doesNotExist();
    }

    @Test
    void oneMessageIsALogThatScansClean() throws Exception {
        Path master = Files.writeString(dir.resolve("m.csv"), "cusip,isin,symbol\n037833100,US0378331005,AAPL\n");
        Path log = dir.resolve("one.fix");
        CliRun run = CliRun.of("generate", "fixlog", "--master", master.toString(), "--messages", "1", "-o", log.toString());
        assertThat(run.code()).as(run.err()).isZero();
        CliRun scan = CliRun.of("fixscan", log.toString(), "--json");
        assertThat(scan.code()).as(scan.err()).isZero();
        assertThat(scan.json().get("messages").asLong()).isEqualTo(1);
        assertThat(scan.json().get("malformed").asLong()).isZero();
    }
}
