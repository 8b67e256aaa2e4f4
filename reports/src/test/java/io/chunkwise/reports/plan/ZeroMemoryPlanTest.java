package io.chunkwise.reports.plan;

import static org.assertj.core.api.Assertions.assertThat;

import io.chunkwise.reports.JmhFiles;
import io.chunkwise.reports.chart.ChartSeries;
import io.chunkwise.reports.model.BenchmarkResult;
import io.chunkwise.reports.model.Measures;
import io.chunkwise.reports.read.JmhJsonReader;
import io.chunkwise.reports.table.ReportFormat;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.OptionalLong;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * QA: a loader whose peak grows 2 bytes per input byte above a base its line puts below zero (a
 * real full load's peak measured at 64 MiB to 1 GiB) was planned at 16 MiB as needing {@code 0 B},
 * band {@code 0 B – 41.5 MiB}, and fit a 100 MiB budget. No run needs 0 bytes: such a peak is not
 * predicted, and a band clamped at zero says so, as a time band does.
 */
class ZeroMemoryPlanTest {
    private static final double MIB = 1 << 20;

    @TempDir
    Path dir;

    private List<BenchmarkResult> results() throws IOException {
        JmhFiles files = new JmhFiles();
        double[] wobble = {3, -2, 1};
        int i = 0;
        for (int size : new int[] {64, 256, 1024}) {
            double s = size / 100.0;
            files.add("org.example.LoadBench.load", "avgt", Map.of("strategy", "full", "size", size + "MiB"), "s/op",
                    new double[][] {{s * 0.99, s, s * 1.01}}, Map.of(Measures.PEAK_RSS_ANON, (2 * size - 50 + wobble[i]) * MIB));
            files.add("org.example.LoadBench.load", "avgt", Map.of("strategy", "mmap", "size", size + "MiB"), "s/op",
                    new double[][] {{s / 3 * 0.99, s / 3, s / 3 * 1.01}}, Map.of(Measures.PEAK_RSS_ANON, (80 + wobble[i]) * MIB));
            i++;
        }
        return JmhJsonReader.read(files.write(dir.resolve("results.json"))).results();
    }

    @Test
    void aPeakWhoseLineCrossesZeroIsNotPredictedNorSaidToFit() throws IOException {
        CapacityPlan plan = CapacityPlanner.plan(results(), 16L << 20, OptionalLong.of(100L << 20));
        VariantPlan full = plan.variants().getFirst();
        assertThat(full.name()).isEqualTo("full");
        assertThat(full.predictedPeakAnonBytes()).isNull();
        assertThat(full.fitsBudget()).isNull();
        assertThat(plan.notes()).anyMatch(n -> n.equals("full: its fitted peak RssAnon reaches zero between 16.0 MiB and the smallest "
                + "size measured (64.0 MiB, 256 MiB, 1.0 GiB): no run needs 0 bytes, so its memory is not predicted and the budget "
                + "cannot be checked; measure at sizes around the target"));
        assertThat(plan.variants()).allMatch(v -> v.predictedPeakAnonBytes() == null || v.predictedPeakAnonBytes() > 0);
        // the variant whose memory was predicted is still checked and recommended
        assertThat(plan.recommendation().variant()).isEqualTo("mmap");
        assertThat(ReportFormat.MARKDOWN.table(PlanTable.variants(plan))).doesNotContain("| 0 B");
    }

    @Test
    void aPeakNotPredictedKeepsItsMeasuredPointsOnTheMemoryChart() throws IOException {
        // full alone: no variant's memory is predicted, and the chart lost full's measurements with its prediction
        List<BenchmarkResult> full = results().stream().filter(r -> r.params().get("strategy").equals("full")).toList();
        CapacityPlan plan = CapacityPlanner.plan(full, 16L << 20, OptionalLong.of(100L << 20));
        assertThat(plan.variants().getFirst().predictedPeakAnonBytes()).isNull();
        var memory = PlanChart.of(full, plan).stream().filter(c -> c.baseName().equals("plan-memory")).findFirst().orElseThrow();
        assertThat(memory.lines().series()).extracting(ChartSeries::name).containsExactly("full (measured)");
        ChartSeries measured = memory.lines().series().getFirst();
        assertThat(measured.y()).hasSize(3);
        assertThat(measured.y()[2]).isEqualTo(2 * 1024 - 50 + 1, org.assertj.core.api.Assertions.within(0.01)); // MiB at 1 GiB
        // beside a variant whose memory was predicted, both are drawn, and only that one's prediction
        CapacityPlan both = CapacityPlanner.plan(results(), 16L << 20, OptionalLong.of(100L << 20));
        var chart = PlanChart.of(results(), both).stream().filter(c -> c.baseName().equals("plan-memory")).findFirst().orElseThrow();
        assertThat(chart.lines().series()).extracting(ChartSeries::name)
                .containsExactly("full (measured)", "mmap (measured)", "mmap (predicted, 95% band)");
    }

    @Test
    void aPeakBandClampedAtZeroIsShownAsUnbounded() throws IOException {
        // at 48 MiB full's line is above zero but its band's lower end is not
        CapacityPlan plan = CapacityPlanner.plan(results(), 48L << 20, OptionalLong.of(1L << 30));
        VariantPlan full = plan.variants().getFirst();
        assertThat(full.predictedPeakAnonBytes()).isPositive();
        assertThat(full.peakAnonLowerClamped()).isTrue();
        assertThat(full.peakAnonLower()).isZero();
        assertThat(plan.variants().get(1).peakAnonLowerClamped()).isFalse();
        String table = ReportFormat.MARKDOWN.table(PlanTable.variants(plan));
        assertThat(table).contains("| below zero – ").doesNotContain("| 0 B");
        assertThat(plan.notes()).anyMatch(n -> n.equals("full: its peak RssAnon band's lower end is below zero before clamping: "
                + "the fit cannot bound the peak from below at 48.0 MiB"));
    }
}
