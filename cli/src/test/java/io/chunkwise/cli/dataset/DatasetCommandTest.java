package io.chunkwise.cli.dataset;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import com.fasterxml.jackson.databind.JsonNode;
import io.chunkwise.cli.CliRun;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code dataset cache} and {@code dataset iterate} end to end, through picocli and the error handler. */
class DatasetCommandTest {
    @TempDir
    static Path dir;
    static Path cache;

    @BeforeAll
    static void buildCache() throws IOException {
        StringBuilder sb = new StringBuilder("timestamp,open,high,low,close,volume\n");
        double close = 1.1;
        for (int i = 0; i < 3000; i++) {
            double open = close;
            close = open * (1 + Math.sin(i * 0.37) * 0.001);
            sb.append(String.format(Locale.ROOT, "%d,%.6f,%.6f,%.6f,%.6f,%d%n", 1_704_067_200_000L + i * 60_000L,
                    open, Math.max(open, close) + 0.0001, Math.min(open, close) - 0.0001, close, i % 97));
        }
        Path csv = Files.writeString(dir.resolve("bars.csv"), sb);
        cache = dir.resolve("bars.arrow");
        CliRun r = CliRun.of("dataset", "cache", csv.toString(), "-o", cache.toString(), "--features",
                "ret,logret,vol:20,sma:5,ema:12,rsi:14,atr:14,bb:10,z:10", "--batch-rows", "500", "--json");
        assertThat(r.code()).as(r.err()).isZero();
        JsonNode j = r.json();
        assertThat(j.get("accepted").asLong()).isEqualTo(3000);
        assertThat(j.get("rows").asLong()).isEqualTo(3000 - 20);
        assertThat(j.get("batches").asLong()).isEqualTo(6);
    }

    @Test
    void checksumIsTheSameInEveryModeWorkerCountChunkSizeAndShuffle() throws IOException {
        List<String[]> variants = List.of(
                new String[] {"--mode", "standard", "--workers", "0"},
                new String[] {"--mode", "standard", "--workers", "2", "--read", "buffered"},
                new String[] {"--mode", "iterable", "--workers", "1", "--chunk-size", "7"},
                new String[] {"--mode", "iterable", "--workers", "3", "--chunk-size", "1000", "--read", "buffered"},
                new String[] {"--mode", "auto", "--workers", "2"},
                new String[] {"--mode", "iterable", "--shuffle", "--seed", "5", "--shuffle-block", "100"},
                new String[] {"--mode", "standard", "--shuffle", "--seed", "6", "--epoch", "2"});
        Double reference = null;
        String exactReference = null;
        for (String[] v : variants) {
            List<String> args = new ArrayList<>(List.of("dataset", "iterate", cache.toString(), "--features",
                    "close,ret,logret,vol_20,ema_12,rsi_14,atr_14,z_10", "--window", "16", "--horizon", "2",
                    "--batch", "64", "--json"));
            args.addAll(List.of(v));
            CliRun r = CliRun.of(args.toArray(String[]::new));
            assertThat(r.code()).as(String.join(" ", args) + "\n" + r.err()).isZero();
            JsonNode j = r.json();
            assertThat(j.get("samples").asLong()).isEqualTo(2980 - 16 - 2 + 1);
            assertThat(j.get("batches").asLong()).isEqualTo((2963 + 63) / 64);
            assertThat(j.get("seconds").asDouble()).isPositive();
            double checksum = j.get("checksum").asDouble();
            if (reference == null) {
                reference = checksum;
                exactReference = j.get("exactChecksum").asText();
            }
            assertThat(j.get("exactChecksum").asText()).as(String.join(" ", v)).isEqualTo(exactReference).hasSize(16);
            assertThat(checksum).as(String.join(" ", v)).isCloseTo(reference, within(Math.abs(reference) * 1e-9));
            if (v[1].equals("auto")) {
                assertThat(r.err()).contains("mode standard").contains("fits comfortably");
            }
        }
    }

    @Test
    void aChunkSizeGivenWithShuffleIsReportedAsIgnored() throws IOException {
        CliRun r = CliRun.of("dataset", "iterate", cache.toString(), "--mode", "iterable", "--window", "8",
                "--chunk-size", "1000", "--shuffle", "--shuffle-block", "300", "--json");
        assertThat(r.code()).as(r.err()).isZero();
        assertThat(r.err().lines().filter(l -> l.contains("--chunk-size")).toList()).containsExactly(
                "dataset iterate: with --shuffle the iterable streams one shuffle block per chunk (--shuffle-block 300); "
                        + "--chunk-size 1000 is ignored");
        assertThat(r.json().get("shuffleBlock").asInt()).isEqualTo(300);
        CliRun quiet = CliRun.of("dataset", "iterate", cache.toString(), "--mode", "iterable", "--window", "8",
                "--shuffle", "--shuffle-block", "300");
        assertThat(quiet.code()).as(quiet.err()).isZero();
        assertThat(quiet.err()).doesNotContain("--chunk-size");
        CliRun unshuffled = CliRun.of("dataset", "iterate", cache.toString(), "--mode", "iterable", "--window", "8",
                "--chunk-size", "1000");
        assertThat(unshuffled.code()).as(unshuffled.err()).isZero();
        assertThat(unshuffled.err()).doesNotContain("--chunk-size");
    }

    @Test
    void theShapeShowsTheBatchActuallyUsed() {
        CliRun r = CliRun.of("dataset", "iterate", cache.toString(), "--window", "2970", "--features", "close");
        assertThat(r.code()).as(r.err()).isZero();
        assertThat(r.err()).contains("10 samples in 1 batch of [10, 2970, 1]");
    }

    @Test
    void startBatchResumes() throws IOException {
        JsonNode j = CliRun.of("dataset", "iterate", cache.toString(), "--mode", "iterable", "--window", "8", "--batch", "100",
                "--start-batch", "10", "--json").json();
        assertThat(j.get("batches").asLong()).isEqualTo(j.get("epochBatches").asLong() - 10);
        assertThat(j.get("samples").asLong()).isEqualTo(2980 - 8 - 1 + 1 - 1000);
    }

    @Test
    void badInputsExitTwoWithOneLine() throws IOException {
        Path garbage = Files.writeString(dir.resolve("garbage.arrow"), "this is not arrow at all, not even close");
        CliRun r = CliRun.of("dataset", "iterate", garbage.toString());
        assertThat(r.code()).isEqualTo(2);
        assertThat(r.err().strip()).doesNotContain("\n").contains("garbage.arrow").contains("not an Arrow IPC file")
                .as("the library's advice with the command that follows it")
                .endsWith("a bars CSV? build the cache from it with 'chunkwise dataset cache'");

        r = CliRun.of("dataset", "iterate", cache.toString(), "--features", "close,nope");
        assertThat(r.code()).isEqualTo(2);
        assertThat(r.err().strip()).doesNotContain("\n").contains("no column 'nope'");

        r = CliRun.of("dataset", "iterate", cache.toString(), "--features", "close,close");
        assertThat(r.code()).isEqualTo(2);
        assertThat(r.err()).contains("--features names a column twice: close,close");

        // QA: ',' quietly meant every column (the split drops empty names at the end) while '' was refused
        for (String features : List.of(",", ",,", "", "close,", "close,,ret", ",close")) {
            r = CliRun.of("dataset", "iterate", cache.toString(), "--features", features, "--json");
            assertThat(r.code()).as("--features '" + features + "': " + r.err()).isEqualTo(2);
            assertThat(r.err().strip()).doesNotContain("\n").isEqualTo("chunkwise dataset iterate: empty item in --features '"
                    + features + "': name the feature columns, separated by ',' (leave out --features for every"
                    + " floating-point column)");
            assertThat(r.out()).isEmpty();
        }
        r = CliRun.of("dataset", "iterate", cache.toString(), "--features=close,", "--features", "ret");
        assertThat(r.err()).as("given with '=', or given twice").contains("empty item in --features 'close,'");

        r = CliRun.of("dataset", "iterate", cache.toString(), "--features", "timestamp");
        assertThat(r.code()).isEqualTo(2);
        assertThat(r.err()).contains("must be float32 or float64");

        r = CliRun.of("dataset", "cache", dir.resolve("missing.csv").toString(), "-o", dir.resolve("x.arrow").toString());
        assertThat(r.code()).isEqualTo(2);
        assertThat(r.err()).contains("missing.csv");

        r = CliRun.of("dataset", "cache", cache.toString(), "-o", dir.resolve("x.arrow").toString(), "--features", "foo:3");
        assertThat(r.code()).isEqualTo(2);
        assertThat(r.err()).contains("unknown feature 'foo'");

        r = CliRun.of("dataset", "iterate", cache.toString(), "--window", "5000");
        assertThat(r.code()).isEqualTo(2);
        assertThat(r.err()).contains("has 2,980 rows").contains("needs at least 5,001 rows")
                .contains("; the longest it holds with that --horizon is --window 2979");
        // a column the cache lacks is said first: fixing the window would only lead to it
        r = CliRun.of("dataset", "iterate", cache.toString(), "--window", "5000", "--features", "nope");
        assertThat(r.code()).isEqualTo(2);
        assertThat(r.err()).contains("no column 'nope'").doesNotContain("needs at least");

        // batches in flight are capped at the epoch's: 2 batches here, not 2 workers × (prefetch 50 + 2)
        r = CliRun.of("dataset", "iterate", cache.toString(), "--mode", "iterable", "--window", "1000", "--batch", "1900",
                "--prefetch", "50", "--workers", "2");
        assertThat(r.code()).as(r.err()).isZero();

        r = CliRun.of("dataset", "iterate", cache.toString(), "--prefetch", Integer.toString(Integer.MAX_VALUE), "--json");
        assertThat(r.code()).as("prefetch + 2 does not overflow: " + r.err()).isZero();
        assertThat(r.json().get("epochBatches").asLong()).isEqualTo(r.json().get("batches").asLong());

        r = CliRun.of("dataset", "iterate", cache.toString(), "--chunk-size", "-5");
        assertThat(r.code()).as("checked whatever the mode").isEqualTo(2);
        assertThat(r.err()).contains("--chunk-size");

        r = CliRun.of("dataset", "iterate", cache.toString(), "--mode", "iterable", "--shuffle", "--seed", "1",
                "--epoch", "-1", "--json");
        assertThat(r.code()).as("a negative epoch is refused, not reported").isEqualTo(2);
        assertThat(r.err()).contains("--epoch must be ≥ 0: -1");
        assertThat(r.out()).isEmpty();

        r = CliRun.of("dataset", "iterate", cache.toString(), "--start-batch", "100000");
        assertThat(r.code()).isEqualTo(2);
        assertThat(r.err()).contains("--start-batch 100000 is beyond");
    }
}
