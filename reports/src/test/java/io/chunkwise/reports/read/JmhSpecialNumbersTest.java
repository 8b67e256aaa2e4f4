package io.chunkwise.reports.read;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.chunkwise.reports.model.BenchmarkResult;
import io.chunkwise.reports.model.ResultSet;
import io.chunkwise.reports.model.UnscoredResult;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * JMH writes NaN and the infinities as strings ({@code "NaN"}, {@code "+INF"}, {@code "-INF"}):
 * an infinite secondary metric is refused as infinite, never taken for a profiler's marker and
 * left out unsaid; a NaN or infinite primary score leaves its result unscored, saying what JMH
 * meant by it, and the file's other results read as usual.
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
    void jmhsPlusInfPrimaryScoreLeavesTheOtherResultsToRead() throws IOException {
        // before: the whole file refused (exit 2), one broken benchmark taking every verdict down with it
        Path file = result("pinf.json", "\"+INF\"", "");
        ResultSet run = JmhJsonReader.read(file);
        assertThat(run.results()).extracting(BenchmarkResult::benchmark).containsExactly("org.example.A.ok");
        assertThat(run.unscored()).hasSize(1);
        UnscoredResult odd = run.unscored().getFirst();
        assertThat(odd.key()).isEqualTo("org.example.A.odd [thrpt]");
        assertThat(odd.written()).isEqualTo("+INF");
        assertThat(odd.describe()).isEqualTo("A.odd (thrpt): no score (JMH wrote +INF: a division by zero, as for an iteration "
                + "that measured no time or completed no operation)");
        Path minus = result("minf.json", "\"-INF\"", "");
        assertThat(JmhJsonReader.read(minus).unscored().getFirst().meaning())
                .isEqualTo("JMH wrote -INF: no time or throughput is negative, so a broken or edited file");
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
    void aNaNPrimaryScoreIsReadAsNoScoreAndAFileOfNothingElseIsRefused() throws IOException {
        Path file = result("nan.json", "\"NaN\"", "");
        ResultSet run = JmhJsonReader.read(file);
        assertThat(run.results()).hasSize(1);
        assertThat(run.unscored()).singleElement().extracting(UnscoredResult::meaning)
                .isEqualTo("JMH wrote NaN: it measured no value, as for a benchmark that failed or ran no operation");
        // every result without a score: nothing to read, an input error as before
        Path one = Files.writeString(dir.resolve("one.json"), """
                [{"benchmark":"org.example.A.odd","mode":"thrpt","threads":1,"forks":1,
                  "primaryMetric":{"score":"NaN","scoreError":"NaN","scoreUnit":"ops/s","rawData":[["NaN"]]}}]""");
        assertThatThrownBy(() -> JmhJsonReader.read(one))
                .isInstanceOf(ResultFileException.class)
                .hasMessageStartingWith(one + ": result #1 (org.example.A.odd) primaryMetric has a 'score' of NaN: JMH measured no value")
                .hasMessageNotContaining("\n");
        Path two = Files.writeString(dir.resolve("two.json"), """
                [{"benchmark":"org.example.A.odd","mode":"thrpt","primaryMetric":{"score":"NaN","scoreUnit":"ops/s"}},
                 {"benchmark":"org.example.A.inf","mode":"avgt","primaryMetric":{"score":"+INF","scoreUnit":"ms/op"}}]""");
        assertThatThrownBy(() -> JmhJsonReader.read(two))
                .isInstanceOf(ResultFileException.class)
                .hasMessageStartingWith(two + ": no result has a score (JMH wrote NaN or an infinity for each of its 2); the first: "
                        + "result #1 (org.example.A.odd) primaryMetric has a 'score' of NaN");
        // a score that is no number JMH writes stays a broken file
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
