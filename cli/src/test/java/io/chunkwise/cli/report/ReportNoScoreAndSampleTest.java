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
 * {@code report} on a run with one result JMH wrote NaN for, and one in sample mode: the NaN is
 * listed as such (stderr, report.md, {@code --json}), not a crash (it was exit 2) and not dropped;
 * the sample-mode result's Samples counts the operations timed, beside its p50 and p99.
 */
class ReportNoScoreAndSampleTest {
    @TempDir
    Path dir;

    @Test
    void aNaNIsListedAndSampleModeShowsOperationsTimedAndPercentiles() throws IOException {
        Path file = Files.writeString(dir.resolve("run.json"), """
                [{"benchmark":"org.example.IndexBuildBenchmark.build","mode":"thrpt","threads":1,"forks":1,"params":{"size":"1GiB"},
                  "primaryMetric":{"score":"NaN","scoreError":"NaN","scoreUnit":"ops/s","rawData":[["NaN"]]},"secondaryMetrics":{}},
                 {"benchmark":"org.example.Lookup.get","mode":"sample","threads":1,"forks":1,"params":{},
                  "primaryMetric":{"score":2.0,"scoreError":0.1,"scorePercentiles":{"50.0":2.0,"99.0":4.0},"scoreUnit":"us/op",
                   "rawDataHistogram":[[[[1.0,100],[2.0,300]],[[2.0,500],[4.0,100]]]]},"secondaryMetrics":{}}]""");
        Path out = dir.resolve("out");
        CliRun run = CliRun.of("report", file.toString(), "--out", out.toString(), "--json");
        assertThat(run.code()).isZero();
        assertThat(run.err()).contains("report: " + file + ": IndexBuildBenchmark.build (thrpt, size=1GiB): no score (JMH wrote NaN: "
                + "it measured no value, as for a benchmark that failed or ran no operation), listed as such, in no table but All results");
        JsonNode unscored = run.json().get("unscored").get(0);
        assertThat(unscored.get("file").asText()).isEqualTo(file.toString());
        assertThat(unscored.get("score").asText()).isEqualTo("NaN");
        String md = Files.readString(out.resolve("report.md"));
        assertThat(md).contains("| Benchmark | Mode | Params | Score | Samples | p50 | p99 |")
                .contains("| Lookup.get | sample | – | 2.00 ± 0.100 us/op | 1,000 | 2.00 us/op | 4.00 us/op |")
                .contains("| IndexBuildBenchmark.build | thrpt | size=1GiB | – | – | – | – |")
                .contains("No score: IndexBuildBenchmark.build (thrpt, size=1GiB): no score (JMH wrote NaN");
    }
    @Test
    void aSampleModeResultWithoutItsP99ShowsADash() throws IOException {
        // review: a file whose scorePercentiles lacks "99.0" printed "NaN us/op" in report.md's p99 column
        Path file = Files.writeString(dir.resolve("run.json"), """
                [{"benchmark":"org.example.Lookup.get","mode":"sample","threads":1,"forks":1,"params":{},
                  "primaryMetric":{"score":2.0,"scoreError":0.1,"scorePercentiles":{"0.0":1.0,"50.0":2.0,"90.0":4.0},
                   "scoreUnit":"us/op","rawDataHistogram":[[[[1.0,100],[2.0,300]],[[2.0,500],[4.0,100]]]]},"secondaryMetrics":{}}]""");
        Path out = dir.resolve("out");
        CliRun run = CliRun.of("report", file.toString(), "--out", out.toString());
        assertThat(run.code()).as(run.err()).isZero();
        assertThat(Files.readString(out.resolve("report.md")))
                .contains("| Lookup.get | sample | – | 2.00 ± 0.100 us/op | 1,000 | 2.00 us/op | – |").doesNotContain("NaN");
    }
}
