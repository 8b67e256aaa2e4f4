package io.chunkwise.reports.compare;

import static org.assertj.core.api.Assertions.assertThat;

import io.chunkwise.reports.JmhFiles;
import io.chunkwise.reports.model.ResultSet;
import io.chunkwise.reports.read.JmhJsonReader;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * One benchmark JMH wrote NaN or an infinity for is left out of the comparison and named with what
 * JMH meant; the others are compared as usual. Broken in the current run, it fails as a missing
 * benchmark does; broken in the baseline only, it had nothing to regress from.
 */
class NoScoreComparisonTest {
    @TempDir
    Path dir;

    private static String result(String method, String score) {
        return JmhFiles.scoredAs(method, "1GiB", score);
    }

    private ResultSet run(String name, String... results) throws IOException {
        return JmhJsonReader.read(Files.writeString(dir.resolve(name), "[" + String.join(",", results) + "]"));
    }

    @Test
    void aNaNInCurrentIsNotComparedAndFailsAsMissing() throws IOException {
        ResultSet base = run("base.json", result("build", "100.0"), result("scan", "50.0"));
        ResultSet cur = run("cur.json", result("build", "\"NaN\""), result("scan", "50.0"));
        ComparisonReport report = RunComparator.defaults().compare(base, cur);
        assertThat(report.compared()).isEqualTo(1);
        assertThat(report.comparisons()).extracting(Comparison::verdict).containsExactly(Verdict.NOISE);
        assertThat(report.missingBenchmarks()).isZero();
        assertThat(report.failingNoScores()).isEqualTo(1);
        NoScore broken = report.noScores().getFirst();
        assertThat(broken.inCurrent()).isTrue();
        assertThat(broken.other().key()).isEqualTo(broken.result().key());

        String md = ComparisonTable.markdown(report, 0, true);
        assertThat(md).startsWith("**1 benchmark with no score in current**: ")
                .contains(", 1 no score (threshold 5%)")
                .contains("| IndexBuildBenchmark.build (thrpt) | size=1GiB | 100 ± 1.00 ops/s | – | – | no score in current "
                        + "(JMH wrote NaN: it measured no value, as for a benchmark that failed or ran no operation) |");
        // allowed missing: named all the same, and the headline is the verdict of what was compared
        assertThat(ComparisonTable.markdown(report, 0, false)).startsWith("**No performance regression**: ")
                .contains("| no score in current (JMH wrote NaN");
    }

    @Test
    void anInfinityInTheBaselineOnlyIsNamedAndFailsNothing() throws IOException {
        ResultSet base = run("base.json", result("build", "\"+INF\""), result("scan", "50.0"));
        ResultSet cur = run("cur.json", result("build", "100.0"), result("scan", "50.0"));
        ComparisonReport report = RunComparator.defaults().compare(base, cur);
        assertThat(report.failingNoScores()).isZero();
        assertThat(report.noScores()).singleElement().satisfies(n -> {
            assertThat(n.inCurrent()).isFalse();
            assertThat(n.failsAsMissing()).isFalse();
        });
        assertThat(ComparisonTable.markdown(report, 0, true)).startsWith("**No performance regression**: ")
                .contains("| no score in baseline (JMH wrote +INF: a division by zero");
    }

    @Test
    void aNewBenchmarkWithNoScoreFailsNothing() throws IOException {
        ResultSet base = run("base.json", result("scan", "50.0"));
        ResultSet cur = run("cur.json", result("build", "\"NaN\""), result("scan", "50.0"));
        ComparisonReport report = RunComparator.defaults().compare(base, cur);
        assertThat(report.noScores()).singleElement().satisfies(n -> assertThat(n.failsAsMissing()).isFalse());
        assertThat(report.count(Verdict.NEW)).isZero();
    }
}
