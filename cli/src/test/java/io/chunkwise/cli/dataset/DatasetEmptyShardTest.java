package io.chunkwise.cli.dataset;

import static org.assertj.core.api.Assertions.assertThat;

import io.chunkwise.cli.CliRun;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * More shards than the epoch has batches: a shard left without a batch says so (a data-parallel
 * rank with no step waits for the others forever), one with a batch says nothing; a start batch
 * beyond one batch is named in the singular.
 */
class DatasetEmptyShardTest {
    @TempDir
    static Path dir;
    static Path cache;

    @BeforeAll
    static void buildCache() {
        Path csv = Bars.write(dir.resolve("b.csv"), Bars.lines(40));
        cache = dir.resolve("b.arrow");
        CliRun c = CliRun.of("dataset", "cache", csv.toString(), "-o", cache.toString(), "--features", "ret");
        assertThat(c.code()).as(c.err()).isZero();
    }

    @Test
    void aShardWithoutABatchSaysSo() throws Exception {
        // 39 rows, window 4: 35 samples, one batch of 256
        CliRun empty = CliRun.of("dataset", "iterate", cache.toString(), "--window", "4", "--shard", "5/40", "--json");
        assertThat(empty.code()).as(empty.err()).isZero();
        assertThat(empty.json().get("samples").asLong()).isZero();
        assertThat(empty.err()).contains("dataset iterate: shard 5/40 takes no batch: the epoch has 1 batch of up to 256"
                + " samples for 40 shards; use a smaller --batch or fewer shards");

        CliRun first = CliRun.of("dataset", "iterate", cache.toString(), "--window", "4", "--shard", "0/40", "--json");
        assertThat(first.code()).as(first.err()).isZero();
        assertThat(first.json().get("samples").asLong()).isEqualTo(35);
        assertThat(first.err()).doesNotContain("takes no batch");
    }

    @Test
    void aStartBatchBeyondOneBatchIsSingular() {
        CliRun c = CliRun.of("dataset", "iterate", cache.toString(), "--window", "4", "--start-batch", "3");
        assertThat(c.code()).isEqualTo(2);
        assertThat(c.err()).contains("is beyond the epoch's 1 batch").doesNotContain("1 batches");
    }
}
