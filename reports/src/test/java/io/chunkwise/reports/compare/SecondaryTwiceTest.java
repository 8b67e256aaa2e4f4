package io.chunkwise.reports.compare;

import static org.assertj.core.api.Assertions.assertThat;

import io.chunkwise.reports.JmhFiles;
import io.chunkwise.reports.read.JmhJsonReader;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A secondary metric named twice (a CI script's variable and a literal), or in JMH's spelling
 * ({@code ·gc.alloc.rate}) beside the one results are read in, is one metric, judged once.
 */
class SecondaryTwiceTest {
    static final String LOAD = "io.chunkwise.bench.LoadBench.load";

    @TempDir
    Path dir;

    @Test
    void aMetricGivenTwiceIsOneComparisonAndOneRegression() throws IOException {
        // G13-3: two rows and "2 regressions" for one benchmark's one memory figure
        Path base = new JmhFiles().add(LOAD, "thrpt", Map.of(), "ops/s", JmhFiles.noisy(40, 0.01, 1),
                Map.of("mem.peak.rssAnon.bytes", 100e6)).write(dir.resolve("b.json"));
        Path cur = new JmhFiles().add(LOAD, "thrpt", Map.of(), "ops/s", JmhFiles.noisy(40, 0.01, 2),
                Map.of("mem.peak.rssAnon.bytes", 120e6)).write(dir.resolve("c.json"));
        ComparisonReport report = RunComparator.defaults().compare(JmhJsonReader.read(base), JmhJsonReader.read(cur),
                List.of("mem.peak.rssAnon.bytes", "mem.peak.rssAnon.bytes"));
        assertThat(report.comparisons()).extracting(Comparison::metric).containsExactly(Comparison.PRIMARY, "mem.peak.rssAnon.bytes");
        assertThat(report.regressions()).hasSize(1);
        assertThat(ComparisonTable.summary(report)).startsWith("1 regression, ");
    }

    @Test
    void jmhsMiddleDotNamesTheMetricReadWithoutIt() throws IOException {
        // review: --secondary ·gc.alloc.rate, as JMH prints it, was refused with "metrics in both: gc.alloc.rate"
        Path base = new JmhFiles().add(LOAD, "thrpt", Map.of(), "ops/s", JmhFiles.noisy(40, 0.01, 1),
                Map.of("\u00b7gc.alloc.rate.norm", 100e6)).write(dir.resolve("b.json"));
        Path cur = new JmhFiles().add(LOAD, "thrpt", Map.of(), "ops/s", JmhFiles.noisy(40, 0.01, 2),
                Map.of("gc.alloc.rate.norm", 120e6)).write(dir.resolve("c.json"));
        for (List<String> asked : List.of(List.of("\u00b7gc.alloc.rate.norm"), List.of("gc.alloc.rate.norm", "\u00b7gc.alloc.rate.norm"))) {
            ComparisonReport report = RunComparator.defaults().compare(JmhJsonReader.read(base), JmhJsonReader.read(cur), asked);
            assertThat(report.comparisons()).as(asked.toString()).extracting(Comparison::metric)
                    .containsExactly(Comparison.PRIMARY, "gc.alloc.rate.norm");
            assertThat(report.regressions()).as(asked.toString()).hasSize(1);
        }
    }
}
