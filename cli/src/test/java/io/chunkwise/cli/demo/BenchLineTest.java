package io.chunkwise.cli.demo;

import static org.assertj.core.api.Assertions.assertThat;

import io.chunkwise.bench.run.BenchmarkSummary;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

class BenchLineTest {
    @Test
    void namesTheBenchmarkShortlyWithItsParametersRateAndPeakRssAnon() {
        BenchmarkSummary s = new BenchmarkSummary("io.chunkwise.bench.loader.IndexBuildBenchmark.build",
                new TreeMap<>(Map.of("strategy", "PARALLEL", "size", "32MiB")), "thrpt", 11.3, 0.4, "ops/s",
                Map.of("rate.mb", 1380.71, "mem.peak.rssAnon.bytes", 132665344.0));
        assertThat(BenchLine.of(s)).isEqualTo("IndexBuildBenchmark.build size=32MiB strategy=PARALLEL: 1,380.7 MB/s, "
                + "peak RssAnon 126.5 MiB");
    }

    @Test
    void withoutARateOrMemoryTheScoreIsGivenInItsUnit() {
        BenchmarkSummary s = new BenchmarkSummary("io.chunkwise.bench.peer.Peer.parse", new TreeMap<>(), "thrpt",
                13.94, Double.NaN, "ops/s", Map.of());
        assertThat(BenchLine.of(s)).isEqualTo("Peer.parse: 13.940 ops/s");
    }
}
