package io.chunkwise.reports.report;

import static org.assertj.core.api.Assertions.assertThat;

import io.chunkwise.reports.JmhFiles;
import io.chunkwise.reports.chart.ChartSeries;
import io.chunkwise.reports.chart.NamedChart;
import io.chunkwise.reports.chart.ResultCharts;
import io.chunkwise.reports.model.Measures;
import io.chunkwise.reports.read.ResultInputs;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * QA: the by-size tables show every sized result (the ones alone in their group too), but their
 * charts left some out without a word: a benchmark measured at one size only (a quick run, or one
 * suite of two runs given together), and a lookup, whose results give no input rate, from the
 * throughput chart. Each result is now drawn (the lookups in operations per second) or named in
 * the section, with why.
 */
class SizeChartsLeftOutTest {
    private static final double MIB = 1 << 20;
    private static final String LOADER = "io.chunkwise.bench.loader.";

    @TempDir
    Path dir;

    /** The loader suite as bench writes it: index build, chunking, peers (newline scan with threads), lookups. */
    private static void loader(JmhFiles files, int sizeMiB, boolean chunkingAndPeers) {
        String size = sizeMiB + "MiB";
        double bytes = sizeMiB * MIB;
        for (String strategy : List.of("FULL", "PARALLEL")) {
            double ops = (strategy.equals("FULL") ? 1e9 : 2e9) / bytes;
            files.add(LOADER + "IndexBuildBenchmark.build", "thrpt", Map.of("size", size, "strategy", strategy), "ops/s",
                    new double[][] {{ops, ops * 1.01}}, memory(200, ops * bytes / 1e6));
        }
        if (chunkingAndPeers) {
            files.add(LOADER + "ChunkingBenchmark.chunked", "thrpt", Map.of("size", size, "chunkSize", "1MiB"), "ops/s",
                    new double[][] {{1.5e9 / bytes, 1.5e9 / bytes}}, memory(100, 1500));
            for (String workers : List.of("1", "2")) {
                double ops = Integer.parseInt(workers) * 1.4e9 / bytes;
                files.add(LOADER + "ChunkingBenchmark.parallel", "thrpt", Map.of("size", size, "chunkSize", "1MiB", "workers", workers),
                        "ops/s", new double[][] {{ops, ops}}, memory(110, ops * bytes / 1e6));
            }
            files.add(LOADER + "CsvPeerBenchmark.newlineScan", "thrpt", Map.of("size", size, "threads", "2"), "ops/s",
                    new double[][] {{1e10 / bytes, 1e10 / bytes}}, memory(60, 1e4));
        }
        // a lookup: no input is processed per operation, so no rate.mb
        Map<String, Double> lookupMemory = new LinkedHashMap<>(Map.of(Measures.PEAK_RSS_ANON, 90 * MIB));
        files.add(LOADER + "LookupBenchmark.lookup", "avgt", Map.of("size", size, "key", "cusip"), "us/op",
                new double[][] {{2.0, 2.1}}, lookupMemory);
    }

    private static Map<String, Double> memory(double rssAnonMiB, double megabytesPerSecond) {
        Map<String, Double> m = new LinkedHashMap<>();
        m.put(Measures.PEAK_RSS_ANON, rssAnonMiB * MIB);
        m.put("rate.mb", megabytesPerSecond);
        return m;
    }

    private String report(JmhFiles files) throws IOException {
        ResultInputs inputs = ResultInputs.read(List.of(files.write(dir.resolve("loader.json"))));
        return Files.readString(ReportWriter.write(ReportBuilder.build("loader", inputs), dir.resolve("out")).markdown());
    }

    private static String section(String md, String heading) {
        int start = md.indexOf("## " + heading);
        assertThat(start).as(heading).isNotNegative();
        int end = md.indexOf("\n## ", start + 3);
        return md.substring(start, end < 0 ? md.length() : end);
    }

    @Test
    void aQuickRunAtOneSizeNamesEveryBenchmarkItDrawsNoLineFor() throws IOException {
        JmhFiles files = new JmhFiles();
        loader(files, 64, true);
        String md = report(files);
        for (String heading : List.of("Memory by input size", "Throughput by input size")) {
            assertThat(section(md, heading)).as(heading).doesNotContain("![")
                    .contains("Not charted, only in the table: measured at one input size only, and a line against size needs two: "
                            + "IndexBuildBenchmark.build [thrpt] (64.0 MiB), ChunkingBenchmark [thrpt] (64.0 MiB), "
                            + "CsvPeerBenchmark [thrpt] (64.0 MiB), LookupBenchmark [avgt] {key=cusip} (64.0 MiB).")
                    .contains("| ChunkingBenchmark [thrpt] {chunkSize=1MiB, workers=2} | 64.0 MiB | parallel |");
        }
    }

    @Test
    void twoRunsOfWhichOneMeasuredASuiteAtOneSizeDrawTheOtherAndNameIt() throws IOException {
        JmhFiles files = new JmhFiles();
        loader(files, 64, true);
        loader(files, 1024, false);
        String md = report(files);
        String throughput = section(md, "Throughput by input size");
        assertThat(throughput).contains("![Throughput vs input size: IndexBuildBenchmark.build [thrpt]]")
                .contains("![Throughput vs input size: LookupBenchmark [avgt] {key=cusip}]")
                .contains("Not charted, only in the table: measured at one input size only, and a line against size needs two: "
                        + "ChunkingBenchmark [thrpt] (64.0 MiB), CsvPeerBenchmark [thrpt] (64.0 MiB).")
                .doesNotContain("IndexBuildBenchmark.build [thrpt] (64.0 MiB)");
        assertThat(section(md, "Memory by input size")).contains("![Peak RssAnon vs input size: LookupBenchmark [avgt] {key=cusip}]")
                .contains("ChunkingBenchmark [thrpt] (64.0 MiB), CsvPeerBenchmark [thrpt] (64.0 MiB).");
    }

    @Test
    void aLookupWithNoInputRateIsDrawnInOperationsPerSecond() throws IOException {
        JmhFiles files = new JmhFiles();
        loader(files, 64, true);
        loader(files, 1024, true);
        ResultInputs inputs = ResultInputs.read(List.of(files.write(dir.resolve("full.json"))));
        List<NamedChart> charts = ResultCharts.throughputVsSize(inputs.allResults());
        assertThat(charts).extracting(NamedChart::caption).containsExactly("Throughput vs input size: IndexBuildBenchmark.build [thrpt]",
                "Throughput vs input size: ChunkingBenchmark [thrpt]", "Throughput vs input size: CsvPeerBenchmark [thrpt]",
                "Throughput vs input size: LookupBenchmark [avgt] {key=cusip}");
        NamedChart lookup = charts.getLast();
        assertThat(lookup.lines().yTitle()).isEqualTo("operations per second");
        // 2.05 us/op on average: 487,805 operations a second
        assertThat(lookup.lines().series()).singleElement().satisfies(s -> assertThat(s.y()[0]).isCloseTo(1e6 / 2.05,
                org.assertj.core.data.Offset.offset(1.0)));
        // the results alone in their table group are a series each, nothing left out
        assertThat(charts.get(1).lines().series()).extracting(ChartSeries::name).containsExactly("chunked, 1.0 MiB chunks",
                "parallel, 1.0 MiB chunks, 1 worker", "parallel, 1.0 MiB chunks, 2 workers");
        assertThat(charts.get(2).lines().series()).extracting(ChartSeries::name).containsExactly("newlineScan, 2 workers");
        assertThat(charts.getFirst().lines().yTitle()).isEqualTo("input MB/s");
        assertThat(ResultCharts.throughputVsSizeLeftOut(inputs.allResults())).isEmpty();
        assertThat(ResultCharts.memoryVsSizeLeftOut(inputs.allResults())).isEmpty();
        String md = Files.readString(ReportWriter.write(ReportBuilder.build("full", inputs), dir.resolve("full")).markdown());
        assertThat(md).doesNotContain("Not charted");
    }

    @Test
    void aResultWithoutTheMemoryKindIsNamedUnderTheMemoryChart() throws IOException {
        // its profiler's NaN for RssAnon, with a heap figure: a row of the table ("–"), no point of the chart
        JmhFiles files = new JmhFiles();
        for (int size : new int[] {64, 1024}) {
            for (String strategy : List.of("FULL", "MMAP")) {
                files.add(LOADER + "IndexBuildBenchmark.build", "thrpt", Map.of("size", size + "MiB", "strategy", strategy), "ops/s",
                        new double[][] {{1e9 / size / MIB, 1e9 / size / MIB}},
                        Map.of(Measures.PEAK_RSS_ANON, size == 64 && strategy.equals("MMAP") ? Double.NaN : 100 * MIB,
                                Measures.PEAK_HEAP, 50 * MIB));
            }
        }
        ResultInputs inputs = ResultInputs.read(List.of(files.write(dir.resolve("nan.json"))));
        assertThat(ResultCharts.memoryVsSizeLeftOut(inputs.allResults())).containsExactly(
                "no peak RssAnon figure to draw (shown as – in the table): IndexBuildBenchmark.build at size=64MiB, strategy=MMAP");
    }
}
