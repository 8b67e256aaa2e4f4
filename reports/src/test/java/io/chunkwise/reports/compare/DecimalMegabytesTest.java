package io.chunkwise.reports.compare;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import io.chunkwise.reports.model.Measures;
import io.chunkwise.reports.model.MemoryUnit;
import io.chunkwise.reports.model.Score;
import io.chunkwise.reports.read.JmhJsonReader;
import io.chunkwise.reports.table.ReportFormat;
import io.chunkwise.reports.table.ResultTables;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * QA: the throughput profiler's {@code rate.mb} is decimal MB/s (10^6 bytes), but every MB was read
 * as JMH's GC profiler writes it (2^20): a current run's 1 MiB/s was shown and compared as
 * {@code 1.00 MB/s}, under a note saying {@code 1 MiB/s = 1.00 MB/s}. A figure labelled MB is 10^6
 * bytes, one labelled MiB 2^20, and only {@code -prof gc}'s MB/sec keeps JMH's 1,024².
 */
class DecimalMegabytesTest {
    @TempDir
    Path dir;

    /** @return a result at 1 s/op whose secondary metric has five iterations of value in unit, and a 1 MiB peak */
    static String result(String metric, String unit, double value) {
        return String.format(Locale.ROOT, """
                {"benchmark":"io.chunkwise.bench.loader.IndexBuildBenchmark.build","mode":"avgt","threads":1,"forks":1,
                 "params":{"size":"64MiB","strategy":"mmap"},
                 "primaryMetric":{"score":1.0,"scoreError":0.01,"scoreUnit":"s/op","rawData":[[0.99,1.0,1.01,1.0,1.0]]},
                 "secondaryMetrics":{"%s":{"score":%s,"scoreError":"NaN","scoreUnit":"%s","rawData":[[%s,%s,%s,%s,%s]]},
                  "mem.peak.rssAnon.bytes":{"score":1048576,"scoreError":"NaN","scoreUnit":"bytes","rawData":[[1048576]]}}}""",
                metric, value, unit, value, value, value, value, value);
    }

    ComparisonReport compare(String baseline, String current, String metric) throws IOException {
        Path b = Files.writeString(dir.resolve("baseline.json"), "[" + baseline + "]");
        Path c = Files.writeString(dir.resolve("current.json"), "[" + current + "]");
        return RunComparator.defaults().compare(JmhJsonReader.read(b), JmhJsonReader.read(c),
                List.of(metric, Measures.PEAK_RSS_ANON));
    }

    @Test
    void rateMbIsDecimalAndAMibPerSecondIsNotTakenForIt() throws IOException {
        ComparisonReport report = compare(result("rate.mb", "MB/s", 1.0), result("rate.mb", "MiB/s", 1.0), "rate.mb");
        Comparison rate = report.comparisons().get(1);
        assertThat(rate.metric()).isEqualTo("rate.mb");
        // 1 MiB/s is 1,048,576 bytes a second: 1.048576 MB/s, a rise of 4.9%, not 1.00 MB/s and no change
        assertThat(rate.currentScore().unit()).isEqualTo("MB/s");
        assertThat(rate.currentScore().value()).isCloseTo(1.048576, within(1e-12));
        assertThat(rate.changePercent()).isCloseTo(4.8576, within(1e-9));
        String table = ReportFormat.MARKDOWN.table(ComparisonTable.of(report));
        assertThat(table).contains("| 1.00 MB/s | 1.05 MB/s | +4.9% |")
                .contains("1 current score measured in MiB/s is shown and compared in MB/s, the baseline's unit (1 MiB/s = 1.05 MB/s).")
                // a memory figure of 1,048,576 bytes is 1.0 MiB
                .contains("| 1.0 MiB | 1.0 MiB | +0.0% |");
    }

    @Test
    void rateMbInItsOwnUnitPrintsAsMeasured() throws IOException {
        ComparisonReport report = compare(result("rate.mb", "MB/s", 1.0), result("rate.mb", "MB/s", 1.0), "rate.mb");
        assertThat(ReportFormat.MARKDOWN.table(ComparisonTable.of(report))).contains("| 1.00 MB/s | 1.00 MB/s | +0.0% |")
                .doesNotContain("shown and compared in");
        // and 1.0 MB/s of rate.mb is 1,000,000 bytes a second wherever a rate in bytes is derived from it
        assertThat(Measures.inUnit("rate.mb", new Score(1, Double.NaN, "MB/s", new double[0]), "KB/s").orElseThrow().value())
                .isCloseTo(1000, within(1e-9));
        assertThat(Measures.inUnit("rate.mb", new Score(1, Double.NaN, "MB/s", new double[0]), "KiB/s").orElseThrow().value())
                .isCloseTo(1e6 / 1024, within(1e-9));
    }

    @Test
    void reportsInputRateFromRateMbIsConvertedAsDecimal() throws IOException {
        // Input MB/s is decimal as rate.mb is: 1.048576 MB/s shows as 1.05; 1 MB/s as 1.00; 1 MiB/s is
        // 1,048,576 bytes a second, 1.05 MB/s (it showed as 1.00 in an Input MiB/s column)
        String decimal = result("rate.mb", "MB/s", 1.048576);
        String oneMb = result("rate.mb", "MB/s", 1.0).replace("\"mmap\"", "\"full\"");
        String mib = result("rate.mb", "MiB/s", 1.0).replace("\"mmap\"", "\"chunked\"");
        var results = JmhJsonReader.read(Files.writeString(dir.resolve("rates.json"), "[" + decimal + "," + oneMb + "," + mib + "]"))
                .results();
        assertThat(Measures.bytesPerSecond(results.get(1))).hasValue(1e6);
        assertThat(Measures.bytesPerSecond(results.get(2))).hasValue(1 << 20);
        String table = ReportFormat.MARKDOWN.table(ResultTables.throughputBySize(results).orElseThrow());
        assertThat(table).contains("Input MB/s").doesNotContain("MiB/s").contains("| mmap | 1.00 ± 0.0100 s/op | 1.05 |")
                .contains("| full | 1.00 ± 0.0100 s/op | 1.00 |").contains("| chunked | 1.00 ± 0.0100 s/op | 1.05 |");
    }

    @Test
    void jmhGcProfilersMegabytesStayTheirs() throws IOException {
        // -prof gc computes MB/sec as bytes / 1024 / 1024: 1 MB/sec of gc.alloc.rate is 1 MiB/sec
        assertThat(MemoryUnit.parse("gc.alloc.rate", "MB/sec").orElseThrow().bytes()).isEqualTo(1 << 20);
        assertThat(MemoryUnit.parse("rate.mb", "MB/s").orElseThrow().bytes()).isEqualTo(1e6);
        ComparisonReport report = compare(result("gc.alloc.rate", "MB/sec", 1.0), result("gc.alloc.rate", "KiB/sec", 1024), "gc.alloc.rate");
        assertThat(report.comparisons().get(1).changePercent()).isCloseTo(0, within(1e-9));
    }
}
