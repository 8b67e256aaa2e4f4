package io.chunkwise.reports.chart;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import io.chunkwise.reports.model.BenchmarkResult;
import io.chunkwise.reports.model.Measures;
import io.chunkwise.reports.model.Mode;
import io.chunkwise.reports.model.Score;
import io.chunkwise.reports.plan.CapacityPlan;
import io.chunkwise.reports.plan.CapacityPlanner;
import io.chunkwise.reports.plan.PlanChart;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.OptionalLong;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

class ResultChartsTest {
    static final double MIB = 1 << 20;

    static BenchmarkResult r(Map<String, String> params, double seconds, double peak) {
        return new BenchmarkResult("b.Bench.run", Mode.AVERAGE_TIME, new TreeMap<>(params), 1, 1,
                new Score(seconds, 0.01, "s/op", new double[0]),
                Map.of(Measures.PEAK_RSS_ANON, new Score(peak, Double.NaN, "bytes", new double[0])));
    }

    @Test
    void throughputAndMemoryAgainstSizePerVariant() {
        List<BenchmarkResult> rs = new ArrayList<>();
        for (int size : new int[] {1, 10, 100}) {
            rs.add(r(Map.of("strategy", "full", "size", size + "MiB"), size / 100.0, (50 + size) * MIB));
            rs.add(r(Map.of("strategy", "mmap", "size", size + "MiB"), size / 400.0, 60 * MIB));
        }
        ChartSpec thr = ResultCharts.throughputVsSize(rs).getFirst().lines();
        assertThat(thr.series()).extracting(ChartSeries::name).containsExactly("full", "mmap");
        // 400 MiB/s is 419.4304 decimal MB/s: the axis is in MB/s as the report's tables are
        assertThat(thr.series().get(1).y()).containsExactly(new double[] {419.4304, 419.4304, 419.4304}, within(1e-9));
        assertThat(thr.yTitle()).isEqualTo("input MB/s");
        assertThat(thr.logX()).isTrue();
        assertThat(thr.xTitle()).isEqualTo("input size (MiB)");
        ChartSpec mem = ResultCharts.memoryVsSize(rs).getFirst().lines();
        assertThat(mem.series().getFirst().y()).containsExactly(51, 60, 150);
        assertThat(ResultCharts.sideBySide(rs).getFirst().bars().categories()).containsExactly("full", "mmap");
    }

    @Test
    void onePointPerVariantIsNoCurve() {
        List<BenchmarkResult> rs = List.of(r(Map.of("strategy", "full", "size", "1MiB"), 1, MIB),
                r(Map.of("strategy", "mmap", "size", "1MiB"), 0.5, MIB));
        assertThat(ResultCharts.throughputVsSize(rs)).isEmpty();
        assertThat(ResultCharts.sideBySide(rs)).hasSize(1);
    }

    @Test
    void workersChartHasOneLinePerChunkSizeAndTheIdealOfTheFastest() {
        List<BenchmarkResult> rs = new ArrayList<>();
        for (String chunk : List.of("64KiB", "1MiB")) {
            for (int w : new int[] {1, 2, 4}) {
                double base = chunk.equals("64KiB") ? 2.0 : 1.0;
                rs.add(r(Map.of("strategy", "parallel", "chunkSize", chunk, "workers", Integer.toString(w)), base / Math.pow(w, 0.8), 70 * MIB));
            }
        }
        ChartSpec workers = ResultCharts.throughputVsWorkers(rs).getFirst().lines();
        assertThat(workers.series()).extracting(ChartSeries::name).containsExactly("parallel, 64.0 KiB chunks",
                "parallel, 1.0 MiB chunks", "ideal (parallel, 1.0 MiB chunks)");
        assertThat(workers.series().get(2).y()).containsExactly(1, 2, 4);
        ChartSpec chunks = ResultCharts.throughputVsChunk(rs).getFirst().lines();
        assertThat(chunks.series()).extracting(ChartSeries::name).containsExactly("parallel, 1 worker", "parallel, 2 workers",
                "parallel, 4 workers");
        assertThat(ResultCharts.ideal(new double[] {2, 4, 8}, new double[] {10, 15, 20})).containsExactly(10, 20, 40);
    }

    @Test
    void planChartsSpanDecadesOnLogAxes() {
        List<BenchmarkResult> rs = new ArrayList<>();
        for (int size : new int[] {16, 64, 256}) {
            rs.add(r(Map.of("strategy", "full", "size", size + "MiB"), size / 100.0, (50 + 1.5 * size) * MIB));
            rs.add(r(Map.of("strategy", "mmap", "size", size + "MiB"), size / 400.0, 60 * MIB));
        }
        CapacityPlan plan = CapacityPlanner.plan(rs, 100L << 30, OptionalLong.empty());
        List<NamedChart> charts = PlanChart.of(rs, plan);
        assertThat(charts).extracting(NamedChart::baseName).containsExactly("plan-time", "plan-memory");
        ChartSpec memory = charts.get(1).lines();
        assertThat(memory.logX()).isTrue();
        assertThat(memory.logY()).isTrue();
        assertThat(memory.markers()).extracting(Marker::label).containsExactly("target 100 GiB");
        assertThat(memory.series()).extracting(ChartSeries::style).containsExactly(ChartSeries.Style.LINE_MARKERS,
                ChartSeries.Style.PREDICTED, ChartSeries.Style.LINE_MARKERS, ChartSeries.Style.PREDICTED);
    }
}
