package io.chunkwise.reports.table;

import static org.assertj.core.api.Assertions.assertThat;

import io.chunkwise.reports.JmhFiles;
import io.chunkwise.reports.read.JmhJsonReader;
import io.chunkwise.reports.read.ResultInputs;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The All results table of a sample-mode run: Samples counts the operations timed (it showed the
 * iterations, 4 where 1,000 were timed), p50 and p99 are shown, and a note says what Samples
 * counts in which mode; a table without sample mode keeps its columns.
 */
class SampleModeTableTest {
    @TempDir
    Path dir;

    @Test
    void sampleModeShowsOperationsTimedAndItsPercentiles() throws IOException {
        Path file = Files.writeString(dir.resolve("sample.json"), """
                [{"benchmark":"org.example.Lookup.get","mode":"sample","threads":1,"forks":1,"params":{},
                  "primaryMetric":{"score":2.0,"scoreError":0.1,"scorePercentiles":{"50.0":2.0,"99.0":4.0},"scoreUnit":"us/op",
                   "rawDataHistogram":[[[[1.0,100],[2.0,300]],[[2.0,500],[4.0,100]]]]},"secondaryMetrics":{}},
                 {"benchmark":"org.example.Lookup.scan","mode":"avgt","threads":1,"forks":1,"params":{},
                  "primaryMetric":{"score":3.0,"scoreError":0.1,"scorePercentiles":{"50.0":3.0,"99.0":3.1},"scoreUnit":"us/op",
                   "rawData":[[2.9,3.0,3.1]]},"secondaryMetrics":{}}]""");
        String md = ReportFormat.MARKDOWN.table(ResultTables.allResults(JmhJsonReader.read(file).results()));
        assertThat(md).contains("| Benchmark | Mode | Params | Score | Samples | p50 | p99 |")
                .contains("| Lookup.get | sample | – | 2.00 ± 0.100 us/op | 1,000 | 2.00 us/op | 4.00 us/op |")
                .contains("| Lookup.scan | avgt | – | 3.00 ± 0.100 us/op | 3 | – | – |")
                .contains("Samples: measurement iterations (all forks), except in sample mode, where it is the operations timed");
    }

    @Test
    void aPercentileTheFileLacksShowsADashNotNaN() throws IOException {
        // review: a sample-mode result whose scorePercentiles has no "99.0" (an edited file, another writer)
        // showed "NaN us/op" in the p99 column
        Path file = Files.writeString(dir.resolve("sample.json"), """
                [{"benchmark":"org.example.Lookup.get","mode":"sample","threads":1,"forks":1,"params":{},
                  "primaryMetric":{"score":2.0,"scoreError":0.1,"scorePercentiles":{"50.0":2.0},"scoreUnit":"us/op",
                   "rawDataHistogram":[[[[1.0,100],[2.0,300]],[[2.0,500],[4.0,100]]]]},"secondaryMetrics":{}}]""");
        String md = ReportFormat.MARKDOWN.table(ResultTables.allResults(JmhJsonReader.read(file).results()));
        assertThat(md).contains("| Lookup.get | sample | – | 2.00 ± 0.100 us/op | 1,000 | 2.00 us/op | – |")
                .doesNotContain("NaN");
        assertThat(ReportFormat.HTML.table(ResultTables.allResults(JmhJsonReader.read(file).results()))).doesNotContain("NaN");
    }

    @Test
    void withoutSampleModeTheColumnsAreAsBeforeAndSamplesIsLabelledIterations() throws IOException {
        Path file = dir.resolve("thrpt.json");
        new JmhFiles().add("org.example.Lookup.get", "thrpt", Map.of(), "ops/s", new double[][] {{1, 2, 3}}, Map.of()).write(file);
        String md = ReportFormat.MARKDOWN.table(ResultTables.allResults(ResultInputs.read(List.of(file)).allResults()));
        assertThat(md).contains("| Benchmark | Mode | Params | Score | Samples |\n")
                .contains("| 3 |\n")
                .contains("Samples: measurement iterations, all forks together.")
                .doesNotContain("p50");
    }
}
