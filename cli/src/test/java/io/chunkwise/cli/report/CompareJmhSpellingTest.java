package io.chunkwise.cli.report;

import static org.assertj.core.api.Assertions.assertThat;

import io.chunkwise.cli.CliRun;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Review (a user gating merges in CI): {@code compare --secondary ·gc.alloc.rate}, the name as JMH
 * prints it, was refused with "metrics in both: gc.alloc.rate…"; it now names the one metric, the
 * run alike to the letter with or without the dot. A benchmark without params had an empty
 * {@code |  |} Params cell in the Markdown; it shows "–", as the tables' other empty cells do.
 */
class CompareJmhSpellingTest {
    @TempDir
    Path dir;

    /** One benchmark without params, with {@code -prof gc}'s allocation rate under the name {@code key}. */
    private static String run(String key, double rate) {
        return String.format(Locale.ROOT, """
                [{"jmhVersion":"1.37","benchmark":"org.example.Codec.decode","mode":"thrpt","threads":1,"forks":1,"params":{},
                  "primaryMetric":{"score":100.0,"scoreError":1.0,"scoreUnit":"ops/s","rawData":[[99.0,100.0,101.0,100.0,100.0]]},
                  "secondaryMetrics":{"%s":{"score":%s,"scoreError":1.0,"scoreUnit":"MB/sec",
                   "rawData":[[%s,%s,%s,%s,%s]]}}}]""", key, rate, rate, rate, rate, rate, rate);
    }

    @Test
    void jmhsMiddleDotNamesTheSameMetricAndChangesNothingInTheOutput() throws IOException {
        for (String written : new String[] {"gc.alloc.rate", "\u00b7gc.alloc.rate"}) {
            Path base = Files.writeString(dir.resolve("base.json"), run(written, 500));
            Path cur = Files.writeString(dir.resolve("cur.json"), run(written, 800));
            Path md = dir.resolve("comment.md");
            CliRun plain = CliRun.of("compare", base.toString(), cur.toString(), "--secondary", "gc.alloc.rate",
                    "--markdown", md.toString());
            String plainMd = Files.readString(md);
            CliRun dotted = CliRun.of("compare", base.toString(), cur.toString(), "--secondary", "\u00b7gc.alloc.rate",
                    "--markdown", md.toString());
            // allocating 60% more per second is a regression of the metric asked for, with either spelling
            assertThat(plain.code()).as(written + ": " + plain.err()).isEqualTo(3);
            assertThat(dotted.code()).as(written + ": " + dotted.err()).isEqualTo(plain.code());
            assertThat(dotted.err()).as(written).isEqualTo(plain.err()).doesNotContain("\u00b7").contains("gc.alloc.rate");
            assertThat(Files.readString(md)).as(written).isEqualTo(plainMd);

            CliRun plainJson = CliRun.of("compare", base.toString(), cur.toString(), "--secondary", "gc.alloc.rate", "--json");
            CliRun dottedJson = CliRun.of("compare", base.toString(), cur.toString(), "--secondary", "\u00b7gc.alloc.rate",
                    "--secondary", "gc.alloc.rate", "--json");
            assertThat(dottedJson.out()).as(written + ": named twice, one metric, judged once").isEqualTo(plainJson.out());
            assertThat(plainJson.json().get("comparisons")).hasSize(2);
            assertThat(plainJson.json().get("comparisons").get(1).get("metric").asText()).isEqualTo("gc.alloc.rate");
        }
    }

    @Test
    void aBenchmarkWithoutParamsShowsADashInTheParamsCell() throws IOException {
        Path base = Files.writeString(dir.resolve("base.json"), run("gc.alloc.rate", 500));
        Path cur = Files.writeString(dir.resolve("cur.json"), run("gc.alloc.rate", 500));
        CliRun run = CliRun.of("compare", base.toString(), cur.toString(), "--secondary", "gc.alloc.rate");
        assertThat(run.code()).as(run.err()).isZero();
        assertThat(run.err()).contains("| Codec.decode (thrpt) | – | 100 ± 1.00 ops/s | 100 ± 1.00 ops/s | +0.0% |")
                .contains("| Codec.decode (thrpt) gc.alloc.rate | – | 500 ± 1.00 MB/sec | 500 ± 1.00 MB/sec | +0.0% |")
                .doesNotContain("|  |");
    }
}
