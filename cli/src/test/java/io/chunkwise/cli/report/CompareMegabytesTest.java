package io.chunkwise.cli.report;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.chunkwise.cli.CliRun;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code compare --secondary rate.mb}: the throughput profiler's MB/s is 10^6 bytes a second. A
 * current run's 1 MiB/s was shown as {@code 1.00 MB/s} (as if MB were MiB) and judged unchanged.
 */
class CompareMegabytesTest {
    @TempDir
    Path dir;

    static String result(double rate, String unit) {
        return String.format(Locale.ROOT, """
                [{"benchmark":"io.chunkwise.bench.loader.IndexBuildBenchmark.build","mode":"avgt","threads":1,"forks":1,
                 "params":{"size":"64MiB","strategy":"mmap"},
                 "primaryMetric":{"score":1.0,"scoreError":0.01,"scoreUnit":"s/op","rawData":[[0.99,1.0,1.01,1.0,1.0]]},
                 "secondaryMetrics":{"rate.mb":{"score":%s,"scoreError":"NaN","scoreUnit":"%s","rawData":[[%s]]},
                  "mem.peak.rssAnon.bytes":{"score":1048576,"scoreError":"NaN","scoreUnit":"bytes","rawData":[[1048576]]}}}]""",
                rate, unit, rate);
    }

    @Test
    void aMibPerSecondBesideTheBaselinesMbPerSecondIsConvertedAsDecimal() throws IOException {
        Path base = Files.writeString(dir.resolve("base.json"), result(1.0, "MB/s"));
        Path cur = Files.writeString(dir.resolve("cur.json"), result(1.0, "MiB/s"));
        CliRun run = CliRun.of("compare", base.toString(), cur.toString(), "--secondary", "rate.mb", "--secondary",
                "mem.peak.rssAnon.bytes");
        assertThat(run.code()).as(run.err()).isZero();
        assertThat(run.out() + run.err())
                .contains("| IndexBuildBenchmark.build (avgt) rate.mb | size=64MiB, strategy=mmap | 1.00 MB/s | 1.05 MB/s | +4.9% |")
                .contains("(1 MiB/s = 1.05 MB/s)")
                .contains("| IndexBuildBenchmark.build (avgt) mem.peak.rssAnon.bytes | size=64MiB, strategy=mmap | 1.0 MiB | 1.0 MiB |");

        CliRun json = CliRun.of("compare", base.toString(), cur.toString(), "--secondary", "rate.mb", "--json");
        JsonNode rate = null;
        for (JsonNode c : new ObjectMapper().readTree(json.out()).get("comparisons")) {
            if (c.get("metric").asText().equals("rate.mb")) {
                rate = c;
            }
        }
        assertThat(rate).isNotNull();
        assertThat(rate.get("currentConvertedFrom").asText()).isEqualTo("MiB/s");
        assertThat(rate.get("current").get("score").asDouble()).isEqualTo(1.048576);
    }
}
