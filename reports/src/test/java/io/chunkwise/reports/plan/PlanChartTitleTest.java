package io.chunkwise.reports.plan;

import static org.assertj.core.api.Assertions.assertThat;

import io.chunkwise.reports.JmhFiles;
import io.chunkwise.reports.chart.NamedChart;
import io.chunkwise.reports.model.BenchmarkResult;
import io.chunkwise.reports.model.Measures;
import io.chunkwise.reports.read.JmhJsonReader;
import java.io.IOException;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalLong;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * QA: the plan's memory chart was titled "Peak RssAnon vs input size, predicted at 16.0 MiB" and
 * captioned "Predicted peak RssAnon at 16.0 MiB" when no variant's memory was predicted (a line
 * that crosses zero before the target), drawing measured points only. A title says "predicted at"
 * only when it draws a prediction, and otherwise why not.
 */
class PlanChartTitleTest {
    private static final double MIB = 1 << 20;

    @TempDir
    Path dir;

    /** full: a peak whose line crosses zero below 64 MiB; mmap: a flat peak; both at 64 MiB to 1 GiB. */
    private List<BenchmarkResult> results(boolean mmap, boolean fullLacksOnePeak) throws IOException {
        JmhFiles files = new JmhFiles();
        double[] wobble = {3, -2, 1};
        int i = 0;
        for (int size : new int[] {64, 256, 1024}) {
            double s = size / 100.0;
            Map<String, Double> fullPeak = new HashMap<>();
            if (!(fullLacksOnePeak && size == 256)) {
                fullPeak.put(Measures.PEAK_RSS_ANON, (2 * size - 50 + wobble[i]) * MIB);
            }
            files.add("org.example.LoadBench.load", "avgt", Map.of("strategy", "full", "size", size + "MiB"), "s/op",
                    new double[][] {{s * 0.99, s, s * 1.01}}, fullPeak);
            if (mmap) {
                files.add("org.example.LoadBench.load", "avgt", Map.of("strategy", "mmap", "size", size + "MiB"), "s/op",
                        new double[][] {{s / 3 * 0.99, s / 3, s / 3 * 1.01}}, Map.of(Measures.PEAK_RSS_ANON, (80 + wobble[i]) * MIB));
            }
            i++;
        }
        return JmhJsonReader.read(files.write(dir.resolve("results.json"))).results();
    }

    private static NamedChart chart(List<NamedChart> charts, String name) {
        return charts.stream().filter(c -> c.baseName().equals(name)).findFirst().orElseThrow();
    }

    @Test
    void aMemoryChartWithoutAPredictionSaysItShowsMeasurementsAndWhy() throws IOException {
        List<BenchmarkResult> rs = results(false, false);
        CapacityPlan plan = CapacityPlanner.plan(rs, 16L << 20, OptionalLong.empty());
        assertThat(plan.variants().getFirst().predictedPeakAnonBytes()).isNull();
        NamedChart memory = chart(PlanChart.of(rs, plan), "plan-memory");
        assertThat(memory.lines().title()).isEqualTo("Peak RssAnon vs input size, measured (not predicted at 16.0 MiB: "
                + "full: its fitted line reaches zero short of the target)");
        assertThat(memory.caption()).isEqualTo("Peak RssAnon measured, not predicted at 16.0 MiB");
        // the time is predicted: its chart says so
        NamedChart time = chart(PlanChart.of(rs, plan), "plan-time");
        assertThat(time.lines().title()).isEqualTo("Time vs input size, predicted at 16.0 MiB");
        assertThat(time.caption()).isEqualTo("Predicted time at 16.0 MiB");
    }

    @Test
    void aVariantDrawnMeasuredOnlyBesideAPredictionIsNamed() throws IOException {
        List<BenchmarkResult> rs = results(true, false);
        CapacityPlan plan = CapacityPlanner.plan(rs, 16L << 20, OptionalLong.of(100L << 20));
        NamedChart memory = chart(PlanChart.of(rs, plan), "plan-memory");
        assertThat(memory.lines().title()).isEqualTo("Peak RssAnon vs input size, predicted at 16.0 MiB (budget 100 MiB) "
                + "(measured only: full: its fitted line reaches zero short of the target)");
        assertThat(memory.caption()).isEqualTo("Predicted peak RssAnon at 16.0 MiB");
    }

    @Test
    void aPeakMissingAtOneSizeIsNamedAsTheReason() throws IOException {
        List<BenchmarkResult> rs = results(false, true);
        CapacityPlan plan = CapacityPlanner.plan(rs, 4L << 30, OptionalLong.empty());
        NamedChart memory = chart(PlanChart.of(rs, plan), "plan-memory");
        assertThat(memory.lines().title()).isEqualTo("Peak RssAnon vs input size, measured (not predicted at 4.0 GiB: "
                + "full: no peak RssAnon figure at every size measured)");
    }

    @Test
    void everyVariantPredictedKeepsTheTitle() throws IOException {
        List<BenchmarkResult> rs = results(true, false);
        CapacityPlan plan = CapacityPlanner.plan(rs, 4L << 30, OptionalLong.empty());
        assertThat(chart(PlanChart.of(rs, plan), "plan-memory").lines().title())
                .isEqualTo("Peak RssAnon vs input size, predicted at 4.0 GiB");
    }
}
