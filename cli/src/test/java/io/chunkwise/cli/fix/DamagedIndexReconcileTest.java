package io.chunkwise.cli.fix;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.chunkwise.cli.CliRun;
import io.chunkwise.cli.Json;
import io.chunkwise.cli.loader.DamagedIndexes;
import io.chunkwise.loader.index.IndexFile;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code reconcile} never answers from a damaged block of its index: its rows are published when the
 * run ends, so a run that reads one rebuilds the index and starts over; rows that go to a stream
 * cannot be taken back, so that run checks the whole index before it starts.
 */
class DamagedIndexReconcileTest {
    @TempDir
    static Path dir;
    private static Path master;
    private static Path log;
    private static Path idx;

    @BeforeAll
    static void masterAndLog() throws Exception {
        master = dir.resolve("m.csv");
        DamagedIndexes.writeMaster(master);
        log = dir.resolve("orders.log");
        Files.writeString(log, ReconcileCommandTest.message("35=D|34=1|55=S1234567|48=001234567|22=1|") + "\n"
                + ReconcileCommandTest.message("35=D|34=2|55=WRONG|48=000000042|22=1|") + "\n"
                + ReconcileCommandTest.message("35=D|34=3|55=S9|48=009999999|22=1|") + "\n", StandardCharsets.ISO_8859_1);
        idx = dir.resolve("m.csv.cwx");
        assertThat(CliRun.of("index", master.toString()).code()).isZero();
        assertThat(Files.size(idx)).as("index size").isGreaterThan(IndexFile.VERIFY_ON_OPEN_LIMIT + 4096);
    }

    @Test
    void aRunThatReadsADamagedBlockRebuildsTheIndexAndStartsOver() throws Exception {
        DamagedIndexes.flipAByteOfEveryBlock(idx);
        Path out = dir.resolve("found.csv");

        CliRun r = CliRun.of("reconcile", "--master", master.toString(), "--fix", log.toString(), "--out", out.toString(),
                "--json");

        assertThat(r.code()).as(r.err()).isEqualTo(1);
        assertThat(r.err()).contains("reconcile: reindexing " + master + " (" + idx + ": corrupt: the block at bytes ")
                .contains("does not match its checksum)")
                .contains("reconcile: reindexed " + master);
        assertThat(counts(r)).isEqualTo("{\"SYMBOL_MISMATCH\":1,\"UNKNOWN_SECURITY\":1,\"UNKNOWN_SYMBOL\":0}");
        assertThat(Files.readAllLines(out)).hasSize(3).element(1).asString()
                .endsWith(",2,D,1,000000042,WRONG,S42,SYMBOL_MISMATCH,,");
        try (IndexFile rebuilt = IndexFile.open(idx, master)) {
            rebuilt.verify();
        }
    }

    @Test
    void rowsToAStreamWaitForTheWholeIndexToBeChecked() throws Exception {
        DamagedIndexes.flipAByteOfEveryBlock(idx);

        CliRun r = CliRun.of("reconcile", "--master", master.toString(), "--fix", log.toString(), "--out", "/dev/null",
                "--json");

        assertThat(r.code()).as(r.err()).isEqualTo(1);
        assertThat(r.err()).contains("reconcile: reindexing " + master + " (" + idx + ": corrupt")
                .doesNotContain("run reconcile again");
        assertThat(counts(r)).isEqualTo("{\"SYMBOL_MISMATCH\":1,\"UNKNOWN_SECURITY\":1,\"UNKNOWN_SYMBOL\":0}");
    }

    private static String counts(CliRun r) throws Exception {
        JsonNode json = Json.mapper().readTree(r.out());
        assertThat(json.get("checked").asLong()).isEqualTo(3);
        return json.get("discrepancies").toString();
    }
}
