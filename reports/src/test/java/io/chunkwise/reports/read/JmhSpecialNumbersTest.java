package io.chunkwise.reports.read;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * JMH writes NaN and the infinities as strings ({@code "NaN"}, {@code "+INF"}, {@code "-INF"}):
 * an infinite metric is refused as infinite, never taken for a profiler's marker and left out
 * unsaid, and a NaN score says what JMH meant by it.
 */
class JmhSpecialNumbersTest {
    @TempDir
    Path dir;

    private Path result(String name, String score, String secondary) throws IOException {
        return Files.writeString(dir.resolve(name), """
                [{"benchmark":"org.example.A.ok","mode":"thrpt","threads":1,"forks":1,
                  "primaryMetric":{"score":100.0,"scoreError":1.0,"scoreUnit":"ops/s","rawData":[[99.0,100.0,101.0]]},
                  "secondaryMetrics":{}},
                 {"benchmark":"org.example.A.odd","mode":"thrpt","threads":1,"forks":1,
                  "primaryMetric":{"score":%s,"scoreError":"NaN","scoreUnit":"ops/s","rawData":[[%s]]},
                  "secondaryMetrics":{%s}}]
                """.formatted(score, score, secondary));
    }

    @Test
    void jmhsPlusInfPrimaryScoreIsNamedInfinite() throws IOException {
        Path file = result("pinf.json", "\"+INF\"", "");
        assertThatThrownBy(() -> JmhJsonReader.read(file))
                .isInstanceOf(ResultFileException.class)
                .hasMessage(file + ": result #2 (org.example.A.odd) primaryMetric has an infinite 'score' (+INF)");
    }

    @Test
    void anInfiniteSecondaryMetricIsRefusedNotDroppedAsAMarker() throws IOException {
        // before: "+INF" read as no number, the metric skipped as async-profiler's marker, and
        // compare --secondary gc.alloc.rate.norm said the metric was in no benchmark of the run
        Path file = result("secinf.json", "50.0", """
                "gc.alloc.rate.norm":{"score":"-INF","scoreError":"NaN","scoreUnit":"B/op","rawData":[["-INF"]]}""");
        assertThatThrownBy(() -> JmhJsonReader.read(file))
                .isInstanceOf(ResultFileException.class)
                .hasMessage(file + ": result #2 (org.example.A.odd) secondary metric gc.alloc.rate.norm has an infinite 'score' (-INF)");
    }

    @Test
    void aNaNPrimaryScoreSaysJmhMeasuredNothing() throws IOException {
        Path file = result("nan.json", "\"NaN\"", "");
        assertThatThrownBy(() -> JmhJsonReader.read(file))
                .isInstanceOf(ResultFileException.class)
                .hasMessageStartingWith(file + ": result #2 (org.example.A.odd) primaryMetric has a 'score' of NaN: JMH measured no value")
                .hasMessageNotContaining("\n");
        Path text = result("text.json", "\"fast\"", "");
        assertThatThrownBy(() -> JmhJsonReader.read(text))
                .hasMessage(text + ": result #2 (org.example.A.odd) primaryMetric has no numeric 'score' (\"fast\")");
    }

    @Test
    void aNaNSecondaryIsStillAMarkerWithNoNumberAndTheResultReads() throws IOException {
        Path file = result("stack.json", "50.0", """
                "stack":{"score":"NaN","scoreError":"NaN","scoreUnit":"---","rawData":[["NaN"]]},
                "gc.alloc.rate":{"score":12.5,"scoreError":"NaN","scoreUnit":"MB/sec","rawData":[[12.5]]}""");
        var results = JmhJsonReader.read(file).results();
        assertThat(results).hasSize(2);
        assertThat(results.get(1).secondary()).containsOnlyKeys("gc.alloc.rate");
    }
}
