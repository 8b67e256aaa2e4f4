package io.chunkwise.cli.report;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.chunkwise.cli.CliRun;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CompareCommandTest {
    @TempDir
    Path dir;

    static String result(String strategy, double... raw) {
        StringBuilder values = new StringBuilder();
        double sum = 0;
        for (double v : raw) {
            values.append(values.isEmpty() ? "" : ",").append(v);
            sum += v;
        }
        return String.format(Locale.ROOT, """
                {"jmhVersion":"1.37","benchmark":"io.chunkwise.bench.LoadBench.load","mode":"thrpt","threads":1,"forks":1,
                 "params":{"strategy":"%s","size":"64MiB"},
                 "primaryMetric":{"score":%s,"scoreError":1.0,"scoreUnit":"ops/s","rawData":[[%s]]},
                 "secondaryMetrics":{}}""", strategy, sum / raw.length, values);
    }

    Path file(String name, String... results) throws IOException {
        return Files.writeString(dir.resolve(name), "[" + String.join(",", results) + "]");
    }

    @Test
    void regressionExitsThreeAndWritesMarkdown() throws IOException {
        Path base = file("base.json", result("full", 10, 10.1, 9.9, 10.05, 9.95), result("mmap", 40, 40.4, 39.6, 40.2, 39.8));
        Path cur = file("cur.json", result("full", 10.02, 10.1, 9.9, 10.0, 9.97), result("mmap", 30, 30.3, 29.7, 30.1, 29.9));
        Path md = dir.resolve("comment.md");
        CliRun run = CliRun.of("compare", base.toString(), cur.toString(), "--markdown", md.toString());
        assertThat(run.code()).isEqualTo(3);
        assertThat(run.err()).contains("REGRESSION").contains("strategy=mmap").doesNotContain("same file");
        assertThat(Files.readString(md)).startsWith("**Performance regression**: 1 regression");
    }

    @Test
    void aMarkdownFileThatCannotBeWrittenIsNamedAfterTheVerdictIsPrinted() throws IOException {
        Path full = Path.of("/dev/full"); // every write: No space left on device
        Assumptions.assumeTrue(Files.isWritable(full), "a Linux /dev/full");
        Path base = file("base.json", result("full", 10, 10.1, 9.9, 10.05, 9.95), result("mmap", 40, 40.4, 39.6, 40.2, 39.8));
        Path cur = file("cur.json", result("full", 10.02, 10.1, 9.9, 10.0, 9.97), result("mmap", 30, 30.3, 29.7, 30.1, 29.9));
        CliRun run = CliRun.of("compare", base.toString(), cur.toString(), "--markdown", full.toString());
        assertThat(run.code()).isEqualTo(2);
        assertThat(run.err()).contains("REGRESSION").contains("strategy=mmap")
                .contains("compare: cannot write the markdown file /dev/full: No space left on device (free some space");

        Path refusing = Path.of("/proc/version"); // a write fails with EIO: the device's error, not a bug (exit 2)
        if (Files.isWritable(refusing)) {
            CliRun eio = CliRun.of("compare", base.toString(), cur.toString(), "--markdown", refusing.toString());
            assertThat(eio.code()).as(eio.err()).isEqualTo(2);
            assertThat(eio.err()).contains("compare: cannot write the markdown file /proc/version: ").doesNotContain("internal error");
        }
    }

    @Test
    void aSecondaryMetricThatVanishedFromCurrentIsMissingNotPassed() throws IOException {
        // QA-9 G-3: full's memory figures are gone from the current run (a profiler that took no sample)
        String memory = ",\"secondaryMetrics\":{\"mem.peak.rssAnon.bytes\":{\"score\":5.0E8,\"scoreError\":\"NaN\","
                + "\"scoreUnit\":\"bytes\",\"rawData\":[[5.0E8,5.0E8]]}}}";
        String full = result("full", 10, 10.1, 9.9, 10.05, 9.95);
        String mmap = result("mmap", 40, 40.4, 39.6, 40.2, 39.8);
        Path base = file("base.json", full.replace(",\n \"secondaryMetrics\":{}}", memory),
                mmap.replace(",\n \"secondaryMetrics\":{}}", memory));
        Path cur = file("cur.json", full, mmap.replace(",\n \"secondaryMetrics\":{}}", memory));
        assertThat(Files.readString(base)).contains("mem.peak.rssAnon.bytes");
        CliRun run = CliRun.of("compare", base.toString(), cur.toString(), "--secondary", "mem.peak.rssAnon.bytes");
        assertThat(run.code()).as(run.err()).isEqualTo(3);
        assertThat(run.err()).startsWith("**1 metric missing in current**")
                .contains("1 secondary metric of " + base + "'s results missing in their " + cur + " results");
        CliRun allowed = CliRun.of("compare", base.toString(), cur.toString(), "--secondary", "mem.peak.rssAnon.bytes",
                "--allow-missing");
        assertThat(allowed.code()).isZero();
    }

    @Test
    void noiseExitsZeroAndJsonIsClean() throws IOException {
        Path base = file("base.json", result("full", 10, 10.1, 9.9, 10.05, 9.95));
        Path cur = file("cur.json", result("full", 10.02, 10.12, 9.88, 10.0, 9.97));
        CliRun run = CliRun.of("compare", base.toString(), cur.toString(), "--json");
        assertThat(run.code()).isZero();
        JsonNode json = new ObjectMapper().readTree(run.out());
        assertThat(json.get("regression").asBoolean()).isFalse();
        assertThat(json.get("passed").asBoolean()).isTrue();
        assertThat(json.get("comparisons").get(0).get("verdict").asText()).isEqualTo("noise");
        assertThat(json.get("comparisons").get(0).get("params").get("strategy").asText()).isEqualTo("full");
    }

    @Test
    void failedGateExitsThree() throws IOException {
        Path run1 = file("run.json", result("full", 10, 10.1, 9.9), result("mmap", 20, 20.4, 19.6));
        CliRun ok = CliRun.of("compare", run1.toString(), run1.toString(), "--require", "mmap/full >= 1.5");
        assertThat(ok.code()).isZero();
        assertThat(ok.err()).contains("run.json are the same file: it cannot regress against itself; only --require gates judge it");
        CliRun failed = CliRun.of("compare", run1.toString(), run1.toString(), "--require", "mmap/full >= 3");
        assertThat(failed.code()).isEqualTo(3);
        assertThat(failed.err()).contains("| mmap/full >= 3 |").contains("FAIL");
        // the PR comment's headline says so too, not "No performance regression"
        assertThat(failed.err()).startsWith("**1 failed gate**: ").doesNotContain("No performance regression");
    }

    @Test
    void aGateRatioIsPrintedAsEveryTablePrintsOne() throws IOException {
        // the gates' table printed %.2f: a failed gate at 0.004× read "0.00×" (no speed at all) and 12,000× lost its grouping
        Path run = file("run.json", result("full", 1000, 1000, 1000), result("mmap", 4, 4, 4), result("chunked", 12_000_000, 12_000_000));
        CliRun failed = CliRun.of("compare", run.toString(), run.toString(), "--require", "mmap/full >= 3",
                "--require", "chunked/full >= 3");
        assertThat(failed.code()).isEqualTo(3);
        assertThat(failed.err()).contains("| mmap/full >= 3 | LoadBench.load [thrpt] {size=64MiB} | 0.00400× | FAIL |")
                .contains("| chunked/full >= 3 | LoadBench.load [thrpt] {size=64MiB} | 12,000.00× | pass |")
                .doesNotContain("| 0.00× |");
    }

    @Test
    void aBenchmarkMissingFromTheCurrentRunFailsUnlessAllowed() throws IOException {
        Path base = file("base.json", result("full", 10, 10.1, 9.9, 10.05, 9.95), result("mmap", 40, 40.4, 39.6, 40.2, 39.8));
        Path cur = file("cur.json", result("full", 10.02, 10.1, 9.9, 10.0, 9.97));
        CliRun crashed = CliRun.of("compare", base.toString(), cur.toString());
        assertThat(crashed.code()).isEqualTo(3);
        assertThat(crashed.err()).startsWith("**1 benchmark missing in current**: ");
        assertThat(crashed.err()).contains("1 benchmark of " + base + " missing in " + cur).contains("--allow-missing");
        CliRun removed = CliRun.of("compare", base.toString(), cur.toString(), "--allow-missing", "--json");
        assertThat(removed.code()).as(removed.err()).isZero();
        assertThat(removed.json().get("missing").asLong()).isEqualTo(1);
        assertThat(removed.json().get("passed").asBoolean()).isTrue();
        CliRun crashedJson = CliRun.of("compare", base.toString(), cur.toString(), "--json");
        assertThat(crashedJson.code()).isEqualTo(3);
        assertThat(crashedJson.json().get("passed").asBoolean()).as("what exit 3 says, in one field").isFalse();
        assertThat(crashedJson.json().get("regression").asBoolean()).isFalse();
    }

    @Test
    void badInputsExitTwoWithOneLine() throws IOException {
        Path good = file("good.json", result("full", 10, 10.1, 9.9));
        Path empty = file("empty.json");
        Path notJmh = Files.writeString(dir.resolve("summary.json"), "{\"metrics\":{}}");
        Path garbage = Files.writeString(dir.resolve("garbage.json"), "not json at all");
        for (Path bad : new Path[] {dir.resolve("missing.json"), empty, notJmh, garbage}) {
            CliRun run = CliRun.of("compare", good.toString(), bad.toString());
            assertThat(run.code()).as(bad.toString()).isEqualTo(2);
            assertThat(run.err().strip()).doesNotContain("\n").contains(bad.getFileName().toString());
        }
        assertThat(CliRun.of("compare", good.toString(), good.toString(), "--require", "nonsense").code()).isEqualTo(2);
        assertThat(CliRun.of("compare", good.toString(), good.toString(), "--require", "mmap/full >= 2").err())
                .contains("no benchmark has both variants");
    }

    @Test
    void aFileComparedWithItselfNeverRegressesWhenResultsDifferOnlyInThreads() throws IOException {
        String one = result("full", 100, 101, 99, 100.5, 99.5);
        String four = result("full", 50, 50.5, 49.5, 50.2, 49.8).replace("\"threads\":1", "\"threads\":4");
        Path threads = file("threads.json", one, four);
        CliRun run = CliRun.of("compare", threads.toString(), threads.toString(), "--json");
        assertThat(run.code()).as(run.err()).isZero();
        JsonNode json = new ObjectMapper().readTree(run.out());
        assertThat(json.get("compared").asInt()).isEqualTo(2);
        assertThat(json.get("comparisons").findValuesAsText("verdict")).containsOnly("noise");
        assertThat(json.get("comparisons").findValuesAsText("threads")).containsExactly("1", "4");
    }

    @Test
    void resultsThatCannotBeToldApartExitTwo() throws IOException {
        Path dup = file("dup.json", result("full", 100, 101, 99), result("full", 50, 50.5, 49.5));
        CliRun run = CliRun.of("compare", dup.toString(), dup.toString());
        assertThat(run.code()).isEqualTo(2);
        assertThat(run.err().strip()).doesNotContain("\n")
                .contains("dup.json has two results for io.chunkwise.bench.LoadBench.load [thrpt] {size=64MiB, strategy=full}");
    }

    @Test
    void markdownNamingAnInputIsRefusedAndTheInputKept() throws IOException {
        Path base = file("base.json", result("full", 10, 10.1, 9.9));
        Path cur = file("cur.json", result("full", 10, 10.1, 9.9));
        String before = Files.readString(cur);
        for (Path input : new Path[] {base, cur}) {
            CliRun run = CliRun.of("compare", base.toString(), cur.toString(), "--markdown", input.toString());
            assertThat(run.code()).isEqualTo(2);
            assertThat(run.err().strip()).doesNotContain("\n").contains("--markdown").contains("is the input file");
        }
        assertThat(Files.readString(cur)).isEqualTo(before);
        CliRun noDir = CliRun.of("compare", base.toString(), cur.toString(), "--markdown", dir.resolve("nodir/x.md").toString());
        assertThat(noDir.code()).isEqualTo(2);
        assertThat(noDir.err()).contains("directory").contains("does not exist");
    }

    @Test
    void quickRunsExitThreeOnANinetyPercentDrop() throws IOException {
        Path base = file("base.json", result("full", 100, 60));
        Path cur = file("cur.json", result("full", 10, 6));
        CliRun run = CliRun.of("compare", base.toString(), cur.toString());
        assertThat(run.code()).isEqualTo(3);
        assertThat(run.err()).contains("REGRESSION (point estimates vs threshold");
    }

    @Test
    void nothingComparedExitsTwo() throws IOException {
        Path base = file("base.json", result("full", 10, 10.1, 9.9));
        Path other = file("other.json", result("full", 10, 10.1, 9.9).replace("LoadBench.load", "OtherBench.run"));
        CliRun run = CliRun.of("compare", base.toString(), other.toString());
        assertThat(run.code()).isEqualTo(2);
        assertThat(run.err()).startsWith("**Nothing compared**").doesNotContain("No performance regression");
        assertThat(run.err()).contains("nothing compared");
    }

    @Test
    void nothingComparedNamesTheParamsThatDiffer() throws IOException {
        // QA: -p size=8MiB in one run, size=16MiB in the other read as two unrelated suites
        Path base = file("base.json", result("full", 10, 10.1, 9.9).replace("64MiB", "8MiB"),
                result("mmap", 30, 30.1, 29.9).replace("64MiB", "8MiB"));
        Path cur = file("cur.json", result("full", 10, 10.1, 9.9).replace("64MiB", "16MiB"),
                result("mmap", 30, 30.1, 29.9).replace("64MiB", "16MiB"));
        Path md = dir.resolve("comment.md");
        CliRun run = CliRun.of("compare", base.toString(), cur.toString(), "--markdown", md.toString());
        assertThat(run.code()).isEqualTo(2);
        String why = "LoadBench.load (thrpt) is in both, with other params: size=8MiB in " + base + ", size=16MiB in " + cur;
        assertThat(run.err()).contains("compare: nothing compared: no benchmark of " + base + " is in " + cur
                + " (same benchmark, mode, parameters and threads), so there is no verdict: " + why + "\n");
        assertThat(run.err()).doesNotContain("strategy=full in");
        assertThat(Files.readString(md)).startsWith("**Nothing compared**").contains("Nothing compared: " + why + ".");
        // a suite renamed has no params to name
        Path other = file("other.json", result("full", 10, 10.1, 9.9).replace("LoadBench.load", "OtherBench.run"));
        assertThat(CliRun.of("compare", base.toString(), other.toString()).err()).doesNotContain("with other params");
    }

    @Test
    void unknownSecondaryMetricExitsTwoNamingTheAvailableOnes() throws IOException {
        String withMemory = result("full", 10, 10.1, 9.9).replace("\"secondaryMetrics\":{}",
                "\"secondaryMetrics\":{\"mem.peak.rssAnon.bytes\":{\"score\":1000,\"scoreError\":\"NaN\",\"scoreUnit\":\"bytes\"}}");
        Path base = file("base.json", withMemory);
        CliRun run = CliRun.of("compare", base.toString(), base.toString(), "--secondary", "foo.bar");
        assertThat(run.code()).isEqualTo(2);
        assertThat(run.err().strip()).doesNotContain("\n").contains("foo.bar").contains("mem.peak.rssAnon.bytes");
        CliRun memory = CliRun.of("compare", base.toString(), base.toString(), "--secondary", "mem.peak.rssAnon.bytes", "--json");
        assertThat(memory.code()).isZero();
        // JMH's "NaN" error and the p-value a single score cannot give are null in the JSON, not "NaN"
        JsonNode secondary = memory.json().get("comparisons").get(1);
        assertThat(secondary.get("metric").asText()).isEqualTo("mem.peak.rssAnon.bytes");
        assertThat(secondary.get("baseline").get("error").isNull()).isTrue();
        assertThat(memory.out()).doesNotContain("NaN");
    }

    @Test
    void aBadThresholdIsOneLineWithoutJavaClassNames() throws IOException {
        Path good = file("good.json", result("full", 10, 10.1, 9.9));
        for (String bad : new String[] {"-5%", "lots", "0.25", "1.0", "1.00"}) {
            CliRun run = CliRun.of("compare", good.toString(), good.toString(), "--threshold", bad);
            assertThat(run.code()).isEqualTo(2);
            assertThat(run.err().strip()).doesNotContain("\n").doesNotContain("java.").doesNotContain("Exception")
                    .contains("'" + bad + "'").contains("--threshold");
        }
        assertThat(CliRun.of("compare", good.toString(), good.toString(), "--threshold", "0.25").err())
                .contains("is ambiguous: write 25% or 0.25%");
        // 1.0 is a fraction (100%) as readily as 1%, like 0.99 is
        assertThat(CliRun.of("compare", good.toString(), good.toString(), "--threshold", "1.0").err())
                .contains("is ambiguous: write 100% or 1%");
        assertThat(CliRun.of("compare", "--help").out().replaceAll("\\s+", " "))
                .contains("e.g. 5% or 5 (default: 5%); 0.25 or 1.0 (a fraction or a percentage?) is refused: write 25% or 0.25%.");
        for (String ok : new String[] {"0.25%", "25", "0", "25 %", "1", "1.0%", "1.5"}) {
            assertThat(CliRun.of("compare", good.toString(), good.toString(), "--threshold", ok).code()).as(ok).isZero();
        }
    }

    @Test
    void anInfiniteScoreIsRefusedNamingTheFile() throws IOException {
        Path good = file("good.json", result("full", 10, 10.1, 9.9));
        Path inf = file("inf.json", result("full", 10, 10.1, 9.9).replaceFirst("\"score\":[0-9.]+", "\"score\":\"Infinity\""));
        CliRun run = CliRun.of("compare", good.toString(), inf.toString());
        assertThat(run.code()).isEqualTo(2);
        assertThat(run.err().strip()).doesNotContain("\n").contains("inf.json").contains("infinite 'score'");
    }

    @Test
    void aTruncatedFileNamesLineAndColumnWithoutParserInternals() throws IOException {
        Path good = file("good.json", result("full", 10, 10.1, 9.9));
        String text = Files.readString(good);
        Path trunc = Files.writeString(dir.resolve("trunc.json"), text.substring(0, text.length() / 2));
        CliRun run = CliRun.of("compare", good.toString(), trunc.toString());
        assertThat(run.code()).isEqualTo(2);
        assertThat(run.err().strip()).matches("chunkwise compare: .*trunc\\.json:\\d+: truncated or not JSON: it ends at column \\d+ inside an object or array");
    }

    /** Two runs joined into one file must not be read as the first alone: the second would hide a regression. */
    @Test
    void textAfterTheJsonValueIsRefused() throws IOException {
        Path good = file("good.json", result("full", 10, 10.1, 9.9));
        Path joined = Files.writeString(dir.resolve("joined.json"),
                Files.readString(good) + "\n" + result("full", 5, 5.1, 4.9));
        Path garbage = Files.writeString(dir.resolve("garbage.json"), Files.readString(good) + "\n]garbage");
        for (Path bad : new Path[] {joined, garbage}) {
            for (String[] args : new String[][] {{"compare", good.toString(), bad.toString()},
                    {"plan", bad.toString(), "--target-size", "1GiB"}, {"report", bad.toString(), "--out", dir.resolve("r").toString()}}) {
                CliRun run = CliRun.of(args);
                assertThat(run.code()).as(String.join(" ", args)).isEqualTo(2);
                assertThat(run.err().strip()).as(String.join(" ", args)).doesNotContain("\n")
                        .contains(bad.getFileName() + ":").contains("more text after its JSON value ends at column")
                        .contains("were two runs joined into one file?");
            }
        }
        assertThat(CliRun.of("compare", good.toString(), good.toString()).code()).as("trailing white space is fine").isZero();
    }

    @Test
    void messagesNameWhatIsWrong() throws IOException {
        Path noPrimary = Files.writeString(dir.resolve("np.json"), "[{\"benchmark\":\"x\"}]");
        Path good = file("good.json", result("full", 10, 10.1, 9.9));
        CliRun run = CliRun.of("compare", good.toString(), noPrimary.toString());
        assertThat(run.code()).isEqualTo(2);
        assertThat(run.err()).contains("result #1 has no 'primaryMetric'").doesNotContain("'benchmark' and");
        String bytes = result("full", 10, 10.1, 9.9).replace("\"secondaryMetrics\":{}",
                "\"secondaryMetrics\":{\"mem.peak.rssAnon.bytes\":{\"score\":1000,\"scoreError\":\"NaN\",\"scoreUnit\":\"bytes\"}}");
        Path b = file("b.json", bytes);
        Path k = file("k.json", bytes.replace("\"scoreUnit\":\"bytes\"", "\"scoreUnit\":\"KiB\""));
        // bytes beside KiB convert, as ops/ms beside ops/s: 1,000 KiB is 1,024,000 bytes, a regression of a peak
        CliRun units = CliRun.of("compare", b.toString(), k.toString(), "--secondary", "mem.peak.rssAnon.bytes");
        assertThat(units.code()).isEqualTo(3);
        assertThat(units.err()).contains("| 1000 B | 1000 KiB | +102300.0% | REGRESSION")
                .contains("1 current score measured in KiB is shown and compared in bytes, the baseline's unit (1 KiB = 1,024 bytes).")
                .doesNotContain("units differ");
        // memory per operation beside a byte count does not convert: refused, saying why
        String perOp = bytes.replace("mem.peak.rssAnon.bytes", "gc.alloc.rate.norm");
        Path o = file("o.json", perOp.replace("\"scoreUnit\":\"bytes\"", "\"scoreUnit\":\"B/op\""));
        CliRun refused = CliRun.of("compare", file("c.json", perOp).toString(), o.toString(), "--secondary", "gc.alloc.rate.norm");
        assertThat(refused.code()).isEqualTo(2);
        assertThat(refused.err()).contains("gc.alloc.rate.norm: units differ (bytes in " + dir.resolve("c.json") + " vs B/op in " + o
                + "): memory as a byte count does not convert "
                + "to memory per op").doesNotContain("time unit").doesNotContain("Exception");
    }
}
