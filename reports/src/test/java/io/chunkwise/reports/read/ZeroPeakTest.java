package io.chunkwise.reports.read;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * QA: a peak memory figure of exactly 0 bytes (a profiler that measured nothing, an edited file)
 * was planned as a variant that needs 0 B at 200 GB and fits any budget, and compared as a drop
 * of 100%. No running JVM peaks at 0: it is refused, naming the file, the result and the metric.
 */
class ZeroPeakTest {
    @TempDir
    Path dir;

    private Path result(String metric, String peak) throws IOException {
        return Files.writeString(dir.resolve("zero-peak.json"), """
                [{"benchmark":"io.chunkwise.bench.loader.IndexBuildBenchmark.build","mode":"thrpt","threads":1,"forks":1,
                  "params":{"size":"8MiB","strategy":"MMAP"},
                  "primaryMetric":{"score":29.4,"scoreError":"NaN","scoreUnit":"ops/s","rawData":[[28.9,29.9]]},
                  "secondaryMetrics":{"%s":{"score":%s,"scoreError":"NaN","scoreUnit":"bytes","rawData":[[%s,%s]]},
                    "gc.alloc.rate.norm":{"score":0.0,"scoreError":"NaN","scoreUnit":"B/op","rawData":[[0.0,0.0]]}}}]
                """.formatted(metric, peak, peak, peak));
    }

    @Test
    void aPeakOfZeroBytesIsRefusedNamingFileResultAndMetric() throws IOException {
        for (String metric : new String[] {"mem.peak.rssAnon.bytes", "mem.peak.heapUsed.bytes", "mem.peak.nmtCommitted.bytes"}) {
            Path file = result(metric, "0.0");
            assertThatThrownBy(() -> JmhJsonReader.read(file))
                    .isInstanceOf(ResultFileException.class)
                    .hasMessage(file + ": result #1 (io.chunkwise.bench.loader.IndexBuildBenchmark.build) secondary metric " + metric
                            + " is 0 bytes: no running JVM has a peak of 0, so its profiler measured nothing (a broken or edited "
                            + "file); re-run the benchmark, or remove the metric to plan and compare without it");
        }
    }

    @Test
    void aPositivePeakAndAnAllocationOfZeroStillRead() throws IOException {
        // 0 B/op is what an allocation-free benchmark measures: only a peak of memory cannot be 0
        assertThat(JmhJsonReader.read(result("mem.peak.rssAnon.bytes", "4.05E8")).results().getFirst().secondary())
                .containsKeys("mem.peak.rssAnon.bytes", "gc.alloc.rate.norm");
    }
}
