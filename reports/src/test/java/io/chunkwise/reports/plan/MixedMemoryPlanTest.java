package io.chunkwise.reports.plan;

import static org.assertj.core.api.Assertions.assertThat;

import io.chunkwise.reports.PeerBesideOurs;
import io.chunkwise.reports.model.BenchmarkResult;
import io.chunkwise.reports.read.JmhJsonReader;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.OptionalLong;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A peer's results without a memory metric, planned beside ours with one, take nothing from ours. */
class MixedMemoryPlanTest {
    static final long TARGET = 200_000_000_000L;
    static final long BUDGET = 2L << 30;

    @TempDir
    Path dir;

    @Test
    void aResultWithoutMemoryLeavesTheOthersBudgetChecked() throws IOException {
        // G13-5: with the peer's file beside ours, every variant lost its memory and full (373 GiB at
        // 200 GB) was recommended for a 2 GiB budget
        PeerBesideOurs files = new PeerBesideOurs();
        List<BenchmarkResult> results = new ArrayList<>(JmhJsonReader.read(files.ours(dir)).results());
        CapacityPlan alone = CapacityPlanner.plan(results, TARGET, OptionalLong.of(BUDGET));
        assertThat(alone.recommendation().variant()).isEqualTo("parallel");

        results.addAll(JmhJsonReader.read(files.peer(dir)).results());
        CapacityPlan plan = CapacityPlanner.plan(results, TARGET, OptionalLong.of(BUDGET));
        assertThat(plan.variants()).extracting(VariantPlan::name, VariantPlan::fitsBudget)
                .containsExactlyInAnyOrder(org.assertj.core.groups.Tuple.tuple("full", false),
                        org.assertj.core.groups.Tuple.tuple("parallel", true),
                        org.assertj.core.groups.Tuple.tuple("duckDbCount", null));
        VariantPlan full = plan.variants().stream().filter(v -> v.name().equals("full")).findFirst().orElseThrow();
        assertThat(full.predictedPeakAnonBytes()).isEqualTo(Math.round(100 * PeerBesideOurs.MIB + 2.0 * TARGET));
        // the fastest, whose memory is unknown, is not said to fit
        assertThat(plan.recommendation().variant()).isEqualTo("parallel");
        assertThat(plan.notes()).anyMatch(n -> n.startsWith("duckDbCount: no peak memory metric"))
                .noneMatch(n -> n.startsWith("full: no peak memory metric") || n.startsWith("parallel: no peak memory metric"));
    }

}
