package io.chunkwise.reports.compare;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.chunkwise.reports.JmhFiles;
import io.chunkwise.reports.model.ResultSet;
import io.chunkwise.reports.read.JmhJsonReader;
import io.chunkwise.reports.read.ResultInputs;
import io.chunkwise.reports.table.ReportFormat;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A result JMH wrote no score for is one result of its benchmark, as a scored one is: beside a
 * scored result of its key in one file it is a duplicate, refused as two scored ones are; it pairs
 * with the other run's result across two spellings of its size, as scored ones do; and a current
 * score whose baseline had none is one row, not a "new" benchmark beside a "no score" one.
 */
class UnscoredPairingTest {
    @TempDir
    Path dir;

    private static String result(String size, String score) {
        return JmhFiles.scoredAs("build", size, score);
    }

    private static String scan(String score) {
        return result("1GiB", score).replace("build", "scan");
    }

    private Path file(String name, String... results) throws IOException {
        return Files.writeString(dir.resolve(name), "[" + String.join(",", results) + "]");
    }

    private ResultSet run(String name, String... results) throws IOException {
        return JmhJsonReader.read(file(name, results));
    }

    @Test
    void aScoredAndAnUnscoredResultOfOneKeyInOneFileAreRefusedAsTwoScoredOnesAre() throws IOException {
        ResultSet base = run("base.json", result("1GiB", "100.0"), scan("50.0"));
        ResultSet merged = run("cur.json", result("1GiB", "100.0"), result("1GiB", "\"NaN\""), scan("50.0"));
        assertThatThrownBy(() -> RunComparator.defaults().compare(base, merged))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("has two results for org.example.IndexBuildBenchmark.build [thrpt] {size=1GiB} that cannot be "
                        + "told apart (same benchmark, mode, parameters and threads) (one with a score, one with none: JMH wrote NaN");
        // two without a score: the second was dropped unsaid
        ResultSet twice = run("twice.json", result("1GiB", "\"NaN\""), result("1GiB", "\"+INF\""), scan("50.0"));
        assertThatThrownBy(() -> RunComparator.defaults().compare(base, twice))
                .hasMessageContaining("twice.json has two results for org.example.IndexBuildBenchmark.build [thrpt] {size=1GiB}")
                .hasMessageContaining("(both with none: JMH wrote +INF");
        // report and plan read results through ResultInputs: the same rule, within a file and across files
        Path mergedFile = dir.resolve("cur.json");
        assertThatThrownBy(() -> ResultInputs.read(List.of(mergedFile)))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("cur.json has two results for org.example.IndexBuildBenchmark.build [thrpt] {size=1GiB}")
                .hasMessageContaining("(one with a score, one with none: JMH wrote NaN");
        Path broken = file("broken.json", result("1GiB", "\"NaN\""), scan("50.0").replace("scan", "other"));
        assertThatThrownBy(() -> ResultInputs.read(List.of(dir.resolve("base.json"), broken)))
                .hasMessageContaining("base.json and " + broken + " both have results for org.example.IndexBuildBenchmark.build");
    }

    @Test
    void anUnscoredCurrentResultPairsAcrossSizeSpellingsAndFailsAsMissing() throws IOException {
        ResultSet base = run("base.json", result("1GiB", "100.0"), scan("50.0"));
        ResultSet cur = run("cur.json", result("1024MiB", "\"NaN\""), scan("50.0"));
        ComparisonReport report = RunComparator.defaults().compare(base, cur);
        // one benchmark that broke, not one missing and one new that broke
        assertThat(report.missingBenchmarks()).isZero();
        assertThat(report.failingNoScores()).isEqualTo(1);
        assertThat(report.noScores()).singleElement().satisfies(n -> {
            assertThat(n.failsAsMissing()).isTrue();
            assertThat(n.other().params()).containsEntry("size", "1GiB");
        });
        assertThat(ReportFormat.MARKDOWN.table(ComparisonTable.of(report)))
                .contains("| IndexBuildBenchmark.build (thrpt) | size=1024MiB | 100 ± 1.00 ops/s | – | – | no score in current (JMH wrote NaN")
                .contains("IndexBuildBenchmark.build (thrpt): {size=1024MiB} in the current run is {size=1GiB} in the baseline, "
                        + "the same sizes written another way: paired as one benchmark.");
    }

    @Test
    void aCurrentScoreWhoseBaselineHadNoneIsOneRowThatSaysSo() throws IOException {
        ResultSet base = run("base.json", result("1GiB", "\"NaN\""), scan("50.0"));
        for (String size : List.of("1GiB", "1024MiB")) {
            ResultSet cur = run("cur-" + size + ".json", result(size, "100.0"), scan("50.0"));
            ComparisonReport report = RunComparator.defaults().compare(base, cur);
            assertThat(report.count(Verdict.NEW)).as(size).isZero();
            assertThat(report.failingNoScores()).isZero();
            assertThat(report.noScores()).singleElement().satisfies(n -> {
                assertThat(n.measuredNow()).isTrue();
                assertThat(n.other().params()).containsEntry("size", size);
            });
            String md = ComparisonTable.markdown(report, 0, true);
            assertThat(md).startsWith("**No performance regression**: ").contains("1 noise, 1 no score (threshold 5%)")
                    .doesNotContain(", 1 new")
                    .contains("| IndexBuildBenchmark.build (thrpt) | size=1GiB | – | 100 ± 1.00 ops/s | – | no score in baseline (JMH "
                            + "wrote NaN: it measured no value, as for a benchmark that failed or ran no operation), so not compared: "
                            + "measured in current, with nothing to compare it with |");
            assertThat(md.lines().filter(l -> l.startsWith("| IndexBuildBenchmark.build"))).hasSize(1);
        }
    }
}
