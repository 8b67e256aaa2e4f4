package io.chunkwise.reports.read;

import static org.assertj.core.api.Assertions.assertThat;

import io.chunkwise.reports.compare.Comparison;
import io.chunkwise.reports.compare.RunComparator;
import io.chunkwise.reports.compare.Verdict;
import io.chunkwise.reports.model.BenchmarkResult;
import io.chunkwise.reports.model.Measures;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * QA: older JMH versions name secondary metrics with a middle dot ({@code ·gc.alloc.rate.norm},
 * {@code ·mem.peak.rssAnon.bytes}); a baseline written by one beside a current run of JMH 1.37 had
 * no metric in common ({@code compare --secondary} exit 2), and a report or plan of it no memory.
 */
class OldJmhNamesTest {
    @TempDir
    Path dir;

    private Path run(String name, String prefix, double peak, double alloc) throws IOException {
        return Files.writeString(dir.resolve(name), """
                [{"jmhVersion":"%s","benchmark":"org.example.Parse.parse","mode":"thrpt","threads":1,"forks":1,"params":{"size":"64MiB"},
                  "primaryMetric":{"score":10.0,"scoreError":0.1,"scoreUnit":"ops/s","rawData":[[9.9,10.0,10.1,10.0,10.0]]},
                  "secondaryMetrics":{"%smem.peak.rssAnon.bytes":{"score":%s,"scoreError":"NaN","scoreUnit":"bytes","rawData":[[%s]]},
                    "%sgc.alloc.rate.norm":{"score":%s,"scoreError":0.001,"scoreUnit":"B/op","rawData":[[%s,%s,%s,%s,%s]]}}}]
                """.formatted(prefix.isEmpty() ? "1.37" : "1.23", prefix, peak, peak, prefix, alloc, alloc, alloc, alloc, alloc, alloc));
    }

    @Test
    void aMiddleDotBeforeASecondaryMetricsNameIsDropped() throws IOException {
        BenchmarkResult old = JmhJsonReader.read(run("old.json", "\u00b7", 4.0e8, 16)).results().getFirst();
        assertThat(old.secondary()).containsOnlyKeys(Measures.PEAK_RSS_ANON, "gc.alloc.rate.norm");
        assertThat(Measures.memoryBytes(old, Measures.PEAK_RSS_ANON)).hasValue(4.0e8);
    }

    @Test
    void aBaselineOfAnOlderJmhIsComparedOnItsSecondaryMetrics() throws IOException {
        var baseline = JmhJsonReader.read(run("old.json", "\u00b7", 4.0e8, 16));
        var current = JmhJsonReader.read(run("new.json", "", 6.0e8, 32));
        List<Comparison> cs = RunComparator.defaults().compare(baseline, current,
                List.of(Measures.PEAK_RSS_ANON, "gc.alloc.rate.norm")).comparisons();
        assertThat(cs).filteredOn(c -> !c.metric().equals(Comparison.PRIMARY)).hasSize(2).allMatch(c -> c.verdict() == Verdict.REGRESSION);
    }
}
