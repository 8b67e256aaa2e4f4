package io.chunkwise.cli.dataset;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.chunkwise.cli.CliRun;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code --shard I/N}: the N shards of an epoch add up to it — samples, batches and the exact
 * checksum (a 64-bit integer sum, so shards add modulo 2^64) — in every mode, read, worker count,
 * with and without shuffle and from a start batch; a malformed shard is exit 2 naming the option.
 */
class DatasetShardTest {
    @TempDir
    static Path dir;
    static Path cache;

    @BeforeAll
    static void buildCache() throws Exception {
        Path csv = Bars.write(dir.resolve("b.csv"), Bars.lines(400));
        cache = dir.resolve("b.arrow");
        CliRun c = CliRun.of("dataset", "cache", csv.toString(), "-o", cache.toString(), "--features", "ret");
        assertThat(c.code()).as(c.err()).isZero();
    }

    @Test
    void shardsAddUpToTheEpoch() throws IOException {
        for (String mode : new String[] {"standard", "iterable"}) {
            for (boolean shuffle : new boolean[] {false, true}) {
                List<String> common = new ArrayList<>(List.of("--mode", mode, "--window", "8", "--batch", "10",
                        "--chunk-size", "50", "--read", shuffle ? "buffered" : "mapped"));
                if (shuffle) {
                    common.addAll(List.of("--shuffle", "--seed", "5", "--epoch", "2", "--shuffle-block", "64"));
                }
                JsonNode whole = iterate(common, "--workers", "2");
                for (int n = 1; n <= 3; n++) {
                    for (String workers : new String[] {"0", "3"}) {
                        long samples = 0;
                        long batches = 0;
                        long exact = 0;
                        for (int i = 0; i < n; i++) {
                            JsonNode s = iterate(common, "--workers", workers, "--shard", i + "/" + n);
                            assertThat(s.get("shard").asText()).isEqualTo(i + "/" + n);
                            assertThat(s.get("samples").asLong()).isEqualTo(s.get("shardSamples").asLong());
                            assertThat(s.get("batches").asLong()).isEqualTo(s.get("shardBatches").asLong());
                            assertThat(s.get("epochBatches").asLong()).isEqualTo(whole.get("batches").asLong());
                            samples += s.get("samples").asLong();
                            batches += s.get("batches").asLong();
                            exact += Long.parseUnsignedLong(s.get("exactChecksum").asText(), 16);
                        }
                        String what = mode + (shuffle ? " shuffled" : "") + ", " + n + " shards, " + workers + " workers";
                        assertThat(samples).as(what).isEqualTo(whole.get("samples").asLong());
                        assertThat(batches).as(what).isEqualTo(whole.get("batches").asLong());
                        assertThat(String.format("%016x", exact)).as(what).isEqualTo(whole.get("exactChecksum").asText());
                    }
                }
            }
        }
    }

    @Test
    void evenShardsTakeAsManyStepsAndSayWhatTheyDrop() throws IOException {
        List<String> common = List.of("--window", "8", "--batch", "10", "--shuffle", "--seed", "3", "--workers", "2");
        JsonNode whole = iterate(common);
        long epochBatches = whole.get("batches").asLong();
        int n = 3;
        long dropped = epochBatches % n;
        assertThat(dropped).as("the test needs batches left over").isPositive();
        long samples = 0;
        for (int i = 0; i < n; i++) {
            JsonNode s = iterate(common, "--shard", i + "/" + n, "--even-shards");
            assertThat(s.get("batches").asLong()).isEqualTo(epochBatches / n).isEqualTo(s.get("shardBatches").asLong());
            assertThat(s.get("samples").asLong()).isEqualTo(s.get("shardSamples").asLong());
            assertThat(s.get("evenShards").asBoolean()).isTrue();
            assertThat(s.get("droppedBatches").asLong()).isEqualTo(dropped);
            samples += s.get("samples").asLong();
        }
        // the dropped batches are the epoch's last: all full but its last, which may be short
        long lastBatch = whole.get("samples").asLong() - (epochBatches - 1) * 10;
        assertThat(samples).isEqualTo(whole.get("samples").asLong() - (dropped - 1) * 10 - lastBatch);
        CliRun human = CliRun.of(Stream.concat(Stream.of("dataset", "iterate", cache.toString(), "--shard", "1/" + n),
                common.stream()).toArray(String[]::new));
        assertThat(human.code()).as(human.err()).isZero();
        assertThat(human.err()).doesNotContain("--even-shards");
        String[] evenArgs = Stream.concat(Stream.of("dataset", "iterate", cache.toString(), "--shard", "1/" + n, "--even-shards"),
                common.stream()).toArray(String[]::new);
        CliRun even = CliRun.of(evenArgs);
        assertThat(even.code()).as(even.err()).isZero();
        assertThat(even.err()).contains("dataset iterate: --even-shards: every shard takes " + epochBatches / n + " batches; the epoch's last "
                + (dropped == 1 ? "1 batch" : dropped + " batches") + " of " + epochBatches + (dropped == 1 ? " goes" : " go")
                + " to none");
        JsonNode uneven = iterate(common, "--shard", "0/" + n);
        assertThat(uneven.get("evenShards").asBoolean()).isFalse();
        assertThat(uneven.get("droppedBatches").asLong()).isZero();
    }

    @Test
    void startBatchCountsTheShardsBatches() throws IOException {
        List<String> common = List.of("--window", "8", "--batch", "10", "--shard", "1/3");
        JsonNode shard = iterate(common);
        JsonNode resumed = iterate(common, "--start-batch", "4");
        assertThat(resumed.get("batches").asLong()).isEqualTo(shard.get("batches").asLong() - 4);
        assertThat(resumed.get("samples").asLong()).isEqualTo(shard.get("samples").asLong() - 40);
    }

    @Test
    void aMalformedShardIsAUsageErrorNamingTheOption() {
        for (String bad : new String[] {"4/4", "-1/4", "1/0", "x", "1/2/3"}) {
            CliRun r = CliRun.of("dataset", "iterate", cache.toString(), "--shard", bad);
            assertThat(r.code()).as(bad).isEqualTo(2);
            assertThat(r.err()).as(bad).contains("--shard").doesNotContain("Exception").doesNotContain("\tat ");
            assertThat(r.err().strip().lines().count()).as(r.err()).isEqualTo(1);
        }
    }

    private static JsonNode iterate(List<String> common, String... more) throws IOException {
        String[] args = Stream.of(Stream.of("dataset", "iterate", cache.toString(), "--json"), common.stream(), Stream.of(more))
                .flatMap(s -> s).toArray(String[]::new);
        CliRun r = CliRun.of(args);
        assertThat(r.code()).as(r.err()).isZero();
        return r.json();
    }
}
