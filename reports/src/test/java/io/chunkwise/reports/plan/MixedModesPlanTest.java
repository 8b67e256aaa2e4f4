package io.chunkwise.reports.plan;

import static org.assertj.core.api.Assertions.assertThat;

import io.chunkwise.reports.JmhFiles;
import io.chunkwise.reports.model.BenchmarkResult;
import io.chunkwise.reports.model.Measures;
import io.chunkwise.reports.read.JmhJsonReader;
import io.chunkwise.reports.table.Table;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.OptionalLong;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * One benchmark measured in thrpt and in avgt, its chunked variant without a memory figure at one
 * of four sizes: each group is named by its mode, the note names the size that lacks the figure (a
 * reader re-runs that size, not all four), and the extrapolation reads in three significant digits.
 */
class MixedModesPlanTest {
    private static final double MIB = 1024.0 * 1024;
    private static final String BENCH = "io.x.LoadBench.load";

    @TempDir
    Path dir;

    private List<BenchmarkResult> results() throws IOException {
        JmhFiles files = new JmhFiles();
        for (int size : new int[] {64, 128, 256, 512}) {
            double seconds = size / 100.0;
            for (String strategy : new String[] {"full", "chunked"}) {
                double k = strategy.equals("full") ? 1 : 0.8;
                Map<String, Double> memory = strategy.equals("full") ? Map.of(Measures.PEAK_RSS_ANON, 300e6 + 1.5 * size * MIB)
                        : size == 128 ? Map.of() : Map.of(Measures.PEAK_RSS_ANON, 200e6);
                Map<String, String> params = Map.of("size", size + "MiB", "strategy", strategy);
                files.add(BENCH, "thrpt", params, "ops/s", new double[][] {{1 / (seconds * k) * 0.99, 1 / (seconds * k) * 1.01}},
                        memory);
                files.add(BENCH, "avgt", params, "s/op", new double[][] {{seconds * k * 0.99, seconds * k * 1.01}}, memory);
            }
        }
        return JmhJsonReader.read(files.write(dir.resolve("modes.json"))).results();
    }

    @Test
    void groupsAreNamedByModeAndTheSizeWithoutMemoryIsNamed() throws IOException {
        CapacityPlan plan = CapacityPlanner.plan(results(), 200_000_000_000L, OptionalLong.of(2L << 30));
        assertThat(plan.variants()).extracting(VariantPlan::name).containsExactlyInAnyOrder("LoadBench.load [thrpt] full",
                "LoadBench.load [avgt] full", "LoadBench.load [thrpt] chunked", "LoadBench.load [avgt] chunked");
        assertThat(plan.notes()).contains(
                "LoadBench.load [thrpt] chunked: no peak RssAnon figure at 128 MiB (measured at 64.0 MiB, 128 MiB, 256 MiB, "
                        + "512 MiB), cannot check the budget",
                "LoadBench.load [avgt] chunked: no peak RssAnon figure at 128 MiB (measured at 64.0 MiB, 128 MiB, 256 MiB, "
                        + "512 MiB), cannot check the budget");
    }

    @Test
    void theExtrapolationHasThreeSignificantDigitsFarAboveAndFarBelow() throws IOException {
        int column = 2;
        Table far = PlanTable.variants(CapacityPlanner.plan(results(), 500_000_000_000_000L, OptionalLong.empty()));
        assertThat(far.columns().get(column).header()).isEqualTo("Extrapolation");
        // 500 TB over 512 MiB: 931,322.57× printed every digit of a factor known to three
        assertThat(far.text(0, column)).isEqualTo("931,323×");
        Table near = PlanTable.variants(CapacityPlanner.plan(results(), 200_000_000_000L, OptionalLong.empty()));
        assertThat(near.text(0, column)).isEqualTo("373×");
        Table below = PlanTable.variants(CapacityPlanner.plan(results(), 1L << 20, OptionalLong.empty()));
        assertThat(below.text(0, column)).isEqualTo("0.00195×");
        Table level = PlanTable.variants(CapacityPlanner.plan(results(), 1L << 30, OptionalLong.empty()));
        assertThat(level.text(0, column)).isEqualTo("2.00×");
    }
}
