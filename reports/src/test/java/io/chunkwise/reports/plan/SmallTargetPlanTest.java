package io.chunkwise.reports.plan;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.OptionalLong;
import org.junit.jupiter.api.Test;

/**
 * A target far below every size measured is an extrapolation too: JMH's warmed-up times leave out
 * what a small run mostly pays, and the plan says so, as it says of a target far above them.
 */
class SmallTargetPlanTest {
    @Test
    void aTargetFarBelowTheSizesMeasuredIsNoted() {
        CapacityPlan plan = CapacityPlanner.plan(CapacityPlannerTest.loadResults(), 1024, OptionalLong.empty());
        assertThat(plan.notes()).contains("The target (1.0 KiB) is 1/65,536 of the smallest size measured (64.0 MiB): the "
                + "fits are carried below every size measured, where a run pays mostly the costs a benchmark leaves out (the "
                + "JVM's start, the JIT's warm-up), which the plan cannot know.");
    }

    @Test
    void aTargetWithinTenTimesOfTheSizesMeasuredIsNot() {
        CapacityPlan plan = CapacityPlanner.plan(CapacityPlannerTest.loadResults(), 8L << 20, OptionalLong.empty());
        assertThat(plan.notes()).noneMatch(n -> n.contains("smallest size measured"));
        CapacityPlan above = CapacityPlanner.plan(CapacityPlannerTest.loadResults(), 1L << 30, OptionalLong.empty());
        assertThat(above.notes()).noneMatch(n -> n.contains("smallest size measured"));
    }
}
