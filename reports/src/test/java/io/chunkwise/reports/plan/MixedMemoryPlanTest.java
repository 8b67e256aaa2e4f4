package io.chunkwise.reports.plan;

import static org.assertj.core.api.Assertions.assertThat;

import io.chunkwise.reports.JmhFiles;
import io.chunkwise.reports.PeerBesideOurs;
import io.chunkwise.reports.model.Measures;
import io.chunkwise.reports.model.BenchmarkResult;
import io.chunkwise.reports.read.JmhJsonReader;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
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
        assertThat(plan.notes()).anyMatch(n -> n.startsWith("duckDbCount: no peak RssAnon figure at any size measured ("))
                .noneMatch(n -> n.startsWith("full: no peak") || n.startsWith("parallel: no peak"));
    }

    @Test
    void aResultMissingRssAnonLeavesItsVariantUncheckedNotTheOthersCheckedByHeap() throws IOException {
        // QA: one NaN RssAnon (JMH writes "NaN" when a profiler has no figure) turned every variant's
        // check into one of heap used, and a variant over the budget in RssAnon was recommended
        JmhFiles files = new JmhFiles();
        for (int size : new int[] {32, 64, 128}) {
            double bytes = size * PeerBesideOurs.MIB;
            Map<String, Double> full = Map.of(Measures.PEAK_RSS_ANON, 100 * PeerBesideOurs.MIB + 2 * bytes,
                    Measures.PEAK_HEAP, 10 * PeerBesideOurs.MIB);
            Map<String, Double> parallel = size == 64 ? Map.of(Measures.PEAK_HEAP, 10 * PeerBesideOurs.MIB)
                    : Map.of(Measures.PEAK_RSS_ANON, 80 * PeerBesideOurs.MIB, Measures.PEAK_HEAP, 10 * PeerBesideOurs.MIB);
            files.add("io.x.IndexBuildBenchmark.build", "avgt", Map.of("strategy", "full", "size", size + "MiB"), "s/op",
                    new double[][] {{bytes / 2000e6}}, full);
            files.add("io.x.IndexBuildBenchmark.build", "avgt", Map.of("strategy", "parallel", "size", size + "MiB"), "s/op",
                    new double[][] {{bytes / 400e6}}, parallel);
        }
        CapacityPlan plan = CapacityPlanner.plan(JmhJsonReader.read(files.write(dir.resolve("loader.json"))).results(), TARGET,
                OptionalLong.of(BUDGET));
        assertThat(plan.variants()).extracting(VariantPlan::name, VariantPlan::memoryKind, VariantPlan::fitsBudget)
                .containsExactlyInAnyOrder(org.assertj.core.groups.Tuple.tuple("full", "peak RssAnon", false),
                        org.assertj.core.groups.Tuple.tuple("parallel", null, null));
        assertThat(plan.recommendation().variant()).isNotEqualTo("full").isNotEqualTo("parallel");
        assertThat(plan.notes()).anyMatch(n -> n.equals("parallel: no peak RssAnon figure at 64.0 MiB (measured at 32.0 MiB, 64.0 MiB, 128 MiB), "
                + "cannot check the budget"));
    }

    @Test
    void withNoVariantsMemoryCheckedNoneIsRecommendedAsFitting() throws IOException {
        // QA: a --no-memory run at 128 MiB beside runs at 8 and 32 MiB whose parallel peaks are ~5 GiB
        // left every variant unchecked, and parallel was "predicted fastest among variants that fit 1.0 GiB"
        JmhFiles measured = new JmhFiles();
        JmhFiles noMemory = new JmhFiles();
        for (int size : new int[] {8, 32, 128}) {
            double bytes = size * PeerBesideOurs.MIB;
            for (String strategy : new String[] {"full", "parallel"}) {
                double[][] seconds = {{bytes / (strategy.equals("full") ? 512e6 : 2048e6)}};
                Map<String, Double> peak = Map.of(Measures.PEAK_RSS_ANON,
                        strategy.equals("full") ? 100 * PeerBesideOurs.MIB + 2 * bytes : 5000 * PeerBesideOurs.MIB);
                (size == 128 ? noMemory : measured).add("x.Load.build", "avgt", Map.of("strategy", strategy, "size", size + "MiB"),
                        "s/op", seconds, size == 128 ? Map.of() : peak);
            }
        }
        List<BenchmarkResult> results = new ArrayList<>(JmhJsonReader.read(measured.write(dir.resolve("with-memory.json"))).results());
        results.addAll(JmhJsonReader.read(noMemory.write(dir.resolve("no-memory.json"))).results());
        CapacityPlan plan = CapacityPlanner.plan(results, TARGET, OptionalLong.of(1L << 30));
        assertThat(plan.variants()).extracting(VariantPlan::fitsBudget).containsOnlyNulls();
        assertThat(plan.budgetUnchecked()).isTrue();
        assertThat(CapacityPlanner.plan(results, TARGET, OptionalLong.empty()).budgetUnchecked()).as("no budget, nothing unchecked")
                .isFalse();
        assertThat(plan.recommendation().reason()).doesNotContain("among variants that fit")
                .contains("the budget of 1.0 GiB cannot be checked: no variant on trial has a peak RssAnon figure at every size measured");
        // by time, as without a memory metric: the budget is not said to hold
        assertThat(plan.recommendation().variant()).isEqualTo("parallel");
        // with the budget checked, the same variants are refused as before
        CapacityPlan checked = CapacityPlanner.plan(JmhJsonReader.read(dir.resolve("with-memory.json")).results(), TARGET,
                OptionalLong.of(1L << 30));
        assertThat(checked.recommendation().variant()).isNull();
        assertThat(checked.recommendation().reason()).startsWith("no variant is predicted to fit 1.0 GiB");
        assertThat(checked.budgetUnchecked()).isFalse();
    }

}
