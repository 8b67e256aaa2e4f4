package io.chunkwise.cli.report;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.chunkwise.cli.CliRun;
import io.chunkwise.cli.ExitCodes;
import io.chunkwise.reports.chart.StaleCharts;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ReportPlanTuneCommandTest {
    @TempDir
    Path dir;

    static String result(String strategy, int sizeMiB, double seconds, double peakMiB) {
        double peak = peakMiB * 1024 * 1024;
        return String.format(Locale.ROOT, """
                {"benchmark":"io.chunkwise.bench.LoadBench.load","mode":"avgt","threads":1,"forks":1,
                 "params":{"strategy":"%s","size":"%dMiB"},
                 "primaryMetric":{"score":%s,"scoreError":%s,"scoreUnit":"s/op","rawData":[[%s,%s,%s]]},
                 "secondaryMetrics":{"mem.peak.rssAnon.bytes":{"score":%s,"scoreError":"NaN","scoreUnit":"bytes","rawData":[[%s]]}}}""",
                strategy, sizeMiB, seconds, seconds * 0.02, seconds * 0.99, seconds, seconds * 1.01, peak, peak);
    }

    Path results() throws IOException {
        List<String> rs = new ArrayList<>();
        double[] wobble = {0.4, -0.3, 0.2, -0.1};
        int i = 0;
        for (int size : new int[] {16, 64, 256, 1024}) {
            rs.add(result("full", size, size / 100.0, 60 + 1.5 * size + wobble[i]));
            rs.add(result("mmap", size, size / 400.0, 80 + wobble[i]));
            i++;
        }
        return Files.writeString(dir.resolve("results.json"), "[" + String.join(",", rs) + "]");
    }

    @Test
    void planPrintsTheAgreedJson() throws IOException {
        CliRun run = CliRun.of("plan", results().toString(), "--target-size", "200GB", "--memory-budget", "2GiB", "--json");
        assertThat(run.code()).as(run.err()).isZero();
        JsonNode json = new ObjectMapper().readTree(run.out());
        assertThat(json.get("targetBytes").asLong()).isEqualTo(200_000_000_000L);
        JsonNode full = json.get("variants").get(0);
        assertThat(full.get("name").asText()).isEqualTo("full");
        assertThat(full.has("predictedSeconds")).isTrue();
        assertThat(full.get("predictedPeakAnonBytes").isIntegralNumber()).isTrue();
        assertThat(full.get("fitsBudget").asBoolean()).isFalse();
        assertThat(json.get("variants").get(1).get("fitsBudget").asBoolean()).isTrue();
        JsonNode rec = json.get("recommendation");
        assertThat(rec.get("variant").asText()).isEqualTo("mmap");
        assertThat(rec.has("chunkSize")).isTrue();
        assertThat(rec.has("workers")).isTrue();

        CliRun none = CliRun.of("plan", results().toString(), "--target-size", "200GB", "--memory-budget", "1", "--json");
        assertThat(none.code()).as("nothing fits: a finding, as for tune").isEqualTo(ExitCodes.NOT_FOUND);
        assertThat(new ObjectMapper().readTree(none.out()).get("recommendation").get("variant").isNull()).isTrue();
    }

    @Test
    void planHumanOutputIsATable() throws IOException {
        CliRun run = CliRun.of("plan", results().toString(), "--target-size", "200GB");
        assertThat(run.code()).isZero();
        assertThat(run.err()).contains("| Variant | Sizes | Extrapolation | Predicted time |").contains("| mmap | 4 |")
                .contains("Recommendation: mmap");
    }

    @Test
    void reportWritesMarkdownHtmlAndCharts() throws IOException {
        Path out = dir.resolve("report");
        CliRun run = CliRun.of("report", results().toString(), "--out", out.toString(), "--json");
        assertThat(run.code()).as(run.err()).isZero();
        assertThat(out.resolve("report.md")).exists();
        assertThat(out.resolve("report.html")).exists();
        assertThat(out.resolve("charts/memory-vs-size-loadbench-load-avgt.png")).exists();
        assertThat(out.resolve("charts/memory-vs-size-loadbench-load-avgt.svg")).exists();
        assertThat(new ObjectMapper().readTree(run.out()).get("sections").toString()).contains("Memory growth model");
    }

    @Test
    void reportsInputRateIsDecimalMegabytesASecond() throws IOException {
        // another project's results: 1 MiB in 1 s is 1,048,576 bytes a second, 1.05 MB/s (1.00 in Input MiB/s)
        String foreign = """
                {"benchmark":"com.example.ParseBench.parse","mode":"avgt","threads":1,"forks":1,
                 "params":{"strategy":"%s","size":"1MiB"},
                 "primaryMetric":{"score":%s,"scoreError":0.01,"scoreUnit":"s/op","rawData":[[%s,%s,%s]]}}""";
        Path file = Files.writeString(dir.resolve("foreign.json"), "[" + foreign.formatted("full", 1.0, 0.99, 1.0, 1.01) + ","
                + foreign.formatted("mmap", 0.5, 0.49, 0.5, 0.51) + "]");
        Path out = dir.resolve("report");
        CliRun run = CliRun.of("report", file.toString(), "--out", out.toString());
        assertThat(run.code()).as(run.err()).isZero();
        assertThat(out.resolve("report.md")).content().contains("| Score | Input MB/s | Speed vs baseline |")
                .contains("| full | 1.00 ± 0.0100 s/op | 1.05 | 1.00× |").contains("| mmap | 0.500 ± 0.0100 s/op | 2.10 | 2.00× |")
                .doesNotContain("MiB/s");
    }

    @Test
    void tuneRunsEachConfigurationAsAProfiledProcess() throws IOException {
        StringBuilder csv = new StringBuilder("cusip,isin,symbol,name\n");
        for (int i = 0; i < 2000; i++) {
            csv.append(String.format(Locale.ROOT, "%09d,US%010d,SYM%d,\"Name, %d\"%n", i, i, i, i));
        }
        Path file = Files.writeString(dir.resolve("small.csv"), csv.toString());
        Path out = Files.createDirectories(dir.resolve("tune"));
        Path earlier = Files.writeString(out.resolve("throughput-vs-workers-an-earlier-sweep.png"), "old chart");
        Path mine = Files.writeString(out.resolve("mine.png"), "not a chart of tune's");
        // an earlier sweep records the charts it drew; a look-alike name it did not record is the user's
        Files.writeString(out.resolve(StaleCharts.MANIFEST), "throughput-vs-workers-an-earlier-sweep.png\n");
        Path lookAlike = Files.writeString(out.resolve("throughput-vs-chunk-my-notes.png"), "the user's own");
        // repeated configurations (4KiB and 4096 bytes, worker count 1 twice) run once
        CliRun run = CliRun.of("tune", file.toString(), "--chunk-sizes", "4KiB,64KiB,4096", "--workers", "1,1", "--runs", "1",
                "--memory-budget", "4GiB", "--out", out.toString(), "--json");
        assertThat(run.code()).as(run.err()).isZero();
        JsonNode json = new ObjectMapper().readTree(run.out());
        assertThat(json.get("configurations")).hasSize(2);
        assertThat(json.get("configurations").get(0).get("medianPeakAnonBytes").asLong()).isPositive();
        assertThat(json.get("configurations").get(0).get("medianSeconds").asDouble()).isPositive();
        assertThat(json.get("recommendation").get("workers").asInt()).isEqualTo(1);
        assertThat(json.get("recommendation").get("chunkSize").asLong()).isIn(4096L, 65536L);
        assertThat(out.resolve("throughput-vs-chunk-sweep-load-ss.png")).exists();
        assertThat(earlier).as("an earlier sweep's chart this one did not draw").doesNotExist();
        assertThat(mine).hasContent("not a chart of tune's");
        assertThat(lookAlike).as("named like a chart, but no run of ours wrote it").hasContent("the user's own");
        assertThat(out.resolve(StaleCharts.MANIFEST)).content().contains("throughput-vs-chunk-sweep-load-ss.png")
                .doesNotContain("an-earlier-sweep").doesNotContain("my-notes");
        assertThat(run.err()).contains("tune: parallel, chunk 4.0 KiB, 1 worker, run 1/1:");
        // the evidence table's input rate is decimal MB/s, as report's
        CliRun human = CliRun.of("tune", file.toString(), "--chunk-sizes", "64KiB", "--workers", "1", "--runs", "1",
                "--out", dir.resolve("tune-human").toString());
        assertThat(human.code()).as(human.err()).isZero();
        assertThat(human.out() + human.err()).contains("| Median time | Input MB/s | Median peak RssAnon |").doesNotContain("MiB/s");
    }

    @Test
    void tuneRunsTheConfigurationsInTurnSoThatADriftingLoadFallsOnEachAlike() throws IOException {
        StringBuilder csv = new StringBuilder("cusip,isin,symbol,name\n");
        for (int i = 0; i < 500; i++) {
            csv.append(String.format(Locale.ROOT, "%09d,US%010d,SYM%d,Name %d%n", i, i, i, i));
        }
        Path file = Files.writeString(dir.resolve("turns.csv"), csv.toString());
        CliRun run = CliRun.of("tune", file.toString(), "--chunk-sizes", "4KiB,64KiB", "--workers", "1", "--runs", "2",
                "--out", dir.resolve("tune-turns").toString(), "--json");
        assertThat(run.code()).as(run.err()).isZero();
        List<String> order = run.err().lines().filter(l -> l.startsWith("tune: parallel, chunk"))
                .map(l -> l.substring(0, l.indexOf(':', "tune:".length()))).toList();
        assertThat(order).containsExactly("tune: parallel, chunk 4.0 KiB, 1 worker, run 1/2", "tune: parallel, chunk 64.0 KiB, 1 worker, run 1/2",
                "tune: parallel, chunk 4.0 KiB, 1 worker, run 2/2", "tune: parallel, chunk 64.0 KiB, 1 worker, run 2/2");
        JsonNode configs = new ObjectMapper().readTree(run.out()).get("configurations");
        assertThat(configs).hasSize(2);
        assertThat(configs.get(0).get("chunkSize").asLong()).isEqualTo(4096L);
        assertThat(configs.get(1).get("runs").asInt()).isEqualTo(2);
    }

    @Test
    void aReportWhoseResultsCannotGiveAPlanListsItAsNotPossible() throws IOException {
        Path oneSize = Files.writeString(dir.resolve("one.json"), "[" + result("full", 16, 0.1, 80) + "]");
        String noSize = result("full", 16, 0.1, 80).replace(",\"size\":\"16MiB\"", "");
        Path unsized = Files.writeString(dir.resolve("unsized.json"), "[" + noSize + "]");
        for (Path input : new Path[] {oneSize, unsized}) {
            Path out = dir.resolve("r-" + input.getFileName());
            CliRun run = CliRun.of("report", input.toString(), "--out", out.toString(), "--target-size", "1GB");
            assertThat(run.code()).as(run.err()).isZero();
            String md = Files.readString(out.resolve("report.md"));
            assertThat(md).contains("Capacity plan: not possible (no ").doesNotContain("## Capacity plan");
            // said on stderr too, with report.md's reason: exit 0 alone would hide that the plan asked for is missing
            String notice = "report: no capacity plan for 1GB: not possible (";
            String end = "); " + out.resolve("report.md") + " lists it so";
            assertThat(run.err()).contains(notice).contains(end);
            String reason = run.err().substring(run.err().indexOf(notice) + notice.length(), run.err().indexOf(end));
            assertThat(md).contains("Capacity plan: not possible (" + reason + ")");
        }
        CliRun planned = CliRun.of("report", results().toString(), "--out", dir.resolve("r").toString(), "--target-size", "1GB");
        assertThat(planned.code()).isZero();
        assertThat(planned.err()).contains("Capacity plan").doesNotContain("no capacity plan");
    }

    @Test
    void aPlanFromResultsThatAllHaveAChunkSizeIsChartedAtThatChunkSize() throws IOException {
        // a chunking benchmark alone: every result carries chunkSize, and the plan's chart had nothing to draw
        List<String> rs = new ArrayList<>();
        for (int size : new int[] {64, 256}) {
            for (String chunk : new String[] {"1MiB", "8MiB"}) {
                rs.add(result("chunked", size, size / 300.0, 80).replace("\"size\":", "\"chunkSize\":\"" + chunk + "\",\"size\":"));
            }
        }
        Path chunking = Files.writeString(dir.resolve("chunking.json"), "[" + String.join(",", rs) + "]");
        Path out = dir.resolve("rc");
        CliRun run = CliRun.of("report", chunking.toString(), "--out", out.toString(), "--target-size", "1GiB");
        assertThat(run.code()).as(run.err()).isZero();
        assertThat(Files.readString(out.resolve("report.md"))).contains("## Capacity plan").contains("plan-time");
    }

    @Test
    void tuneRefusesAConfigurationTheScanWouldRefuseBeforeRunningAnything() throws IOException {
        Path csv = Files.writeString(dir.resolve("a.csv"), "cusip,isin,symbol\n");
        for (String[] bad : new String[][] {{"--workers", "0"}, {"--chunk-sizes", "0"}, {"--workers", "1,300"}}) {
            CliRun run = CliRun.of("tune", csv.toString(), bad[0], bad[1], "--out", dir.resolve("t").toString());
            assertThat(run.code()).as(String.join(" ", bad)).isEqualTo(2);
            assertThat(run.err().strip()).doesNotContain("\n").startsWith("chunkwise tune: --chunk-sizes/--workers: ")
                    .doesNotContain("tune: tune:").doesNotContain("chunkwise scan");
        }
        CliRun chunked = CliRun.of("tune", csv.toString(), "--strategy", "chunked", "--workers", "1,2", "--out",
                dir.resolve("t").toString());
        assertThat(chunked.code()).isEqualTo(2);
        assertThat(chunked.err().strip()).isEqualTo("chunkwise tune: --workers: the chunked strategy reads with one thread, "
                + "so there are no worker counts to sweep; use --strategy parallel to sweep workers");
        // the input is checked first: one with a record, so that the --out is what is refused
        Path oneRecord = Files.writeString(dir.resolve("one.csv"), "cusip,isin,symbol\n037833100,US0378331005,AAPL\n");
        for (String chunks : new String[] {"1MiB,2MiB", "1MiB"}) {
            CliRun tune = CliRun.of("tune", oneRecord.toString(), "--runs", "1", "--chunk-sizes", chunks, "--workers", "1",
                    "--out", csv.toString());
            assertThat(tune.code()).as(chunks).isEqualTo(2);
            assertThat(tune.err().strip()).isEqualTo("chunkwise tune: " + csv + " exists and is not a directory");
        }
        // a directory that cannot be made (procfs refuses it, even to root) is refused before the sweep (QA-9 G-5)
        Path special = Path.of("/proc/sys/chunkwise-tune");
        if (Files.isDirectory(special.getParent())) {
            Path master = Files.writeString(dir.resolve("m.csv"), "cusip,isin,symbol\n037833100,US0378331005,AAPL\n");
            CliRun refused = CliRun.of("tune", master.toString(), "--runs", "1", "--chunk-sizes", "1MiB", "--workers", "1",
                    "--out", special.toString());
            assertThat(refused.code()).isEqualTo(2);
            assertThat(refused.err().strip()).doesNotContain("\n").startsWith("chunkwise tune: --out " + special + ": ")
                    .doesNotContain("run 1/1");
        }
        CliRun report = CliRun.of("report", results().toString(), "--out", csv.toString());
        assertThat(report.code()).isEqualTo(2);
        assertThat(report.err().strip()).isEqualTo("chunkwise report: " + csv + " exists and is not a directory");
        CliRun under = CliRun.of("report", results().toString(), "--out", csv.resolve("sub").toString());
        assertThat(under.code()).isEqualTo(2);
        assertThat(under.err().strip()).doesNotContain("\n").contains(csv.resolve("sub") + ": " + csv + " is a file, not a directory");
    }

    @Test
    void tunePassesItsDelimiterToTheScans() throws IOException {
        Path piped = Files.writeString(dir.resolve("nasdaqlisted.txt"),
                "Symbol|Security Name|ETF\nAAPL|Apple Inc.|N\nQQQ|Invesco QQQ|Y\n");
        String[] common = {"tune", piped.toString(), "--runs", "1", "--workers", "1", "--chunk-sizes", "1MiB", "--json"};
        CliRun comma = CliRun.of(concat(common, "--out", dir.resolve("t1").toString()));
        assertThat(comma.code()).as(comma.err()).isZero();
        assertThat(comma.err()).contains("looks '|'-delimited: add --delimiter '|'");
        CliRun pipe = CliRun.of(concat(common, "--delimiter", "|", "--out", dir.resolve("t2").toString()));
        assertThat(pipe.code()).as(pipe.err()).isZero();
        assertThat(pipe.err()).doesNotContain("delimited");
    }

    private static String[] concat(String[] a, String... b) {
        String[] all = java.util.Arrays.copyOf(a, a.length + b.length);
        System.arraycopy(b, 0, all, a.length, b.length);
        return all;
    }

    @Test
    void aFileReadMostlyAsRejectsIsRefusedAndAFewRejectsAreSaidOnce() throws IOException {
        // not CSV: ragged rows are rejects, and timing them is timing the wrong work
        Path ragged = Files.writeString(dir.resolve("notcsv.csv"), "a,b,c\nx\ny,z\n1,2,3\n");
        CliRun refused = CliRun.of("tune", ragged.toString(), "--runs", "1", "--workers", "1", "--chunk-sizes", "1MiB",
                "--out", dir.resolve("t").toString());
        assertThat(refused.code()).isEqualTo(2);
        assertThat(refused.err().strip()).doesNotContain("\n").isEqualTo("chunkwise tune: " + ragged
                + ": the scan rejected 2 of 3 records, so the times would be of rejecting, not parsing ('chunkwise scan "
                + ragged + "' writes each with its line, byte offset and reason); tune needs a CSV file that reads cleanly"
                + " (check --delimiter)");
        Path some = Files.writeString(dir.resolve("some.csv"), "a,b,c\n1,2,3\nx\n4,5,6\n");
        CliRun noted = CliRun.of("tune", some.toString(), "--runs", "2", "--workers", "1", "--chunk-sizes", "4KiB,1MiB",
                "--out", dir.resolve("t2").toString(), "--json");
        assertThat(noted.code()).as(noted.err()).isZero();
        assertThat(noted.err().lines().filter(l -> l.contains("rejected")).toList()).containsExactly("tune: " + some
                + ": the scan rejected 1 of 3 records; the times include them ('chunkwise scan " + some
                + "' writes each with its line, byte offset and reason)");
        JsonNode json = new ObjectMapper().readTree(noted.out());
        assertThat(json.get("records").asLong()).isEqualTo(2);
        assertThat(json.get("rejected").asLong()).isEqualTo(1);
    }

    @Test
    void aDelimiterHintIsSaidOnceNotOnceARun() throws IOException {
        Path piped = Files.writeString(dir.resolve("piped.txt"), "Symbol|Name\nAAPL|Apple\n");
        CliRun run = CliRun.of("tune", piped.toString(), "--runs", "2", "--workers", "1", "--chunk-sizes", "4KiB,1MiB",
                "--out", dir.resolve("t").toString(), "--json");
        assertThat(run.code()).as(run.err()).isZero();
        assertThat(run.err().lines().filter(l -> l.contains("looks '|'-delimited"))).hasSize(1);
    }

    @Test
    void aFileTheScanRefusesIsOneLineInTunesWords() throws IOException {
        Path bad = Files.writeString(dir.resolve("bad.csv"), "a,b\n\"x,1\n");
        CliRun run = CliRun.of("tune", bad.toString(), "--runs", "1", "--workers", "1", "--chunk-sizes", "1MiB",
                "--out", dir.resolve("t").toString());
        assertThat(run.code()).isEqualTo(2);
        assertThat(run.err().strip()).doesNotContain("\n").isEqualTo("chunkwise tune: " + bad
                + ":2 (byte 4): quoted field opened at byte 4 is never closed (scanning with chunk size 1.0 MiB and 1 worker, exit 2)");
    }

    @Test
    void aFixLogIsRefusedBeforeTheSweepNotTunedAsACsv() throws IOException {
        // QA-9 G-12: read as CSV, a FIX log is a one-column "header" and one record a message: tune would recommend
        String message = "8=FIX.4.4|9=28|35=D|34=1|49=A|56=B|55=AAPL|10=095|\n";
        Path soh = Files.writeString(dir.resolve("orders.fix"), message.replace('|', '\u0001').repeat(3));
        Path prefixed = Files.writeString(dir.resolve("orders.log"), ("2026-01-02 09:30:00.000 " + message).repeat(3));
        for (Path log : List.of(soh, prefixed)) {
            Path out = dir.resolve("t-" + log.getFileName());
            CliRun run = CliRun.of("tune", log.toString(), "--runs", "1", "--chunk-sizes", "64KiB", "--workers", "1",
                    "--out", out.toString());
            assertThat(run.code()).as(log.toString()).isEqualTo(2);
            assertThat(run.err().strip()).doesNotContain("\n").isEqualTo("chunkwise tune: " + log + " looks like a FIX log "
                    + "(its first line holds 8=FIX), not CSV: tune times CSV scans; for a FIX log, time 'chunkwise fixscan' or "
                    + "'chunkwise reconcile' with --chunk-size and --workers (e.g. under 'chunkwise profile')");
            assertThat(out).as("refused before the sweep").doesNotExist();
        }
    }

    @Test
    void anEmptyOutIsAUsageErrorNotTheWorkingDirectory() throws IOException {
        // an unset shell variable (--out "$DIR") would write report.md, charts/ (tune's too) or the demo's data,
        // logs and profiles into the working directory
        Path csv = Files.writeString(dir.resolve("e.csv"), "cusip,isin,symbol\n037833100,US0378331005,AAPL\n");
        List<CliRun> runs = List.of(CliRun.of("report", results().toString(), "--out", ""),
                CliRun.of("tune", csv.toString(), "--runs", "1", "--workers", "1", "--chunk-sizes", "1MiB", "--out", ""),
                CliRun.of("demo", "--no-bench", "--out", " "),
                CliRun.of("bench", "--quick", "--suite", "profiler", "--out", ""));
        for (CliRun run : runs) {
            assertThat(run.code()).as(run.err()).isEqualTo(ExitCodes.USAGE);
            // "" is refused as a name, " " as a directory
            assertThat(run.err()).containsAnyOf("'--out': the name is empty", "--out is empty: name the output directory")
                    .doesNotContain("run 1/1");
        }
        assertThat(Path.of("report.md")).as("nothing written into the working directory").doesNotExist();
        assertThat(Path.of("data")).doesNotExist();
    }

    @Test
    void anEmptyTitleIsRefusedNotWrittenAsAnEmptyHeading() throws IOException {
        Path out = dir.resolve("untitled");
        for (String title : List.of("", "  ")) {
            CliRun run = CliRun.of("report", results().toString(), "--out", out.toString(), "--title", title);
            assertThat(run.code()).as(run.err()).isEqualTo(2);
            assertThat(run.err()).contains("--title must not be empty");
            assertThat(out.resolve("report.md")).doesNotExist();
        }
    }

    @Test
    void aZeroMemoryBudgetIsAUsageErrorBeforeAnyWork() throws IOException {
        CliRun plan = CliRun.of("plan", results().toString(), "--target-size", "200GB", "--memory-budget", "0");
        assertThat(plan.code()).as(plan.err()).isEqualTo(2);
        assertThat(plan.err()).contains("--memory-budget must be more than 0 bytes");
        CliRun report = CliRun.of("report", results().toString(), "--out", dir.resolve("r0").toString(),
                "--target-size", "200GB", "--memory-budget", "0");
        assertThat(report.code()).as(report.err()).isEqualTo(2);
        Path csv = Files.writeString(dir.resolve("z.csv"), "cusip,isin,symbol\n037833100,US0378331005,AAPL\n");
        CliRun tune = CliRun.of("tune", csv.toString(), "--memory-budget", "0", "--runs", "1", "--workers", "1",
                "--chunk-sizes", "1MiB", "--out", dir.resolve("t0").toString());
        assertThat(tune.code()).as(tune.err()).isEqualTo(2);
        assertThat(tune.err()).contains("--memory-budget must be more than 0 bytes").doesNotContain("run 1/1");
        assertThat(dir.resolve("t0")).doesNotExist();
    }

    @Test
    void aZeroTargetSizeIsAUsageErrorNamingTheOption() throws IOException {
        CliRun plan = CliRun.of("plan", results().toString(), "--target-size", "0");
        assertThat(plan.code()).as(plan.err()).isEqualTo(2);
        assertThat(plan.err().strip()).isEqualTo("chunkwise plan: --target-size must be more than 0 bytes");
        CliRun report = CliRun.of("report", results().toString(), "--out", dir.resolve("r0").toString(), "--target-size", "0");
        assertThat(report.code()).as(report.err()).isEqualTo(2);
        assertThat(report.err().strip()).isEqualTo("chunkwise report: --target-size must be more than 0 bytes");
        assertThat(dir.resolve("r0")).doesNotExist();
    }

    @Test
    void planAndReportPlanTheBenchmarksSelectedByName() throws IOException {
        List<String> rs = new ArrayList<>();
        for (int size : new int[] {64, 256}) {
            rs.add(result("mmap", size, size / 400.0, 80));
            // a peer, its variant its method's name: faster, and not one of the variants on trial
            rs.add(result("x", size, size / 9000.0, 60).replace("\"strategy\":\"x\",", "")
                    .replace("LoadBench.load", "Peers.newlineScan"));
        }
        Path file = Files.writeString(dir.resolve("peers.json"), "[" + String.join(",", rs) + "]");
        CliRun all = CliRun.of("plan", file.toString(), "--target-size", "200GB");
        assertThat(all.code()).as(all.err()).isZero();
        assertThat(all.err()).contains("| newlineScan |").contains("| comparison |").contains("Recommendation: mmap");
        CliRun peers = CliRun.of("plan", file.toString(), "--target-size", "200GB", "--benchmark", "Peers\\.");
        assertThat(peers.code()).as(peers.err()).isZero();
        assertThat(peers.err()).contains("Recommendation: newlineScan").doesNotContain("| mmap |");

        CliRun typo = CliRun.of("plan", file.toString(), "--target-size", "200GB", "--benchmark", "Lookup");
        assertThat(typo.code()).isEqualTo(2);
        assertThat(typo.err()).contains("no benchmark's name matches 'Lookup' (the results hold io.chunkwise.bench.LoadBench.load, "
                + "io.chunkwise.bench.Peers.newlineScan)");
        CliRun reportTypo = CliRun.of("report", file.toString(), "--out", dir.resolve("r").toString(), "--target-size", "200GB",
                "--benchmark", "Lookup");
        assertThat(reportTypo.code()).as("a typo is named, not a plan listed as not possible").isEqualTo(2);
        assertThat(reportTypo.err()).contains("no benchmark's name matches 'Lookup'");
        CliRun untargeted = CliRun.of("report", file.toString(), "--out", dir.resolve("r").toString(), "--benchmark", "Peers");
        assertThat(untargeted.code()).isEqualTo(2);
        assertThat(untargeted.err()).contains("--benchmark needs --target-size");
        CliRun notAPattern = CliRun.of("plan", file.toString(), "--target-size", "1GB", "--benchmark", "(");
        assertThat(notAPattern.code()).as("not a pattern").isEqualTo(2);
        assertThat(notAPattern.err().strip()).as("one line, no exception name (QA-18 Q18-4)").doesNotContain("\n")
                .doesNotContain("Exception").contains("'--benchmark'").contains("not a regular expression: Unclosed group");
    }

    @Test
    void badInputsExitTwo() throws IOException {
        Path empty = Files.writeString(dir.resolve("empty.json"), "[]");
        assertThat(CliRun.of("report", empty.toString(), "--out", dir.resolve("r").toString()).code()).isEqualTo(2);
        CliRun missing = CliRun.of("plan", dir.resolve("nope.json").toString(), "--target-size", "1GB");
        assertThat(missing.code()).isEqualTo(2);
        assertThat(missing.err()).contains("nope.json: no such file");
        Path oneSize = Files.writeString(dir.resolve("one.json"), "[" + result("full", 16, 0.1, 80) + "]");
        CliRun unfit = CliRun.of("plan", oneSize.toString(), "--target-size", "1GB");
        assertThat(unfit.code()).isEqualTo(2);
        assertThat(unfit.err()).contains("no variant was measured at two input sizes");
        assertThat(CliRun.of("plan", results().toString(), "--target-size", "lots").code()).isEqualTo(2);
        CliRun tune = CliRun.of("tune", dir.resolve("missing.csv").toString());
        assertThat(tune.code()).isEqualTo(2);
        assertThat(tune.err()).contains("no such file: " + dir.resolve("missing.csv"));
        Path csv = Files.writeString(dir.resolve("a.csv"), "cusip,isin,symbol\n");
        assertThat(CliRun.of("tune", csv.toString(), "--strategy", "mmap").err()).contains("use --strategy chunked or parallel");
    }

    @Test
    void duplicatedResultsAreRefusedByPlanAndReport() throws IOException {
        Path once = results();
        Path copy = Files.copy(once, dir.resolve("copy.json"));
        Path merged = Files.writeString(dir.resolve("merged.json"),
                "[" + result("full", 16, 0.16, 84) + "," + result("full", 16, 0.17, 85) + "]");
        List<List<String>> twice = List.of(List.of(once.toString(), once.toString()), List.of(once.toString(), copy.toString()),
                List.of(merged.toString()));
        for (List<String> inputs : twice) {
            List<String> plan = new ArrayList<>(List.of("plan"));
            plan.addAll(inputs);
            plan.addAll(List.of("--target-size", "200GB", "--memory-budget", "2GiB"));
            CliRun run = CliRun.of(plan.toArray(String[]::new));
            assertThat(run.code()).as(inputs.toString()).isEqualTo(2);
            assertThat(run.err().strip()).doesNotContain("\n").containsAnyOf("counted twice", "cannot be told apart");
            List<String> report = new ArrayList<>(List.of("report"));
            report.addAll(inputs);
            report.addAll(List.of("--out", dir.resolve("r").toString(), "--target-size", "200GB"));
            assertThat(CliRun.of(report.toArray(String[]::new)).code()).as(inputs.toString()).isEqualTo(2);
        }
        assertThat(CliRun.of("plan", once.toString(), once.toString(), "--target-size", "1GB").err())
                .contains(once + " is given twice");
        assertThat(CliRun.of("plan", merged.toString(), "--target-size", "1GB").err())
                .contains(merged + " has two results for io.chunkwise.bench.LoadBench.load");
        Files.createDirectories(dir.resolve("prof"));
        Files.writeString(dir.resolve("prof/summary.json"), "{\"metrics\":{}}");
        assertThat(CliRun.of("report", dir.resolve("prof").toString(), dir.resolve("prof/").toString(), "--out",
                dir.resolve("r2").toString()).err()).contains("is given twice");
        // one profile as its directory and its summary.json, or as a copy (QA-9 G-10)
        Path prof = Files.createDirectories(dir.resolve("run/prof"));
        Files.writeString(prof.resolve("summary.json"), """
                {"command": "sleep 2", "intervalMs": 50, "samples": 3, "exitCode": 0,
                 "metrics": {"rss_anon_mb": {"kind": "RssAnon", "unit": "MiB", "initial": 1.0, "peak": 2.0,
                                             "final": 2.0, "delta": 1.0, "peakAtMs": 50}}}""");
        Path profCopy = Files.createDirectories(dir.resolve("copy/prof"));
        Files.copy(prof.resolve("summary.json"), profCopy.resolve("summary.json"));
        for (List<Path> profiles : List.of(List.of(prof.resolve("summary.json"), prof), List.of(prof, profCopy))) {
            CliRun run = CliRun.of("report", profiles.get(0).toString(), profiles.get(1).toString(), "--out",
                    dir.resolve("r3").toString());
            assertThat(run.code()).as(profiles.toString()).isEqualTo(2);
            assertThat(run.err().strip()).doesNotContain("\n")
                    .startsWith("chunkwise report: " + profiles.get(0) + " and " + profiles.get(1) + " ")
                    .contains("the same profile").endsWith("give each profile once");
            assertThat(dir.resolve("r3")).doesNotExist();
        }
    }

    @Test
    void aBudgetWithoutAMemoryMetricIsAFindingNotACrash() throws IOException {
        Path noMemory = Files.writeString(dir.resolve("nomem.json"),
                Files.readString(results()).replaceAll("\"secondaryMetrics\":\\{.*?\\}\\}\\}", "\"secondaryMetrics\":{}}"));
        assertThat(Files.readString(noMemory)).doesNotContain("rssAnon");
        CliRun plan = CliRun.of("plan", noMemory.toString(), "--target-size", "200GB", "--memory-budget", "2GiB");
        // exit 0 would read as "fits the budget" to a CI gate
        assertThat(plan.code()).as(plan.err()).isEqualTo(1);
        assertThat(plan.err()).contains("cannot check").contains("Recommendation: mmap")
                .contains("the budget of 2.0 GiB cannot be checked")
                .contains("plan: exit 1: --memory-budget 2.0 GiB could not be checked, so the recommendation is by time alone")
                .doesNotContain("\tat ");
        CliRun noBudget = CliRun.of("plan", noMemory.toString(), "--target-size", "200GB");
        assertThat(noBudget.code()).as(noBudget.err()).isZero();
        assertThat(noBudget.err()).doesNotContain("exit 1");
        CliRun json = CliRun.of("plan", noMemory.toString(), "--target-size", "200GB", "--memory-budget", "2GiB", "--json");
        assertThat(new ObjectMapper().readTree(json.out()).get("variants").get(0).get("fitsBudget").isNull()).isTrue();
        CliRun report = CliRun.of("report", noMemory.toString(), "--out", dir.resolve("rn").toString(), "--target-size", "200GB",
                "--memory-budget", "2GiB");
        assertThat(report.code()).as(report.err()).isZero();
        assertThat(Files.readString(dir.resolve("rn/report.md"))).contains("cannot be checked");
    }

    @Test
    void aProfileWithNoSamplesIsListedNotChartedAndTheReportIsWritten() throws IOException {
        Path none = dir.resolve("t1");
        Path some = dir.resolve("p1");
        // what 'profile' writes for a command that ends before its first sample (e.g. 'true'; racy to produce)
        Files.createDirectories(none);
        Files.writeString(none.resolve("memory.csv"), "elapsed_ms,rss_mb,rss_anon_mb,rss_file_mb,rss_shmem_mb,vm_hwm_mb\n");
        Files.writeString(none.resolve("summary.json"), """
                {"command":"true","jvm":null,"intervalMs":50,"samples":0,"exitCode":0,"metrics":{},"phases":[],"pid":1,
                 "wallMs":43,"notes":["no samples: the command ended before it could be sampled (exit 0)"]}""");
        assertThat(CliRun.of("profile", "--out", some.toString(), "--", "sleep", "0.5").code()).isZero();
        Path out = dir.resolve("r");
        CliRun run = CliRun.of("report", none.toString(), some.toString(), "--out", out.toString());
        assertThat(run.code()).as(run.err()).isZero();
        String md = Files.readString(out.resolve("report.md"));
        assertThat(md).contains("Memory over time for " + none + ": no samples").contains("Memory over time: p1")
                .doesNotContain("Memory over time: t1");
    }
}
