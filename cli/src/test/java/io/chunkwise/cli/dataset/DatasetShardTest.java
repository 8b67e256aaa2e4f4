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
