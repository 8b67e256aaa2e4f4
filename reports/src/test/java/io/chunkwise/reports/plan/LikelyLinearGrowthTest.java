package io.chunkwise.reports.plan;

import static org.assertj.core.api.Assertions.assertThat;

import io.chunkwise.reports.JmhFiles;
import io.chunkwise.reports.model.BenchmarkResult;
import io.chunkwise.reports.model.Measures;
import io.chunkwise.reports.read.JmhJsonReader;
import io.chunkwise.reports.stats.GrowthModel;
import io.chunkwise.reports.table.ReportFormat;
import io.chunkwise.reports.table.ResultTables;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.OptionalLong;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * QA: a peak measured at 8, 32 and 64 MiB that grew 1×, 2×, 3× was labelled O(1) — three points
 * leave the slope's t-test one degree of freedom, so its interval held zero — and was planned at its
 * largest peak, fitting a budget the growth would pass. A material growth that rose at every step
 * is {@code O(n)?}: planned along its line, the budget checked against the band's upper end.
 */
class LikelyLinearGrowthTest {
    private static final double MIB = 1 << 20;
    private static final int[] SIZES = {8, 32, 64};

    @TempDir
    Path dir;

    private List<BenchmarkResult> results(double... peaksMib) throws IOException {
        JmhFiles files = new JmhFiles();
        for (int i = 0; i < SIZES.length; i++) {
            double s = SIZES[i] / 100.0;
            files.add("org.example.LoadBench.load", "avgt", Map.of("strategy", "full", "size", SIZES[i] + "MiB"), "s/op",
                    new double[][] {{s * 0.99, s, s * 1.01}}, Map.of(Measures.PEAK_RSS_ANON, peaksMib[i] * MIB));
        }
        return JmhJsonReader.read(files.write(dir.resolve("results.json"))).results();
    }

    @Test
    void aGrowthAtEveryStepThatTheTestCannotConfirmIsLabelledLikelyLinear() {
        double[] x = {8 * MIB, 32 * MIB, 64 * MIB};
        GrowthModel g = GrowthModel.fit(x, new double[] {400 * MIB, 800 * MIB, 1200 * MIB});
        assertThat(g.slopeSignificant()).as("one degree of freedom: the interval holds zero").isFalse();
        assertThat(g.order()).isEqualTo(GrowthModel.Order.LIKELY_LINEAR);
        assertThat(g.order().label()).isEqualTo("O(n)?");
        // predicted along the line, not at its largest peak
        assertThat(g.predict(1L << 30, 0.95).value()).isCloseTo(g.fit().predict(1L << 30), org.assertj.core.api.Assertions.within(1.0));
        // a growth that did not rise at every step, or an immaterial one, stays bounded
        assertThat(GrowthModel.fit(x, new double[] {400 * MIB, 1200 * MIB, 800 * MIB}).order()).isEqualTo(GrowthModel.Order.CONSTANT);
        assertThat(GrowthModel.fit(x, new double[] {380 * MIB, 381 * MIB, 383 * MIB}).order()).isEqualTo(GrowthModel.Order.CONSTANT);
        // two sizes are no steps to count: as before, held to the share of the range
        assertThat(GrowthModel.fit(new double[] {8 * MIB, 64 * MIB}, new double[] {400 * MIB, 1200 * MIB}).order())
                .isEqualTo(GrowthModel.Order.LINEAR);
    }

    @Test
    void thePlanPredictsAlongTheLineAndChecksTheBudgetAgainstItsBandsUpperEnd() throws IOException {
        List<BenchmarkResult> rs = results(400, 800, 1200);
        long budget = 2L << 30; // above the largest peak (1.17 GiB): at that peak the run "fit"
        CapacityPlan plan = CapacityPlanner.plan(rs, 256L << 20, OptionalLong.of(budget));
        VariantPlan full = plan.variants().getFirst();
        assertThat(full.growth()).isEqualTo("O(n)?");
        assertThat(full.predictedPeakAnonBytes()).isGreaterThan((long) (1200 * MIB));
        assertThat(full.peakAnonUpper()).isGreaterThan(full.predictedPeakAnonBytes()).isGreaterThan(budget);
        assertThat(full.fitsBudget()).isFalse();
        assertThat(plan.notes()).contains("full: its peak RssAnon rose at every step over the sizes measured (8.0 MiB, 32.0 MiB, "
                + "64.0 MiB; +99% over them), but too few sizes for the slope to test significant: labelled O(n)? and predicted "
                + "along the fitted line, the budget checked against its band's upper end, not at its largest peak; measure at "
                + "more sizes to settle it");
        assertThat(ReportFormat.MARKDOWN.table(PlanTable.variants(plan))).contains("| O(n)? |");
        // the report's growth table gives the same label
        assertThat(ReportFormat.MARKDOWN.table(ResultTables.growthModel(rs).orElseThrow())).contains("| O(n)? |");
    }
}
