package io.chunkwise.reports.table;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import io.chunkwise.reports.chart.ChartSpec;
import io.chunkwise.reports.chart.ResultCharts;
import io.chunkwise.reports.model.BenchmarkResult;
import io.chunkwise.reports.model.Mode;
import io.chunkwise.reports.model.RunSummary;
import io.chunkwise.reports.model.Score;
import io.chunkwise.reports.model.WorkTimes;
import io.chunkwise.reports.plan.TuneMeasurement;
import io.chunkwise.reports.plan.Tuning;
import java.util.List;
import java.util.Map;
import java.util.OptionalLong;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

/**
 * Input throughput is decimal MB/s (10^6 bytes a second) in every table and chart, as bench's
 * {@code rate.mb}, {@code index}'s own line and the README give it: report's and tune's column was
 * "Input MiB/s" (2^20), so one speed read 1,380 MB/s in one table and 1,317 MiB/s in another.
 */
class InputMegabytesTest {
    private static final long MIB = 1 << 20;

    /** Another project's result (no rate.mb): its input rate is its size over its time per operation. */
    private static BenchmarkResult parse(String strategy, long sizeBytes, double secondsPerOp) {
        return new BenchmarkResult("com.example.ParseBench.parse", Mode.AVERAGE_TIME,
                new TreeMap<>(Map.of("strategy", strategy, "size", Long.toString(sizeBytes))), 1, 1,
                new Score(secondsPerOp, 0.01, "s/op", new double[0]), Map.of());
    }

    private static int column(Table t, String header) {
        return t.columns().stream().map(Table.Column::header).toList().indexOf(header);
    }

    @Test
    void reportsThroughputTableShowsDecimalMegabytesASecond() {
        // 1 MiB in 1 s is 1,048,576 bytes a second: 1.05 MB/s (it showed as 1.00 in Input MiB/s); in 0.5 s, 2.10 MB/s
        Table t = ResultTables.throughputBySize(List.of(parse("full", MIB, 1.0), parse("mmap", MIB, 0.5))).orElseThrow();
        assertThat(t.columns()).extracting(Table.Column::header).contains("Input MB/s").doesNotContain("Input MiB/s");
        int c = column(t, "Input MB/s");
        assertThat(t.text(0, c)).isEqualTo("1.05");
        assertThat(t.text(1, c)).isEqualTo("2.10");
        // a speed of exactly 10^6 bytes a second is 1.00 MB/s
        Table decimal = ResultTables.throughputBySize(List.of(parse("full", 1_000_000, 1.0), parse("mmap", 1_000_000, 0.5)))
                .orElseThrow();
        assertThat(decimal.text(0, c)).isEqualTo("1.00");
        assertThat(ReportFormat.MARKDOWN.table(t)).contains("| Input MB/s |").doesNotContain("MiB/s");
    }

    @Test
    void tunesEvidenceTableShowsDecimalMegabytesASecond() {
        // a 1 MiB file scanned in a median of 1 s: 1,048,576 bytes a second, 1.05 MB/s
        Tuning.Result result = Tuning.analyse(List.of(new TuneMeasurement("parallel", 256 << 10, 1, MIB,
                new double[] {0.9, 1.0, 1.1}, new double[] {60.0 * MIB, 61.0 * MIB, 62.0 * MIB})), OptionalLong.empty());
        Table t = result.evidence();
        assertThat(t.columns()).extracting(Table.Column::header).contains("Input MB/s").doesNotContain("Input MiB/s");
        assertThat(t.text(0, column(t, "Input MB/s"))).isEqualTo("1.05");
    }

    @Test
    void throughputChartsDrawDecimalMegabytesASecond() {
        List<BenchmarkResult> rs = List.of(parse("full", MIB, 1.0), parse("full", 10 * MIB, 10.0),
                parse("mmap", MIB, 0.5), parse("mmap", 10 * MIB, 5.0));
        ChartSpec size = ResultCharts.throughputVsSize(rs).getFirst().lines();
        assertThat(size.yTitle()).isEqualTo("input MB/s");
        assertThat(size.series().getFirst().y()).containsExactly(new double[] {1.048576, 1.048576}, within(1e-9));
        var bars = ResultCharts.sideBySide(rs).getFirst().bars();
        assertThat(bars.yTitle()).isEqualTo("input MB/s (best of each)");
        assertThat(bars.values()).containsExactly(new double[] {1.048576, 2.097152}, within(1e-9));
    }

    @Test
    void chunkTimingsColumnIsMegabytesASecondAThread() {
        // summary.json's mbPerSecPerThread is decimal MB/s, shown as it is
        RunSummary run = new RunSummary("prof", "index m.csv", 50, 10, 0, Map.of(), List.of(), List.of(new WorkTimes("Chunk", "mmap", 128, 1, 6.3, 151.6, 2195.1,
                2195.1, 466.0, 0)));
        Table t = ResultTables.workTimings(List.of(run)).orElseThrow();
        assertThat(t.columns()).extracting(Table.Column::header).contains("MB/s a thread").doesNotContain("MiB/s a thread");
        assertThat(t.text(0, column(t, "MB/s a thread"))).isEqualTo("466");
    }
}
