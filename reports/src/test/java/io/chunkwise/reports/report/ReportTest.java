package io.chunkwise.reports.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.chunkwise.reports.JmhFiles;
import io.chunkwise.reports.chart.StaleCharts;
import io.chunkwise.reports.model.BenchmarkResult;
import io.chunkwise.reports.model.Dimensions;
import io.chunkwise.reports.model.Measures;
import io.chunkwise.reports.model.Mode;
import io.chunkwise.reports.model.ResultSet;
import io.chunkwise.reports.read.JmhJsonReader;
import io.chunkwise.reports.read.ResultFileException;
import io.chunkwise.reports.read.ResultInputs;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ReportTest {
    @TempDir
    Path dir;

    /** A JMH JSON written the way another project's build would (JMH 1.36, JDK 21, its own package and params). */
    Path external() throws IOException {
        Path file = dir.resolve("external-codec.json");
        try (InputStream in = ReportTest.class.getResourceAsStream("/jmh/external-codec.json")) {
            Files.copy(in, file);
        }
        return file;
    }

    @Test
    void readsEveryModeOfAnotherProjectsJmhJson() throws IOException {
        ResultSet run = JmhJsonReader.read(external());
        assertThat(run.results()).hasSize(15);
        assertThat(run.results()).extracting(BenchmarkResult::mode).contains(Mode.THROUGHPUT, Mode.AVERAGE_TIME,
                Mode.SAMPLE_TIME, Mode.SINGLE_SHOT);
        BenchmarkResult decode = run.results().getFirst();
        assertThat(decode.shortName()).isEqualTo("JsonCodecBench.decode");
        assertThat(Dimensions.variant(decode)).isEqualTo("jackson");
        assertThat(Dimensions.sizeBytes(decode)).hasValue(1000);
        assertThat(decode.primary().samples()).hasSize(10);
        assertThat(decode.secondary()).containsKeys("gc.alloc.rate.norm", "gc.count");
        BenchmarkResult sample = run.results().stream().filter(r -> r.mode() == Mode.SAMPLE_TIME).findFirst().orElseThrow();
        assertThat(sample.primary().samples()).as("histogram means per iteration").hasSize(10);
        BenchmarkResult ss = run.results().getLast();
        assertThat(Measures.secondsPerOp(ss).getAsDouble()).isBetween(0.02, 0.1);
    }

    @Test
    void aBenchOutputDirectoryGivenAsInputNamesItsJsonFiles() throws IOException {
        Path benchOut = Files.createDirectories(dir.resolve("bench-results"));
        Files.copy(external(), benchOut.resolve("loader.json"));
        assertThatThrownBy(() -> ResultInputs.read(List.of(benchOut))).isInstanceOf(ResultFileException.class)
                .hasMessageContaining("not a profiler output directory")
                .hasMessageContaining("pass the JSON files themselves, e.g. " + benchOut.resolve("loader.json"));
    }

    @Test
    void aDirectoryHintNamesOnlyJmhJsonNeverOtherJson() throws IOException {
        Path logs = Files.createDirectories(dir.resolve("logs"));
        Files.writeString(logs.resolve("a.fix.expected.json"), "{\"planted\": 3}");
        Files.writeString(logs.resolve("b-empty.json"), "[]");
        assertThatThrownBy(() -> ResultInputs.read(List.of(logs))).isInstanceOf(ResultFileException.class)
                .hasMessageEndingWith("not a profiler output directory (no memory.csv or summary.json)");
        Files.copy(external(), logs.resolve("loader.json"));
        assertThatThrownBy(() -> ResultInputs.read(List.of(logs))).isInstanceOf(ResultFileException.class)
                .hasMessageEndingWith("pass the JSON files themselves, e.g. " + logs.resolve("loader.json"));
    }

    @Test
    void aProfilesChunkTimingsAreTabledBesideItsMemory() throws IOException {
        Path prof = Files.createDirectories(dir.resolve("reconcile-prof"));
        Files.writeString(prof.resolve("summary.json"), """
                {"command": "reconcile --master m.csv --fix f.log", "intervalMs": 50, "samples": 30, "exitCode": 1,
                 "metrics": {"rss_anon_mb": {"kind": "RssAnon", "unit": "MiB", "initial": 8.0, "peak": 115.0,
                                             "final": 90.0, "delta": 82.0, "peakAtMs": 900}},
                 "jfr": {"gcCount": 1, "work": [
                   {"event": "io.chunkwise.Chunk", "label": "Chunk", "strategy": "fix-parallel", "count": 23, "threads": 2,
                    "medianMs": 53.447, "firstPerThreadMaxMs": 589.749, "maxMs": 589.749, "busyTotalMs": 2363.5,
                    "busyPerThreadMinMs": 1166.38, "busyPerThreadMaxMs": 1197.188, "mb": 367.5,
                    "mbPerSecPerThread": 155.505, "fallbacks": 1},
                   {"event": "io.chunkwise.dataset.Batch", "label": "Dataset Batch", "strategy": null, "count": 3906,
                    "threads": 2, "medianMs": 0.1, "firstPerThreadMaxMs": 70.8, "maxMs": 70.8, "busyTotalMs": 784.1,
                    "busyPerThreadMinMs": 390.1, "busyPerThreadMaxMs": 394.0, "mb": null, "mbPerSecPerThread": null,
                    "fallbacks": 0}]}}
                """);
        Path quiet = Files.createDirectories(dir.resolve("no-jfr-prof"));
        Files.writeString(quiet.resolve("summary.json"), """
                {"command": "scan m.csv", "intervalMs": 50, "samples": 3, "exitCode": 0,
                 "metrics": {"rss_anon_mb": {"kind": "RssAnon", "unit": "MiB", "initial": 8.0, "peak": 30.0,
                                             "final": 30.0, "delta": 22.0, "peakAtMs": 100}}}
                """);

        String md = Files.readString(ReportWriter.write(ReportBuilder.build("Timings", ResultInputs.read(List.of(prof, quiet))),
                dir.resolve("out")).markdown());
        assertThat(md).contains("Chunk and batch timings (JFR)").contains("| MB/s a thread | Fallbacks |")
                // 367.5 MiB over 2,363.5 ms busy: 163 MB/s a thread, whichever unit an older summary's mbPerSecPerThread held (its 155.5 was MiB/s)
                .contains("| reconcile-prof | Chunk (fix-parallel) | 23 | 2 | 53.4 ms | 590 ms | 1.17 s | 1.20 s | 163 | 1 |")
                .contains("| reconcile-prof | Dataset Batch | 3,906 | 2 | 100 µs | 70.8 ms | 390 ms | 394 ms | – | 0 |")
                .doesNotContain("| no-jfr-prof | Chunk");

        String without = Files.readString(ReportWriter.write(ReportBuilder.build("Quiet", ResultInputs.read(List.of(quiet))),
                dir.resolve("out-quiet")).markdown());
        assertThat(without).contains("Memory profiling results").doesNotContain("Chunk and batch timings");
    }

    /** A profiler output directory as {@code profile} writes it, with one RssAnon series peaking at {@code peakMiB}. */
    static Path profile(Path dir, double peakMiB) throws IOException {
        Files.createDirectories(dir);
        Files.writeString(dir.resolve("memory.csv"), "elapsed_ms,rss_anon_mb\n0,8.0\n50," + peakMiB + "\n100,20.0\n");
        Files.writeString(dir.resolve("summary.json"), """
                {"command": "scan m.csv", "intervalMs": 50, "samples": 3, "exitCode": 0,
                 "metrics": {"rss_anon_mb": {"kind": "RssAnon", "unit": "MiB", "initial": 8.0, "peak": %s,
                                             "final": 20.0, "delta": 12.0, "peakAtMs": 50}}}
                """.formatted(peakMiB));
        return dir;
    }

    @Test
    void oneProfileGivenTwiceIsRefused() throws IOException {
        // QA-9 G-10: as its directory and its summary.json, or as a copy, it would be tabled and charted twice
        Path prof = profile(dir.resolve("a").resolve("prof"), 30);
        Path summary = prof.resolve("summary.json");
        assertThatThrownBy(() -> ResultInputs.read(List.of(summary, prof))).isInstanceOf(IllegalArgumentException.class)
                .hasMessage(summary + " and " + prof + " are the same profile: its results would be counted twice; "
                        + "give each profile once");
        Path copy = Files.createDirectories(dir.resolve("c").resolve("prof"));
        for (String f : List.of("memory.csv", "summary.json")) {
            Files.copy(prof.resolve(f), copy.resolve(f));
        }
        assertThatThrownBy(() -> ResultInputs.read(List.of(prof, copy))).isInstanceOf(IllegalArgumentException.class)
                .hasMessage(prof + " and " + copy + " hold the same profile (identical summary.json, a copy): its results "
                        + "would be counted twice; give each profile once");
        Path memoryOnly = Files.createDirectories(dir.resolve("m"));
        Files.copy(prof.resolve("memory.csv"), memoryOnly.resolve("memory.csv"));
        Path memoryCopy = Files.createDirectories(dir.resolve("m2"));
        Files.copy(prof.resolve("memory.csv"), memoryCopy.resolve("memory.csv"));
        assertThatThrownBy(() -> ResultInputs.read(List.of(memoryOnly, memoryCopy)))
                .hasMessageContaining("hold the same profile (identical memory.csv, a copy)");
    }

    @Test
    void profilesThatShareADirectoryNameAreNamedByTheirPaths() throws IOException {
        Path run1 = profile(dir.resolve("run1").resolve("prof"), 30);
        Path run2 = profile(dir.resolve("run2").resolve("prof"), 40);
        Path solo = profile(dir.resolve("run2").resolve("solo"), 50);
        ResultInputs inputs = ResultInputs.read(List.of(run1, run2.resolve("summary.json"), solo));
        assertThat(inputs.summaries()).extracting(s -> s.name()).containsExactly("run1/prof", "run2/prof", "solo");
        // run2 given as its summary.json is charted too, from the memory.csv beside it
        assertThat(inputs.timelines()).extracting(t -> t.name()).containsExactly("run1/prof", "run2/prof", "solo");

        ReportWriter.Written written = ReportWriter.write(ReportBuilder.build("Runs", ResultInputs.read(List.of(run1, run2))),
                dir.resolve("out"));
        String md = Files.readString(written.markdown());
        assertThat(md).contains("| run1/prof | RssAnon |", "| run2/prof | RssAnon |", "Memory over time: run1/prof",
                "Memory over time: run2/prof", "Profiled runs: run1/prof, run2/prof.").doesNotContain("| prof |");
        assertThat(written.charts()).extracting(p -> p.getFileName().toString())
                .contains("memory-timeline-run1-prof.png", "memory-timeline-run2-prof.png");
    }

    @Test
    void aProfilersMarkerWithNoNumberIsLeftOutNotRefused() throws IOException {
        // -prof async adds a secondary metric "async" whose score JMH writes as "NaN"
        Path file = Files.writeString(dir.resolve("async.json"), """
                [{"benchmark":"x.B.m","mode":"thrpt","threads":1,"forks":1,"params":{},
                  "primaryMetric":{"score":10.0,"scoreError":0.5,"scoreUnit":"ops/s","rawData":[[9.9,10.0,10.1]]},
                  "secondaryMetrics":{"async":{"score":"NaN","scoreError":"NaN","scoreUnit":"","rawData":[["NaN"]]},
                                      "gc.count":{"score":3.0,"scoreError":"NaN","scoreUnit":"counts","rawData":[[3.0]]}}}]""");
        BenchmarkResult r = JmhJsonReader.read(file).results().getFirst();
        assertThat(r.secondary()).containsOnlyKeys("gc.count");
    }

    @Test
    void reportsOnAnotherProjectsResults() throws IOException {
        Report report = ReportBuilder.build("Codec report", ResultInputs.read(List.of(external())));
        ReportWriter.Written written = ReportWriter.write(report, dir.resolve("out"));
        String md = Files.readString(written.markdown());
        assertThat(md).contains("# Codec report").contains("## Throughput by input size")
                .contains("| JsonCodecBench.decode [thrpt] | 977 KiB | dsljson |")
                .contains("Not in this report (the results do not have the data): Memory by input size")
                .doesNotContain("NaN").doesNotContain("TODO");
        String html = Files.readString(written.html());
        assertThat(html).startsWith("<!DOCTYPE html>").contains("data:image/png;base64,").contains("<td class=\"num\">");
        assertThat(written.charts()).extracting(p -> p.getFileName().toString())
                .contains("throughput-vs-size-jsoncodecbench-decode-thrpt.png", "side-by-side-jsoncodecbench-decode-thrpt.png")
                .noneMatch(n -> n.startsWith("throughput-vs-size-jsoncodecbench-encode"));
        for (Path png : written.charts().stream().filter(p -> p.toString().endsWith(".png")).toList()) {
            BufferedImage image = ImageIO.read(png.toFile());
            assertThat(image.getWidth()).as(png.toString()).isGreaterThan(600);
        }
    }

    @Test
    void reportsOurOwnShapeOfResults() throws IOException {
        double mib = 1 << 20;
        JmhFiles files = new JmhFiles();
        for (String strategy : List.of("full", "chunked", "mmap")) {
            for (int size : new int[] {16, 64, 256}) {
                double seconds = size / (strategy.equals("full") ? 100.0 : 300.0);
                double anon = strategy.equals("full") ? (60 + size * 1.5) * mib : 80 * mib + size * 100;
                files.add("io.chunkwise.bench.LoadBench.load", "avgt", Map.of("strategy", strategy, "size", size + "MiB"), "s/op",
                        JmhFiles.noisy(seconds, 0.02, size), Map.of(Measures.PEAK_RSS_ANON, anon));
            }
        }
        Path json = files.write(dir.resolve("ours.json"));
        Report report = ReportBuilder.build("Ours", ResultInputs.read(List.of(json)));
        String md = Files.readString(ReportWriter.write(report, dir.resolve("out")).markdown());
        assertThat(md).contains("| LoadBench.load [avgt] | 256 MiB | mmap | 80.0 MiB | +82.0% |")
                .contains("| LoadBench.load [avgt] | full | 3 | 1.50 |").contains("| O(n) |")
                .contains("| LoadBench.load [avgt] | mmap | 3 |").contains("| O(1) |")
                .contains("memory-vs-size-loadbench-load-avgt.png")
                .contains("## All results").doesNotContain("### All results");
        // one chunk size and one worker count per benchmark: nothing to compare, listed as not possible
        JmhFiles single = new JmhFiles();
        for (int size : new int[] {16, 64}) {
            single.add("io.chunkwise.bench.LoadBench.load", "avgt", Map.of("strategy", "parallel", "size", size + "MiB",
                    "chunkSize", "8MiB", "workers", "2"), "s/op", JmhFiles.noisy(size / 300.0, 0.02, size), Map.of());
        }
        Report one = ReportBuilder.build("One", ResultInputs.read(List.of(single.write(dir.resolve("single.json")))));
        String oneMd = Files.readString(ReportWriter.write(one, dir.resolve("one")).markdown());
        assertThat(oneMd).doesNotContain("## Chunk size impact").doesNotContain("## Scaling with workers")
                .contains("Chunk size impact: no benchmark was measured at two chunk sizes or more")
                .contains("Scaling with workers: no benchmark was measured with two worker counts or more");
    }

    @Test
    void aReportWrittenOverAnEarlierOneLeavesOnlyItsOwnCharts() throws IOException {
        Path out = dir.resolve("out");
        ReportWriter.Written first = ReportWriter.write(ReportBuilder.build("Codec", ResultInputs.read(List.of(external()))), out);
        Path notes = Files.writeString(out.resolve(ReportWriter.CHARTS).resolve("notes.txt"), "mine");
        JmhFiles other = new JmhFiles();
        for (String strategy : List.of("full", "mmap")) {
            for (int size : new int[] {16, 64, 256}) {
                other.add("io.chunkwise.bench.LoadBench.load", "avgt", Map.of("strategy", strategy, "size", size + "MiB"),
                        "s/op", JmhFiles.noisy(size / 300.0, 0.02, size), Map.of(Measures.PEAK_RSS_ANON, size * 1e6));
            }
        }
        ReportWriter.Written second = ReportWriter.write(
                ReportBuilder.build("Load", ResultInputs.read(List.of(other.write(dir.resolve("load.json"))))), out);
        assertThat(second.charts()).isNotEmpty();
        try (var left = Files.list(out.resolve(ReportWriter.CHARTS))) {
            assertThat(left.filter(p -> !p.equals(notes) && !p.getFileName().toString().equals(StaleCharts.MANIFEST)).toList())
                    .as("the first report's charts are gone")
                    .containsExactlyInAnyOrderElementsOf(second.charts());
        }
        assertThat(first.charts()).noneMatch(Files::exists);
        assertThat(notes).as("not a chart: left alone").exists();
    }

    @Test
    void aUsersOwnImagesInTheChartsDirectoryAreNeverRemoved() throws IOException {
        Path out = dir.resolve("docs");
        Path charts = Files.createDirectories(out.resolve(ReportWriter.CHARTS));
        Path png = Files.write(charts.resolve("architecture.png"), new byte[] {(byte) 0x89, 'P', 'N', 'G'});
        Path svg = Files.writeString(charts.resolve("logo.svg"), "<svg/>");
        ReportWriter.Written first = ReportWriter.write(ReportBuilder.build("Codec", ResultInputs.read(List.of(external()))), out);
        assertThat(first.charts()).isNotEmpty().allMatch(Files::exists);
        assertThat(png).as("not written by a report: left alone").hasBinaryContent(new byte[] {(byte) 0x89, 'P', 'N', 'G'});
        assertThat(svg).as("not written by a report: left alone").hasContent("<svg/>");
        // a second report over it, with other charts: the first one's go, the user's stay
        JmhFiles other = new JmhFiles();
        for (int size : new int[] {16, 64, 256}) {
            other.add("io.chunkwise.bench.LoadBench.load", "avgt", Map.of("strategy", "full", "size", size + "MiB"),
                    "s/op", JmhFiles.noisy(size / 300.0, 0.02, size), Map.of(Measures.PEAK_RSS_ANON, size * 1e6));
        }
        ReportWriter.write(ReportBuilder.build("Load", ResultInputs.read(List.of(other.write(dir.resolve("load.json"))))), out);
        assertThat(first.charts()).noneMatch(Files::exists);
        assertThat(png).exists();
        assertThat(svg).exists();
    }

    @Test
    void anOutputPathThatIsAFileIsAClearError() throws IOException {
        Report report = ReportBuilder.build("Codec report", ResultInputs.read(List.of(external())));
        Path file = Files.writeString(dir.resolve("afile"), "keep me");
        assertThatThrownBy(() -> ReportWriter.write(report, file)).isInstanceOf(IllegalArgumentException.class)
                .hasMessage(file + " exists and is not a directory");
        assertThat(file).hasContent("keep me");
    }

    @Test
    void aReportThatCannotBeWrittenSaysWhyNotOnlyWhere() throws IOException {
        Report report = ReportBuilder.build("Codec report", ResultInputs.read(List.of(external())));
        Path out = Files.createDirectories(dir.resolve("out"));
        Files.writeString(out.resolve("charts"), "a user's file where the charts go");
        assertThatThrownBy(() -> ReportWriter.write(report, out)).isInstanceOf(UncheckedIOException.class)
                .hasMessageStartingWith("cannot write chart " + out.resolve("charts") + "/")
                .hasMessageEndingWith(".png: " + out.resolve("charts") + " already exists");
        assertThat(out.resolve("charts")).hasContent("a user's file where the charts go");
    }

    @Test
    void badInputsAreClearErrors() throws IOException {
        assertThatThrownBy(() -> ResultInputs.read(List.of(dir.resolve("missing.json"))))
                .isInstanceOf(ResultFileException.class).hasMessageContaining("missing.json: no such file");
        Path empty = Files.writeString(dir.resolve("empty.json"), "[]");
        assertThatThrownBy(() -> ResultInputs.read(List.of(empty))).hasMessageContaining("no benchmark results");
        Path notJmh = Files.writeString(dir.resolve("x.json"), "[{\"name\": 1}]");
        assertThatThrownBy(() -> ResultInputs.read(List.of(notJmh))).hasMessageContaining("not JMH JSON");
        Path text = Files.writeString(dir.resolve("notes.txt"), "hello");
        assertThatThrownBy(() -> ResultInputs.read(List.of(text))).hasMessageContaining("notes.txt:1: not JSON");
        Path truncated = Files.writeString(dir.resolve("trunc.json"), "[\n {\"benchmark\": \"a.B.c\",\n  \"mode\": \"thrpt\"\n");
        assertThatThrownBy(() -> ResultInputs.read(List.of(truncated))).isInstanceOf(ResultFileException.class)
                .hasMessage(truncated + ":4: truncated or not JSON: it ends at column 1 inside an object or array");
        assertThatThrownBy(() -> ResultInputs.read(List.of(text))).hasMessageNotContaining("Source")
                .hasMessageNotContaining("REDACTED").hasMessageContaining("at column");
        Path commented = Files.writeString(dir.resolve("commented.json"), "// results\n[]");
        assertThatThrownBy(() -> ResultInputs.read(List.of(commented))).hasMessageContaining("commented.json:1: not JSON")
                .hasMessageNotContaining("Feature").hasMessageNotContaining("enabled");
        // Python's json module writes a NaN bare: it is read as the number it means, and judged as one
        Path bareNaN = Files.writeString(dir.resolve("nan.json"),
                "[{\"benchmark\":\"a.B.c\",\"mode\":\"thrpt\",\"primaryMetric\":{\"score\":NaN,\"scoreUnit\":\"ops/s\"}}]");
        assertThatThrownBy(() -> ResultInputs.read(List.of(bareNaN))).isInstanceOf(ResultFileException.class)
                .hasMessageContaining("nan.json").hasMessageNotContaining("JsonReadFeature").hasMessageNotContaining("not JSON");
        Path plainDir = Files.createDirectory(dir.resolve("plain"));
        assertThatThrownBy(() -> ResultInputs.read(List.of(plainDir))).hasMessageContaining("not a profiler output directory");
        Path badMode = Files.writeString(dir.resolve("mode.json"),
                "[{\"benchmark\":\"a.B.c\",\"mode\":\"fast\",\"primaryMetric\":{\"score\":1,\"scoreUnit\":\"ops/s\"}}]");
        assertThatThrownBy(() -> ResultInputs.read(List.of(badMode))).hasMessageContaining("unknown JMH mode 'fast'");
    }
}
