package io.chunkwise.cli.report;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.chunkwise.cli.CliRun;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * One benchmark JMH wrote NaN or an infinity for no longer takes the whole gate down (exit 2): the
 * others are compared, and it is named on stderr, in the Markdown and in {@code --json}; with a
 * score in the baseline it fails as a missing benchmark does, unless {@code --allow-missing}.
 */
class CompareNoScoreTest {
    @TempDir
    Path dir;

    private static String result(String method, String score) {
        return """
                {"benchmark":"org.example.IndexBuildBenchmark.%s","mode":"thrpt","threads":1,"forks":1,"params":{"size":"1GiB"},
                 "primaryMetric":{"score":%s,"scoreError":1.0,"scoreUnit":"ops/s","rawData":[[%s,%s,%s,%s,%s]]},
                 "secondaryMetrics":{}}""".formatted(method, score, score, score, score, score, score);
    }

    private Path file(String name, String... results) throws IOException {
        return Files.writeString(dir.resolve(name), "[" + String.join(",", results) + "]");
    }

    @Test
    void aNaNInCurrentIsNamedAndFailsAsMissingUnlessAllowed() throws IOException {
        Path base = file("base.json", result("build", "100.0"), result("scan", "50.0"));
        Path cur = file("cur.json", result("build", "\"NaN\""), result("scan", "50.0"));
        Path md = dir.resolve("comment.md");
        CliRun run = CliRun.of("compare", base.toString(), cur.toString(), "--markdown", md.toString());
        assertThat(run.code()).isEqualTo(3);
        assertThat(run.err()).contains("compare: " + cur + ": IndexBuildBenchmark.build (thrpt, size=1GiB): no score (JMH wrote NaN: "
                        + "it measured no value, as for a benchmark that failed or ran no operation), not compared "
                        + "(fails as missing unless --allow-missing)")
                .contains("compare: 1 benchmark of " + base + " with no score in " + cur
                        + " (JMH wrote NaN or an infinity; --allow-missing to pass without them)")
                .doesNotContain("Exception");
        assertThat(Files.readString(md)).startsWith("**1 benchmark with no score in current**")
                .contains("| IndexBuildBenchmark.scan (thrpt) | size=1GiB | 50.0 ± 1.00 ops/s | 50.0 ± 1.00 ops/s |")
                .contains("| IndexBuildBenchmark.build (thrpt) | size=1GiB | 100 ± 1.00 ops/s | – | – | no score in current (JMH wrote NaN");

        CliRun allowed = CliRun.of("compare", base.toString(), cur.toString(), "--allow-missing", "--json");
        assertThat(allowed.code()).isZero();
        assertThat(allowed.err()).contains("no score (JMH wrote NaN").doesNotContain("fails as missing");
        JsonNode json = allowed.json();
        assertThat(json.get("compared").asLong()).isEqualTo(1);
        assertThat(json.get("passed").asBoolean()).isTrue();
        assertThat(json.get("missing").asLong()).isEqualTo(1);
        JsonNode unscored = json.get("unscored").get(0);
        assertThat(unscored.get("run").asText()).isEqualTo("current");
        assertThat(unscored.get("benchmark").asText()).isEqualTo("org.example.IndexBuildBenchmark.build");
        assertThat(unscored.get("params").get("size").asText()).isEqualTo("1GiB");
        assertThat(unscored.get("score").asText()).isEqualTo("NaN");
        assertThat(unscored.get("reason").asText()).startsWith("JMH wrote NaN: it measured no value");
        assertThat(unscored.get("failsAsMissing").asBoolean()).isTrue();

        CliRun failing = CliRun.of("compare", base.toString(), cur.toString(), "--json");
        assertThat(failing.code()).isEqualTo(3);
        assertThat(failing.json().get("passed").asBoolean()).isFalse();
    }

    @Test
    void aBaselineInfinityIsNamedAndPassesAndAFileOfNoScoresIsAnInputError() throws IOException {
        Path base = file("base.json", result("build", "\"+INF\""), result("scan", "50.0"));
        Path cur = file("cur.json", result("build", "100.0"), result("scan", "50.0"));
        CliRun run = CliRun.of("compare", base.toString(), cur.toString());
        assertThat(run.code()).isZero();
        assertThat(run.err()).contains("compare: " + base + ": IndexBuildBenchmark.build (thrpt, size=1GiB): no score (JMH wrote +INF: "
                + "a division by zero, as for an iteration that measured no time or completed no operation), not compared; " + cur
                + " measured it, with nothing to compare it with\n")
                .contains("| – | 100 ± 1.00 ops/s | – | no score in baseline (JMH wrote +INF")
                .doesNotContain("1 new");
        JsonNode unscored = CliRun.of("compare", base.toString(), cur.toString(), "--json").json().get("unscored");
        assertThat(unscored).hasSize(1);
        assertThat(unscored.get(0).get("run").asText()).isEqualTo("baseline");
        assertThat(unscored.get(0).get("otherScore").get("score").asDouble()).isEqualTo(100.0);

        Path broken = file("broken.json", result("build", "\"NaN\""), result("scan", "\"-INF\""));
        CliRun refused = CliRun.of("compare", base.toString(), broken.toString());
        assertThat(refused.code()).isEqualTo(2);
        assertThat(refused.err()).contains(broken + ": no result has a score (JMH wrote NaN or an infinity for each of its 2); "
                + "the first: result #1 (org.example.IndexBuildBenchmark.build) primaryMetric has a 'score' of NaN")
                .doesNotContain("Exception");
    }

    @Test
    void aResultGivenWithAndWithoutAScoreInOneFileIsAnInputError() throws IOException {
        Path base = file("base.json", result("build", "100.0"), result("scan", "50.0"));
        Path merged = file("merged.json", result("build", "100.0"), result("build", "\"NaN\""), result("scan", "50.0"));
        CliRun run = CliRun.of("compare", base.toString(), merged.toString());
        assertThat(run.code()).isEqualTo(2);
        assertThat(run.err()).contains(merged + " has two results for org.example.IndexBuildBenchmark.build [thrpt] {size=1GiB} that "
                + "cannot be told apart (same benchmark, mode, parameters and threads) (one with a score, one with none: JMH wrote NaN")
                .doesNotContain("Exception");
        CliRun report = CliRun.of("report", merged.toString(), "--out", dir.resolve("r").toString());
        assertThat(report.code()).isEqualTo(2);
        assertThat(report.err()).contains("(one with a score, one with none: JMH wrote NaN").doesNotContain("Exception");
    }

    @Test
    void everyBaselineBenchmarkWithNoScoreInCurrentIsSaidAsSuchNotAsAbsent() throws IOException {
        // it said "no benchmark of base.json is in cur.json …" and then "(2 benchmarks … with no score in cur.json)"
        Path base = file("base.json", result("build", "100.0"), result("scan", "50.0"));
        Path cur = file("cur.json", result("build", "\"NaN\""), result("scan", "\"NaN\""), result("other", "7.0"));
        for (String allow : new String[] {"--threshold=5%", "--allow-missing"}) {
            CliRun run = CliRun.of("compare", base.toString(), cur.toString(), allow);
            assertThat(run.code()).as(allow).isEqualTo(2);
            assertThat(run.err()).contains("compare: nothing compared, so there is no verdict: every benchmark of " + base + " is in "
                    + cur + " (2), but JMH wrote no score for any of them there (NaN or an infinity: it measured no value)")
                    .doesNotContain("no benchmark of").doesNotContain("Exception");
        }

        Path one = file("one.json", result("build", "100.0"));
        CliRun single = CliRun.of("compare", one.toString(), cur.toString());
        assertThat(single.code()).isEqualTo(2);
        assertThat(single.err()).contains("nothing compared, so there is no verdict: the one benchmark of " + one + " is in " + cur
                + ", but JMH wrote no score for it there (NaN or an infinity");
    }

    @Test
    void nothingComparedWithSomeAbsentAndSomeUnscoredCountsEach() throws IOException {
        Path base = file("base.json", result("build", "100.0"), result("scan", "50.0"));
        Path cur = file("cur.json", result("build", "\"NaN\""), result("other", "7.0"));
        CliRun run = CliRun.of("compare", base.toString(), cur.toString());
        assertThat(run.code()).isEqualTo(2);
        assertThat(run.err()).contains("compare: nothing compared, so there is no verdict: 1 benchmark of " + base + " is in " + cur
                + ", but JMH wrote no score for it there (NaN or an infinity: it measured no value); 1 other benchmark of " + base
                + " is not in " + cur).doesNotContain("every benchmark");

        // the baseline's NaN beside a score now: in both, so never "no benchmark … is in"
        Path brokenBase = file("broken.json", result("build", "\"NaN\""), result("scan", "50.0"));
        Path now = file("now.json", result("build", "100.0"), result("other", "7.0"));
        CliRun before = CliRun.of("compare", brokenBase.toString(), now.toString());
        assertThat(before.code()).isEqualTo(2);
        assertThat(before.err()).contains("1 benchmark of " + brokenBase + " is in " + now + " with a score, but JMH wrote none for it in "
                + brokenBase).doesNotContain("no benchmark of");
    }
}
