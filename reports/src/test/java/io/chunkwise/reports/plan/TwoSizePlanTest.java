package io.chunkwise.reports.plan;

import static io.chunkwise.reports.plan.CapacityPlannerTest.GIB;
import static io.chunkwise.reports.plan.CapacityPlannerTest.MIB;
import static io.chunkwise.reports.plan.CapacityPlannerTest.result;
import static org.assertj.core.api.Assertions.assertThat;

import io.chunkwise.reports.model.BenchmarkResult;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.OptionalLong;
import org.junit.jupiter.api.Test;

/**
 * A variant measured at two sizes (a quick bench run's) has no 95% band: a line passes through two
 * points exactly. The plan says so, and that its budget was checked against the prediction itself,
 * not against a band's upper bound as its first note says of the others.
 */
class TwoSizePlanTest {
    private static List<BenchmarkResult> results() {
        List<BenchmarkResult> rs = new ArrayList<>();
        for (int size : new int[] {4, 16}) {
            rs.add(result("b.IndexBench.build", Map.of("strategy", "mmap", "size", size + "MiB"), size / 400.0, 300 * MIB));
            rs.add(result("b.IndexBench.build", Map.of("strategy", "parallel", "size", size + "MiB"), size / 500.0,
                    (300 + size / 4.0) * MIB));
        }
        // a third size for full: it has bands
        for (int size : new int[] {4, 16, 64}) {
            rs.add(result("b.IndexBench.build", Map.of("strategy", "full", "size", size + "MiB"), size / 100.0 + (size == 16 ? 0.001 : 0),
                    (200 + 2.0 * size) * MIB));
        }
        return rs;
    }

    @Test
    void variantsWithoutABandAreNamedAndTheirBudgetCheckSaid() {
        CapacityPlan plan = CapacityPlanner.plan(results(), 200L * 1000 * 1000 * 1000, OptionalLong.of(2 * GIB));
        assertThat(plan.variants()).filteredOn(v -> !v.name().equals("full"))
                .allSatisfy(v -> assertThat(v.secondsUpper()).isNull())
                .allSatisfy(v -> assertThat(v.peakAnonUpper()).isNull())
                .allSatisfy(v -> assertThat(v.fitsBudget()).isTrue());
        assertThat(plan.notes()).contains("mmap, parallel: measured at two sizes only, which a line passes through exactly, "
                + "leaving no spread to draw a 95% band from: their time and peak are predicted without one, and the budget "
                + "is checked against their predicted peak itself; measure at three sizes or more for bands");
        assertThat(plan.notes()).noneMatch(n -> n.startsWith("full:") && n.contains("band"));
    }

    @Test
    void withoutABudgetTheNoteLeavesTheBudgetOut() {
        List<BenchmarkResult> rs = results().stream().filter(r -> r.params().get("strategy").equals("mmap")).toList();
        CapacityPlan plan = CapacityPlanner.plan(rs, 10 * GIB, OptionalLong.empty());
        assertThat(plan.notes()).contains("mmap: measured at two sizes only, which a line passes through exactly, leaving no "
                + "spread to draw a 95% band from: its time and peak are predicted without one; measure at three sizes or "
                + "more for bands");
    }
}
