package io.chunkwise.cli.dataset;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.chunkwise.cli.CliRun;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * More shards than the epoch has batches: a shard left without a batch says so (a data-parallel
 * rank with no step waits for the others forever), one with a batch says nothing; a start batch
 * beyond one batch is named in the singular. A run without a batch (such a shard, even shards that
 * drop every batch, a resume from the end) shows no batch shape: its summary and {@code --json} say
 * it is empty and why, and the shards' samples add up to the epoch's.
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
    void anEmptyShardShowsNoBatchShapeAndSaysWhy() throws Exception {
        CliRun human = CliRun.of("dataset", "iterate", cache.toString(), "--window", "4", "--shard", "3/4");
        assertThat(human.code()).as(human.err()).isZero();
        assertThat(human.err()).contains(cache + " (standard, mapped read, shard 3/4): 0 samples in 0 batches — the epoch has"
                + " 1 batch of up to 256 samples for 4 shards, none for shard 3/4; load ").doesNotContain("of [");

        CliRun json = CliRun.of("dataset", "iterate", cache.toString(), "--window", "4", "--shard", "3/4", "--json");
        assertThat(json.code()).as(json.err()).isZero();
        JsonNode j = json.json();
        assertThat(j.get("empty").asBoolean()).isTrue();
        assertThat(j.get("emptyReason").asText()).isEqualTo("no-batch-for-shard");
        assertThat(j.get("emptyMessage").asText()).isEqualTo("the epoch has 1 batch of up to 256 samples for 4 shards, none for shard 3/4");
        assertThat(j.get("batchShape").isNull()).isTrue();
        assertThat(j.get("batches").asLong()).isZero();

        CliRun full = CliRun.of("dataset", "iterate", cache.toString(), "--window", "4", "--json");
        assertThat(full.json().get("empty").asBoolean()).isFalse();
        assertThat(full.json().get("emptyReason").isNull()).isTrue();
        assertThat(full.json().get("batchShape").toString()).isEqualTo("[35,4,6]");
    }

    @Test
    void theShapeIsOfTheBatchesBuiltAndTheShardsAddUpToTheEpoch() throws Exception {
        // 35 samples in batches of 8: 8, 8, 8, 8 and a short 3, which shard 4/5 alone holds
        long samples = 0;
        for (int i = 0; i < 5; i++) {
            CliRun c = CliRun.of("dataset", "iterate", cache.toString(), "--window", "4", "--batch", "8", "--shard", i + "/5", "--json");
            assertThat(c.code()).as(c.err()).isZero();
            assertThat(c.json().get("batchShape").toString()).isEqualTo(i == 4 ? "[3,4,6]" : "[8,4,6]");
            assertThat(c.json().get("samples").asLong()).isEqualTo(c.json().get("shardSamples").asLong());
            samples += c.json().get("samples").asLong();
        }
        assertThat(samples).isEqualTo(35);
        CliRun last = CliRun.of("dataset", "iterate", cache.toString(), "--window", "4", "--batch", "8", "--shard", "4/5");
        assertThat(last.err()).contains("3 samples in 1 batch of [3, 4, 6]");

        // even: 5 batches for 2 shards are 2 each, the short last one dropped
        long kept = 0;
        for (int i = 0; i < 2; i++) {
            JsonNode j = CliRun.of("dataset", "iterate", cache.toString(), "--window", "4", "--batch", "8", "--shard", i + "/2",
                    "--even-shards", "--json").json();
            kept += j.get("samples").asLong();
            assertThat(j.get("droppedSamples").asLong()).isEqualTo(3);
            assertThat(j.get("epochSamples").asLong()).isEqualTo(35);
        }
        assertThat(kept + 3).isEqualTo(35);
    }

    @Test
    void evenShardsThatDropEveryBatchAndAResumeFromTheEndAreEmpty() throws Exception {
        CliRun dropAll = CliRun.of("dataset", "iterate", cache.toString(), "--window", "4", "--batch", "8", "--shard", "0/8",
                "--even-shards");
        assertThat(dropAll.code()).as(dropAll.err()).isZero();
        assertThat(dropAll.err()).contains("shard 0/8): 0 samples in 0 batches — --even-shards drops all the epoch's 5 batches,"
                + " fewer than its 8 shards; load ").doesNotContain("of [");
        JsonNode j = CliRun.of("dataset", "iterate", cache.toString(), "--window", "4", "--batch", "8", "--shard", "0/8",
                "--even-shards", "--json").json();
        assertThat(j.get("emptyReason").asText()).isEqualTo("even-shards-drop-all");
        assertThat(j.get("droppedSamples").asLong()).isEqualTo(35);

        CliRun done = CliRun.of("dataset", "iterate", cache.toString(), "--window", "4", "--batch", "8", "--start-batch", "5");
        assertThat(done.code()).as(done.err()).isZero();
        assertThat(done.err()).contains(": 0 samples in 0 batches — --start-batch 5 is the end of the epoch's 5 batches:"
                + " nothing left to resume; load ").doesNotContain("of [");
        CliRun doneShard = CliRun.of("dataset", "iterate", cache.toString(), "--window", "4", "--batch", "8", "--shard", "1/4",
                "--start-batch", "1", "--json");
        assertThat(doneShard.json().get("emptyReason").asText()).isEqualTo("start-batch-at-end");
        assertThat(doneShard.json().get("emptyMessage").asText())
                .isEqualTo("--start-batch 1 is the end of shard 1/4's 1 batch: nothing left to resume");
    }

    @Test
    void aStartBatchBeyondOneBatchIsSingular() {
        CliRun c = CliRun.of("dataset", "iterate", cache.toString(), "--window", "4", "--start-batch", "3");
        assertThat(c.code()).isEqualTo(2);
        assertThat(c.err()).contains("is beyond the epoch's 1 batch").doesNotContain("1 batches");
    }
}
