package io.chunkwise.cli.bench;

import static org.assertj.core.api.Assertions.assertThat;

import io.chunkwise.bench.run.BenchmarkSummary;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

class SummaryLineTest {
    private static BenchmarkSummary result(String mode, double score, String unit) {
        return new BenchmarkSummary("io.chunkwise.bench.loader.IndexBuildBenchmark.build",
                new TreeMap<>(Map.of("size", "64MiB", "strategy", "PARALLEL")), mode, score, 0.1, unit,
                Map.of("mem.peak.rssAnon.bytes", 334_184_448.0));
    }

    @Test
    void aTinyScoreKeepsItsDigitsAndTheModeTellsResultsOfOneBenchmarkApart() {
        // before: "-tu us" printed a throughput of 2.01e-05 ops/us as 0.000, and -bm all's four
        // results of one benchmark differed in nothing but their scores
        assertThat(SummaryLine.of(result("thrpt", 2.0057e-5, "ops/us")))
                .contains("IndexBuildBenchmark.build (thrpt)", "size=64MiB strategy=PARALLEL", " 2.01e-05 ops/us")
                .doesNotContain("0.000");
        assertThat(SummaryLine.of(result("sample", 53_819.62, "us/op")))
                .contains("IndexBuildBenchmark.build (sample)", " 53,820 us/op", "peak RssAnon   318.7 MiB");
        assertThat(SummaryLine.of(result("avgt", 2.912, "ms/op"))).contains(" 2.91 ms/op");
    }
}
