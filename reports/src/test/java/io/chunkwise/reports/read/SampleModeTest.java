package io.chunkwise.reports.read;

import static org.assertj.core.api.Assertions.assertThat;

import io.chunkwise.reports.model.SampleDistribution;
import io.chunkwise.reports.model.Score;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A sample-mode result ({@code -bm sample}) counts the operations JMH timed (its histogram's
 * counts), not its iterations, and keeps its median and 99th percentile; the other modes' scores,
 * whose percentiles are over iterations, have no distribution.
 */
class SampleModeTest {
    @TempDir
    Path dir;

    /** 2 forks of 2 iterations each, 1,000 operations timed in all. */
    static final String SAMPLE = """
            {"benchmark":"org.example.Lookup.get","mode":"sample","threads":1,"forks":2,"params":{},
             "primaryMetric":{"score":2.0,"scoreError":0.1,
              "scorePercentiles":{"0.0":1.0,"50.0":2.0,"90.0":3.0,"95.0":3.5,"99.0":4.0,"99.9":4.5,"100.0":5.0},
              "scoreUnit":"us/op",
              "rawDataHistogram":[[[[1.0,100],[2.0,300]],[[2.0,150],[4.0,50]]],[[[2.0,200]],[[1.0,100],[3.0,100]]]]},
             "secondaryMetrics":{}}""";

    @Test
    void sampleModeCountsTheOperationsTimedAndKeepsItsPercentiles() throws IOException {
        Path file = Files.writeString(dir.resolve("sample.json"), "[" + SAMPLE + "]");
        Score score = JmhJsonReader.read(file).results().getFirst().primary();
        assertThat(score.samples()).hasSize(4); // one mean per iteration, for the t-test, as before
        assertThat(score.sampled()).contains(new SampleDistribution(1000, 2.0, 4.0));
    }

    @Test
    void otherModesHaveNoDistributionThoughJmhWritesTheirPercentiles() throws IOException {
        Path file = Files.writeString(dir.resolve("thrpt.json"), """
                [{"benchmark":"org.example.Lookup.get","mode":"thrpt","threads":1,"forks":1,
                  "primaryMetric":{"score":2.0,"scoreError":0.1,"scorePercentiles":{"50.0":2.0,"99.0":2.1},
                   "scoreUnit":"ops/us","rawData":[[1.9,2.0,2.1]]},"secondaryMetrics":{}}]""");
        assertThat(JmhJsonReader.read(file).results().getFirst().primary().sampled()).isEmpty();
    }
}
