package io.chunkwise.cli.report;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.chunkwise.cli.CliRun;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A CI gate on {@code -prof gc}'s allocation per operation: an allocation-free benchmark (0 B/op)
 * that starts to allocate fails "from 0", never as an infinite change; and a {@code --require}
 * gate's ratio shows the digits its verdict turned on.
 */
class CompareFromZeroTest {
    @TempDir
    Path dir;

    static String result(String strategy, double score, String alloc) {
        return """
                {"benchmark":"io.chunkwise.bench.LoadBench.load","mode":"thrpt","threads":1,"forks":1,
                 "params":{"strategy":"%s","size":"64MiB"},
                 "primaryMetric":{"score":%s,"scoreError":"NaN","scoreUnit":"ops/s","rawData":[[%s,%s]]},
                 "secondaryMetrics":{"gc.alloc.rate.norm":{"score":%s,"scoreError":"NaN","scoreUnit":"B/op","rawData":[[%s,%s]]}}}"""
                .formatted(strategy, score, score, score, alloc, alloc, alloc);
    }

    Path file(String name, String... results) throws IOException {
        return Files.writeString(dir.resolve(name), "[" + String.join(",", results) + "]");
    }

    @Test
    void anAllocationFromZeroFailsFromZeroInTextAndJson() throws IOException {
        Path base = file("base.json", result("full", 10, "0.0"));
        Path cur = file("cur.json", result("full", 10, "16.0"));
        CliRun run = CliRun.of("compare", base.toString(), cur.toString(), "--secondary", "gc.alloc.rate.norm");
        assertThat(run.code()).isEqualTo(3);
        assertThat(run.err()).contains("| 0.00 B/op | 16.0 B/op | – | REGRESSION from 0 B/op (")
                .contains("A change from a baseline of 0 has no percentage (–)")
                .doesNotContainIgnoringCase("infinity").doesNotContain("NaN").doesNotContain("∞");

        CliRun json = CliRun.of("compare", base.toString(), cur.toString(), "--secondary", "gc.alloc.rate.norm", "--json");
        assertThat(json.code()).isEqualTo(3);
        assertThat(json.out()).doesNotContainIgnoringCase("infinity").doesNotContain("NaN");
        JsonNode alloc = json.json().get("comparisons").get(1);
        assertThat(alloc.get("metric").asText()).isEqualTo("gc.alloc.rate.norm");
        assertThat(alloc.get("fromZero").asBoolean()).isTrue();
        assertThat(alloc.get("changePercent").isNull()).isTrue();
        assertThat(alloc.get("verdict").asText()).isEqualTo("regression");
        assertThat(json.json().get("comparisons").get(0).get("fromZero").asBoolean()).isFalse();

        // 0 B/op beside 0 B/op: no change, 0%, passes
        CliRun none = CliRun.of("compare", base.toString(), file("zero.json", result("full", 10, "0.0")).toString(),
                "--secondary", "gc.alloc.rate.norm", "--json");
        assertThat(none.code()).isZero();
        assertThat(none.json().get("comparisons").get(1).get("changePercent").asDouble()).isZero();
    }

    @Test
    void aGateRatioShowsTheDigitsItsVerdictTurnedOn() throws IOException {
        // mmap at 0.996× full beside ">= 1": printed 1.00× beside FAIL
        Path run = file("run.json", result("full", 1000, "0.0"), result("mmap", 996, "0.0"));
        CliRun failed = CliRun.of("compare", run.toString(), run.toString(), "--require", "mmap/full >= 1");
        assertThat(failed.code()).isEqualTo(3);
        assertThat(failed.err()).contains("| mmap/full >= 1 | LoadBench.load [thrpt] {size=64MiB} | 0.996× | FAIL |")
                .doesNotContain("| 1.00× |");
        // full at 1.004× mmap beside "<= 1": printed 1.00× beside FAIL too
        CliRun above = CliRun.of("compare", run.toString(), run.toString(), "--require", "full/mmap <= 1");
        assertThat(above.code()).isEqualTo(3);
        assertThat(above.err()).contains("| full/mmap <= 1 | LoadBench.load [thrpt] {size=64MiB} | 1.004× | FAIL |");
    }
}
