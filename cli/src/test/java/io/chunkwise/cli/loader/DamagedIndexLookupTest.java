package io.chunkwise.cli.loader;

import static org.assertj.core.api.Assertions.assertThat;

import io.chunkwise.cli.CliRun;
import io.chunkwise.loader.index.IndexFile;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code lookup} checks the blocks of the index it reads, not the whole index (too large to check
 * before every look-up at 200 GB): a damaged one is rebuilt before anything is printed, and the
 * answer comes from the index built again.
 */
class DamagedIndexLookupTest {
    @TempDir
    Path dir;

    @Test
    void aLookUpThatReadsADamagedBlockRebuildsTheIndexThenAnswers() throws Exception {
        Path master = dir.resolve("m.csv");
        DamagedIndexes.writeMaster(master);
        assertThat(CliRun.of("index", master.toString()).code()).isZero();
        Path idx = dir.resolve("m.csv.cwx");
        assertThat(Files.size(idx)).as("index size").isGreaterThan(IndexFile.VERIFY_ON_OPEN_LIMIT + 4096);
        DamagedIndexes.flipAByteOfEveryBlock(idx);

        CliRun r = CliRun.of("lookup", master.toString(), "--cusip", "001234567", "--json");

        assertThat(r.code()).as(r.err()).isZero();
        assertThat(r.err()).contains("lookup: rebuilding index " + idx + " (" + idx + ": corrupt: the block at bytes ")
                .contains("does not match its checksum)")
                .contains("lookup: rebuilt index " + idx);
        assertThat(r.json()).singleElement().satisfies(record -> {
            assertThat(record.get("cusip").asText()).isEqualTo("001234567");
            assertThat(record.get("symbol").asText()).isEqualTo("S1234567");
        });
        try (IndexFile rebuilt = IndexFile.open(idx, master)) {
            rebuilt.verify();
        }
    }
}
