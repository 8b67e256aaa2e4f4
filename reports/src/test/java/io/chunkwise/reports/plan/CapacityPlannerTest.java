package io.chunkwise.reports.plan;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import io.chunkwise.reports.model.BenchmarkResult;
import io.chunkwise.reports.model.Measures;
import io.chunkwise.reports.model.Mode;
import io.chunkwise.reports.model.Score;
import io.chunkwise.reports.table.Kind;
import io.chunkwise.reports.table.Table;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.TreeMap;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

class CapacityPlannerTest {
    static final double MIB = 1 << 20;
    static final long GIB = 1L << 30;

    static BenchmarkResult result(String bench, Map<String, String> params, double secondsPerOp, double peakAnon) {
        return new BenchmarkResult(bench, Mode.AVERAGE_TIME, new TreeMap<>(params), 1, 1,
                new Score(secondsPerOp * 1000, 1, "ms/op", new double[0]),
                Map.of(Measures.PEAK_RSS_ANON, new Score(peakAnon, Double.NaN, "bytes", new double[0])));
    }

    /** full: 100 MiB/s and memory 1.5 B per input byte; mmap: 400 MiB/s and a flat 80 MiB (tiny noise). */
    static List<BenchmarkResult> loadResults() {
        List<BenchmarkResult> rs = new ArrayList<>();
        double[] noise = {0.3, -0.2, 0.1, -0.25};
        int i = 0;
        for (int size : new int[] {64, 128, 256, 512}) {
            rs.add(result("b.LoadBench.load", Map.of("strategy", "full", "size", size + "MiB"), size / 100.0 + 0.02,
                    60 * MIB + 1.5 * size * MIB + noise[i] * MIB));
            rs.add(result("b.LoadBench.load", Map.of("strategy", "mmap", "size", size + "MiB"), size / 400.0 + 0.01 * noise[i],
                    80 * MIB + noise[i] * MIB));
            i++;
        }
        return rs;
    }

    @Test
    void runsAtTwoJmhThreadCountsArePlannedApartNotFittedAsOneVariant() {
        // results of -t 1 and -t 4 (two files, or @Threads) were one variant "full": its 4 points, two
        // lines apart, fitted as one, gave a time band below zero; each thread count is now a variant
        List<BenchmarkResult> rs = new ArrayList<>();
        for (int size : new int[] {64, 256}) {
            for (int threads : new int[] {1, 4}) {
                rs.add(new BenchmarkResult("b.LoadBench.load", Mode.AVERAGE_TIME,
                        new TreeMap<>(Map.of("strategy", "full", "size", size + "MiB")), threads, 1,
                        new Score(size / (threads == 1 ? 100.0 : 350.0) * 1000, 1, "ms/op", new double[0]), Map.of()));
            }
        }
        CapacityPlan plan = CapacityPlanner.plan(rs, 10 * GIB, OptionalLong.empty());
        assertThat(plan.variants()).extracting(VariantPlan::name)
                .containsExactly("LoadBench.load [avgt] full", "LoadBench.load [avgt] (4 threads) full");
        assertThat(plan.variants().get(0).predictedSeconds()).isCloseTo(10 * 1024 / 100.0, within(0.01));
        assertThat(plan.variants().get(1).predictedSeconds()).isCloseTo(10 * 1024 / 350.0, within(0.01));
    }

    @Test
    void aTimeThatFallsToZeroBeforeTheTargetIsNotExtrapolated() {
        List<BenchmarkResult> rs = new ArrayList<>(loadResults());
        double[] falling = {0.50, 0.35, 0.20};
        int[] sizes = {64, 128, 256};
        for (int i = 0; i < sizes.length; i++) {
            rs.add(result("b.LoadBench.load", Map.of("strategy", "chunked", "size", sizes[i] + "MiB"), falling[i], 70 * MIB));
        }
        CapacityPlan plan = CapacityPlanner.plan(rs, 200L * 1000 * 1000 * 1000, OptionalLong.empty());
        assertThat(plan.variants()).extracting(VariantPlan::name).containsExactly("full", "mmap");
        assertThat(plan.variants()).allMatch(v -> v.predictedSeconds() > 0);
        assertThat(plan.recommendation().variant()).isEqualTo("mmap");
        assertThat(plan.notes()).anyMatch(n -> n.startsWith("chunked: time fell as the input grew over the sizes measured (")
                && n.contains("256 MiB), and the fitted line reaches zero before") && n.contains("not extrapolated"));

        List<BenchmarkResult> onlyFalling = rs.subList(loadResults().size(), rs.size());
        assertThatThrownBy(() -> CapacityPlanner.plan(onlyFalling, 200L * 1000 * 1000 * 1000, OptionalLong.empty()))
                .isInstanceOf(NothingToFitException.class).hasMessageContaining("every variant's time fell")
                .hasMessageContaining("chunked");
    }

    @Test
    void aTimeOfZeroAtEverySizeIsNamedAsSuchNotAsAFallingTime() {
        List<BenchmarkResult> rs = new ArrayList<>(loadResults());
        for (int size : new int[] {64, 128, 256}) {
            rs.add(result("b.LoadBench.load", Map.of("strategy", "chunked", "size", size + "MiB"), 0, 70 * MIB));
        }
        CapacityPlan plan = CapacityPlanner.plan(rs, 200L * 1000 * 1000 * 1000, OptionalLong.empty());
        assertThat(plan.variants()).extracting(VariantPlan::name).containsExactly("full", "mmap");
        assertThat(plan.notes()).contains("LoadBench.load chunked: the results at 64.0 MiB, 128 MiB, 256 MiB left out (a time "
                + "of 0.0 ms/op, which no operation takes; a result of zero is no measurement); nothing left to plan");

        List<BenchmarkResult> onlyZero = rs.subList(loadResults().size(), rs.size());
        assertThatThrownBy(() -> CapacityPlanner.plan(onlyZero, 200L * 1000 * 1000 * 1000, OptionalLong.empty()))
                .isInstanceOf(NothingToFitException.class)
                .hasMessage("nothing to fit: LoadBench.load chunked: the results at 64.0 MiB, 128 MiB, 256 MiB left out (a time "
                        + "of 0.0 ms/op, which no operation takes; a result of zero is no measurement)");
    }

    @Test
    void aTargetBelowTheSizesMeasuredIsNamedAsSuchNotAsAFallingTime() {
        // time rises with size (size/300 s minus a fixed 0.05 s): the line crosses zero below 16 MiB
        List<BenchmarkResult> rs = new ArrayList<>();
        for (int size : new int[] {64, 128, 256, 512}) {
            rs.add(result("b.LoadBench.load", Map.of("strategy", "chunked", "size", size + "MiB"), size / 300.0 - 0.05, 70 * MIB));
        }
        assertThatThrownBy(() -> CapacityPlanner.plan(rs, 8L << 20, OptionalLong.empty()))
                .isInstanceOf(NothingToFitException.class)
                .hasMessageStartingWith("the target 8.0 MiB is below every size measured (64.0 MiB, 128 MiB, 256 MiB, 512 MiB)")
                .hasMessageNotContaining("fell");
    }

    @Test
    void theRecommendationWritesItsTimeAsThePlanTableDoesNotInScientificNotation() {
        CapacityPlan plan = CapacityPlanner.plan(loadResults(), 1000L * 1000 * 1000 * 1000, OptionalLong.empty());
        VariantPlan mmap = plan.variants().stream().filter(v -> v.name().equals("mmap")).findFirst().orElseThrow();
        assertThat(mmap.predictedSeconds()).isGreaterThan(1000);
        assertThat(plan.recommendation().reason())
                .startsWith("predicted fastest (" + Kind.SECONDS.format(mmap.predictedSeconds()) + ")")
                .containsPattern("predicted fastest \\(\\d,\\d{3} s\\)").doesNotContain("e+");
    }

    @Test
    void predictsFromLeastSquaresWithBands() {
        CapacityPlan plan = CapacityPlanner.plan(loadResults(), 200L * 1000 * 1000 * 1000, OptionalLong.of(2 * GIB));
        assertThat(plan.targetBytes()).isEqualTo(200_000_000_000L);
        VariantPlan full = plan.variants().get(0);
        VariantPlan mmap = plan.variants().get(1);
        assertThat(full.name()).isEqualTo("full");
        assertThat(full.predictedSeconds()).isCloseTo(200e9 / (100 * MIB) + 0.02, within(1.0));
        assertThat(full.predictedPeakAnonBytes()).isCloseTo((long) (60 * MIB + 1.5 * 200e9), within((long) (1e9)));
        assertThat(full.growth()).isEqualTo("O(n)");
        assertThat(full.fitsBudget()).isFalse();
        assertThat(mmap.growth()).isEqualTo("O(1)");
        assertThat(mmap.fitsBudget()).isTrue();
        assertThat(mmap.peakAnonLower()).isLessThanOrEqualTo(mmap.predictedPeakAnonBytes());
        assertThat(mmap.peakAnonUpper()).isGreaterThanOrEqualTo(mmap.predictedPeakAnonBytes());
        assertThat(mmap.extrapolation()).isCloseTo(200e9 / (512 * MIB), within(1e-6));
        assertThat(plan.recommendation().variant()).isEqualTo("mmap");
        assertThat(plan.recommendation().chunkSize()).isNull();
        assertThat(plan.recommendation().reason()).contains("no chunk size or worker configurations were measured");
    }

    @Test
    void flatMemoryIsPredictedAsConstantNotExtrapolatedNoise() {
        CapacityPlan plan = CapacityPlanner.plan(loadResults(), 200_000_000_000L, OptionalLong.empty());
        VariantPlan mmap = plan.variants().get(1);
        // mean 80 MiB - 0.0125 MiB; band from the +-0.3 MiB spread, not a 370x extrapolated slope
        assertThat(mmap.predictedPeakAnonBytes()).isCloseTo((long) (80 * MIB), within((long) MIB));
        assertThat(mmap.peakAnonUpper() - mmap.predictedPeakAnonBytes()).isBetween((long) (0.3 * MIB), (long) (2 * MIB));
    }

    @Test
    void budgetIsCheckedAgainstTheUpperBound() {
        // mmap's band reaches above 80 MiB; a budget at the point estimate is not enough.
        CapacityPlan plan = CapacityPlanner.plan(loadResults(), 200_000_000_000L, OptionalLong.of((long) (80 * MIB)));
        VariantPlan mmap = plan.variants().get(1);
        assertThat(mmap.peakAnonUpper()).isGreaterThan((long) (80 * MIB));
        assertThat(mmap.fitsBudget()).isFalse();
        assertThat(plan.recommendation().variant()).isNull();
        assertThat(plan.recommendation().reason()).startsWith("no variant is predicted to fit 80.0 MiB");
    }

    @Test
    void withoutAMemoryMetricTheConfigurationIsRecommendedByTime() {
        List<BenchmarkResult> rs = new ArrayList<>();
        String load = "b.LoadBench.load";
        for (String size : new String[] {"64MiB", "256MiB"}) {
            double mib = size.equals("64MiB") ? 64 : 256;
            for (int workers : new int[] {1, 4}) {
                rs.add(new BenchmarkResult(load, Mode.AVERAGE_TIME, new TreeMap<>(Map.of("strategy", "parallel",
                        "chunkSize", "1MiB", "workers", Integer.toString(workers), "size", size)), 1, 1,
                        new Score(mib / (workers == 1 ? 80.0 : 300.0) * 1000, 1, "ms/op", new double[0]), Map.of()));
            }
        }
        CapacityPlan plan = CapacityPlanner.plan(rs, 10L << 30, OptionalLong.of((long) (100 * MIB)));
        assertThat(plan.configurations()).extracting(Config::workers).containsExactly(1, 4);
        assertThat(plan.configurations()).extracting(Config::pareto).containsExactly(false, true);
        assertThat(plan.configurations()).allMatch(c -> c.peakBytes() == null && c.predictedPeakBytes() == null);
        assertThat(plan.recommendation().variant()).endsWith("{chunkSize=1MiB, workers=4} parallel");
        assertThat(plan.recommendation().chunkSize()).isEqualTo(1L << 20);
        assertThat(plan.recommendation().workers()).isEqualTo(4);
        assertThat(plan.recommendation().reason())
                .contains("this configuration's own")
                .contains("cannot be checked")
                .doesNotContain("no chunk size or worker configurations were measured");
    }

    @Test
    void aFlatButSlightlyRisingPeakIsPredictedAtItsLargestMeasuredLevel() {
        // 600 MiB at 64 MiB and 612 MiB at 256 MiB: a 2% rise, O(1); the line would give ~6.4 GiB at 100 GB.
        List<BenchmarkResult> rs = List.of(
                result("b.LoadBench.load", Map.of("strategy", "mmap", "size", "64MiB"), 0.2, 600 * MIB),
                result("b.LoadBench.load", Map.of("strategy", "mmap", "size", "256MiB"), 0.8, 612 * MIB));
        CapacityPlan plan = CapacityPlanner.plan(rs, 100_000_000_000L, OptionalLong.of(GIB));
        VariantPlan mmap = plan.variants().getFirst();
        assertThat(mmap.growth()).isEqualTo("O(1)");
        assertThat(mmap.predictedPeakAnonBytes()).isEqualTo((long) (612 * MIB));
        assertThat(mmap.fitsBudget()).isTrue();
        assertThat(plan.notes().getFirst()).contains("memory labelled O(1) is predicted as constant");
    }

    @Test
    void aSignificantSlopeTooSmallOverTheSizesMeasuredIsWarnedOfAtATargetWhereItWouldBeMaterial() {
        // 150 MiB + 0.01 B per input byte (a leak of 1% of the input, or a JVM still settling): +2.9% over 64 to 512 MiB,
        // immaterial there, but 2 GB more at 200 GB if it is real; the label stays O(1), the plan says so
        List<BenchmarkResult> rs = new ArrayList<>();
        double[] noise = {0.01, -0.02, 0.015, -0.01};
        int i = 0;
        for (int size : new int[] {64, 128, 256, 512}) {
            rs.add(result("b.LoadBench.load", Map.of("strategy", "parallel", "size", size + "MiB"), size / 300.0,
                    150 * MIB + 0.01 * size * MIB + noise[i++] * MIB));
        }
        CapacityPlan far = CapacityPlanner.plan(rs, 200_000_000_000L, OptionalLong.of(2 * GIB));
        VariantPlan parallel = far.variants().getFirst();
        assertThat(parallel.growth()).isEqualTo("O(1)");
        assertThat(far.notes()).anyMatch(n -> n.startsWith("parallel: its peak RssAnon grew +2.9% over the sizes measured (")
                && n.contains("its slope (0.00998 B per input byte) is significant: carried to 186 GiB it would add 1.9 GiB, at least "
                        + "10% of its largest peak")
                && n.endsWith("Labelled O(1) from the sizes measured; measure it at larger sizes before relying on this plan"));
        // near the sizes measured the same slope adds little: O(1), at its largest peak, with no such note
        CapacityPlan near = CapacityPlanner.plan(rs, GIB, OptionalLong.of(2 * GIB));
        assertThat(near.variants().getFirst().growth()).isEqualTo("O(1)");
        assertThat(near.variants().getFirst().fitsBudget()).isTrue();
        assertThat(near.notes()).noneMatch(n -> n.contains("too little there to count"));
    }

    @Test
    void aConfigurationMeasuredAtTwoSizesIsOneRowOfTheFront() {
        List<BenchmarkResult> rs = new ArrayList<>();
        String load = "b.LoadBench.load";
        for (String size : new String[] {"64MiB", "256MiB"}) {
            double mib = size.equals("64MiB") ? 64 : 256;
            // 1 worker: slow and small; 4 workers: fast and bigger; the jitter must not split them
            rs.add(result(load, Map.of("strategy", "parallel", "chunkSize", "1MiB", "workers", "1", "size", size),
                    mib / (mib == 64 ? 80.0 : 81.0), 60 * MIB));
            rs.add(result(load, Map.of("strategy", "parallel", "chunkSize", "1MiB", "workers", "4", "size", size),
                    mib / (mib == 64 ? 320.0 : 318.0), 90 * MIB));
        }
        CapacityPlan plan = CapacityPlanner.plan(rs, 10L << 30, OptionalLong.of((long) (100 * MIB)));
        assertThat(plan.configurations()).hasSize(2).allMatch(Config::pareto);
        assertThat(plan.configurations()).extracting(Config::workers).containsExactly(1, 4);
        assertThat(plan.configurations().get(1).secondsPerGiB()).isCloseTo((1024 / 320.0 + 1024 / 318.0) / 2, within(1e-9));
        assertThat(plan.recommendation().workers()).isEqualTo(4);
        assertThat(PlanTable.recommendation(plan)).doesNotContain("— parallel").contains("— predicted fastest");
    }

    @Test
    void aConfigurationPlannedOnItsOwnIsRecommendedWithItsOwnChunkSizeAndWorkers() {
        // QA-9 G-4: 1 worker extrapolates faster; 2 workers were faster per GiB where measured
        String chunking = "b.Chunking.parallel";
        List<BenchmarkResult> rs = List.of(
                result(chunking, Map.of("chunkSize", "1MiB", "workers", "1", "size", "32MiB"), 0.32, 300 * MIB),
                result(chunking, Map.of("chunkSize", "1MiB", "workers", "2", "size", "32MiB"), 0.10, 300 * MIB),
                result(chunking, Map.of("chunkSize", "1MiB", "workers", "1", "size", "64MiB"), 0.64, 300 * MIB),
                result(chunking, Map.of("chunkSize", "1MiB", "workers", "2", "size", "64MiB"), 0.60, 300 * MIB));
        CapacityPlan plan = CapacityPlanner.plan(rs, 200_000_000_000L, OptionalLong.empty());
        VariantPlan fastest = plan.variants().stream().min(Comparator.comparingDouble(VariantPlan::predictedSeconds))
                .orElseThrow();
        assertThat(fastest.workers()).isEqualTo(1);
        assertThat(fastest.chunkSize()).isEqualTo(1L << 20);
        assertThat(plan.recommendation().variant()).isEqualTo(fastest.name());
        assertThat(plan.recommendation().workers()).isEqualTo(1);
        assertThat(plan.recommendation().chunkSize()).isEqualTo(1L << 20);
        assertThat(plan.recommendation().reason()).contains("this configuration's own");
    }

    @Test
    void aLoaderHoldingTheInputAboveALargeBaseDoesNotFit() {
        // QA-9 G-1: 500 MiB of JVM plus half a byte per input byte, measured at 32 to 128 MiB
        List<BenchmarkResult> rs = new ArrayList<>();
        double[] jitter = {0.4, -0.3, 0.2};
        int i = 0;
        for (int size : new int[] {32, 64, 128}) {
            rs.add(result("b.LoadBench.load", Map.of("strategy", "full", "size", size + "MiB"), size / 200.0,
                    500 * MIB + 0.5 * size * MIB + jitter[i++] * MIB));
        }
        CapacityPlan plan = CapacityPlanner.plan(rs, 200_000_000_000L, OptionalLong.of(2 * GIB));
        VariantPlan full = plan.variants().getFirst();
        assertThat(full.growth()).isEqualTo("O(n)");
        assertThat(full.predictedPeakAnonBytes()).isGreaterThan(90_000_000_000L);
        assertThat(full.fitsBudget()).isFalse();
        assertThat(plan.recommendation().variant()).isNull();
    }

    @Test
    void aPeakBeyondWhatAByteCountHoldsIsSaidToBeMoreNotCapped() {
        // QA: 2 B per input byte + 50 MiB at a 7 EiB target fits ~14 EiB, shown as "8.0 EiB" (Long.MAX_VALUE)
        List<BenchmarkResult> rs = new ArrayList<>();
        for (int size : new int[] {64, 128, 256}) {
            rs.add(result("b.LoadBench.load", Map.of("strategy", "full", "size", size + "MiB"), size / 100.0,
                    50 * MIB + 2.0 * size * MIB));
            rs.add(result("b.LoadBench.load", Map.of("strategy", "mmap", "size", size + "MiB"), size / 200.0, 100 * MIB));
        }
        CapacityPlan plan = CapacityPlanner.plan(rs, 7L << 60, OptionalLong.of(GIB));
        VariantPlan full = plan.variants().getFirst();
        assertThat(full.predictedPeakAnonBytes()).isEqualTo(Long.MAX_VALUE);
        assertThat(full.fitsBudget()).isFalse();
        Table table = PlanTable.variants(plan);
        List<String> headers = table.columns().stream().map(Table.Column::header).toList();
        assertThat(table.text(0, headers.indexOf(PlanTable.PEAK))).isEqualTo("more than 8.0 EiB");
        assertThat(table.text(0, headers.indexOf(PlanTable.PEAK_BAND))).isEqualTo("more than 8.0 EiB");
        assertThat(table.text(1, headers.indexOf(PlanTable.PEAK))).isEqualTo("100 MiB");
        assertThat(plan.notes()).anyMatch(n -> n.startsWith("full: its predicted peak RssAnon at 7.0 EiB (1.61e+19 bytes) is more "
                + "than a byte count holds: shown as more than 8.0 EiB, and written as 9223372036854775807 bytes"));
        // nothing fits: the smallest is named with what it needs, not "about 8.0 EiB"
        CapacityPlan onlyFull = CapacityPlanner.plan(rs.stream().filter(r -> r.params().get("strategy").equals("full")).toList(),
                7L << 60, OptionalLong.of(GIB));
        assertThat(onlyFull.recommendation().reason()).endsWith("the smallest, full, needs more than 8.0 EiB");
        assertThat(PlanChart.of(rs, plan)).isNotEmpty();
    }

    @Test
    void memoryFromTwoSizesSaysItsGrowthIsUntested() {
        List<BenchmarkResult> rs = List.of(
                result("b.LoadBench.load", Map.of("strategy", "full", "size", "32MiB"), 0.16, 516 * MIB),
                result("b.LoadBench.load", Map.of("strategy", "full", "size", "64MiB"), 0.32, 532 * MIB));
        CapacityPlan plan = CapacityPlanner.plan(rs, 200_000_000_000L, OptionalLong.of(2 * GIB));
        assertThat(plan.variants().getFirst().growth()).isEqualTo("O(1)");
        assertThat(plan.notes()).anyMatch(n -> n.startsWith("full: memory measured at two sizes only, so whether it grows "
                + "cannot be tested; labelled O(1) (it grew 3% over them)") && n.endsWith("measure at three sizes or more to check it"));
    }

    @Test
    void recommendsChunkSizeAndWorkersFromTheParetoFront() {
        List<BenchmarkResult> rs = new ArrayList<>(loadResults());
        // parallel at two sizes (so it is fitted) and a chunk x workers sweep at one size
        rs.add(result("b.LoadBench.load", Map.of("strategy", "parallel", "size", "64MiB"), 64 / 700.0, 100 * MIB));
        rs.add(result("b.LoadBench.load", Map.of("strategy", "parallel", "size", "512MiB"), 512 / 700.0, 100 * MIB));
        String scan = "b.ChunkBench.scan";
        rs.add(result(scan, Map.of("strategy", "parallel", "chunkSize", "1MiB", "workers", "1", "size", "256MiB"), 1.0, 70 * MIB));
        rs.add(result(scan, Map.of("strategy", "parallel", "chunkSize", "1MiB", "workers", "4", "size", "256MiB"), 0.40, 90 * MIB));
        rs.add(result(scan, Map.of("strategy", "parallel", "chunkSize", "16MiB", "workers", "4", "size", "256MiB"), 0.35, 300 * MIB));
        rs.add(result(scan, Map.of("strategy", "parallel", "chunkSize", "16MiB", "workers", "1", "size", "256MiB"), 1.10, 120 * MIB));
        CapacityPlan plan = CapacityPlanner.plan(rs, 200_000_000_000L, OptionalLong.of(GIB / 4));
        assertThat(plan.configurations()).extracting(Config::pareto).containsExactly(true, true, true, false);
        assertThat(plan.recommendation().variant()).isEqualTo("parallel");
        // 16 MiB x 4 is fastest but over the 256 MiB budget; 1 MiB x 4 is the fastest that fits.
        assertThat(plan.recommendation().chunkSize()).isEqualTo(1L << 20);
        assertThat(plan.recommendation().workers()).isEqualTo(4);
        assertThat(plan.notes()).anyMatch(n -> n.startsWith("ChunkBench.scan parallel: 4 configurations measured at one input size only"));
        assertThat(PlanTable.recommendation(plan)).startsWith("Recommendation: parallel, chunk size 1.0 MiB, 4 workers");
    }

    @Test
    void aCostPerOperationIsNotExtrapolatedAsAPassOverTheInput() {
        // QA-16 Q16-2: a lookup that takes 2.1 µs in a 64 MiB master and 2.3 µs in a 1 GiB one was
        // planned as "0.4 ms for 200 GB"
        List<BenchmarkResult> rs = new ArrayList<>(loadResults());
        rs.add(result("b.LookupBench.offsets", Map.of("size", "64MiB"), 2.1e-6, 90 * MIB));
        rs.add(result("b.LookupBench.offsets", Map.of("size", "1GiB"), 2.3e-6, 90 * MIB));
        // measured: 7.0 M lookups/s in a 16 MiB master, 8.3 M in a 128 MiB one (noise, not a trend)
        rs.add(result("b.LookupBench.records", Map.of("size", "16MiB"), 1 / 7.0e6, 90 * MIB));
        rs.add(result("b.LookupBench.records", Map.of("size", "128MiB"), 1 / 8.3e6, 90 * MIB));
        CapacityPlan plan = CapacityPlanner.plan(rs, 200_000_000_000L, OptionalLong.empty());
        assertThat(plan.variants()).extracting(VariantPlan::name).containsExactly("full", "mmap");
        assertThat(plan.notes()).anyMatch(n -> n.startsWith("offsets: its time changed 1.10× while the input grew 16× (64.0 MiB, "
                + "1.0 GiB): a cost per operation (a lookup), or a pass whose fixed cost hides its cost per byte"));
        assertThat(plan.notes()).anyMatch(n -> n.startsWith("records: its time changed 0.84× while the input grew 8×")
                && !n.contains("fell"));
        assertThat(plan.recommendation().variant()).isEqualTo("mmap");

        List<BenchmarkResult> lookups = rs.subList(loadResults().size(), rs.size());
        assertThatThrownBy(() -> CapacityPlanner.plan(lookups, 200_000_000_000L, OptionalLong.empty()))
                .isInstanceOf(NothingToFitException.class).hasMessageStartingWith("no benchmark's time grew with its input "
                        + "(2 benchmarks measured at sizes 16.0 MiB, 64.0 MiB, 128 MiB, 1.0 GiB)");
    }

    @Test
    void aPassWhoseFixedCostDominatesSmallInputsIsStillPlanned() {
        // 50 ms of set-up and 2 ms per MiB: 66 ms at 8 MiB, 114 ms at 32 MiB, a growth of 1.7x for 4x
        List<BenchmarkResult> rs = List.of(
                result("b.Build.build", Map.of("strategy", "mmap", "size", "8MiB"), 0.050 + 0.002 * 8, 90 * MIB),
                result("b.Build.build", Map.of("strategy", "mmap", "size", "32MiB"), 0.050 + 0.002 * 32, 90 * MIB));
        CapacityPlan plan = CapacityPlanner.plan(rs, 1L << 30, OptionalLong.empty());
        assertThat(plan.variants()).singleElement().satisfies(v -> assertThat(v.predictedSeconds()).isCloseTo(0.050 + 0.002 * 1024,
                within(1e-6)));
    }

    /** An index build named by strategy, measured beside method-named peers, one faster than any strategy. */
    static List<BenchmarkResult> buildAndPeers() {
        List<BenchmarkResult> rs = new ArrayList<>();
        for (int size : new int[] {64, 256}) {
            rs.add(result("b.IndexBuild.build", Map.of("strategy", "MMAP", "size", size + "MiB"), size / 600.0, 95 * MIB));
            rs.add(result("b.IndexBuild.build", Map.of("strategy", "PARALLEL", "size", size + "MiB"), size / 1100.0, 110 * MIB));
            rs.add(result("b.CsvPeer.newlineScan", Map.of("workers", "2", "size", size + "MiB"), size / 9000.0, 70 * MIB));
            rs.add(result("b.CsvPeer.duckDbCount", Map.of("size", size + "MiB"), size / 1000.0, 300 * MIB));
        }
        return rs;
    }

    @Test
    void peersBesideVariantsNamedByAParameterAreComparisonsNeverRecommended() {
        // QA-16 Q16-1: a newline count was recommended for a 200 GB master
        CapacityPlan plan = CapacityPlanner.plan(buildAndPeers(), 200_000_000_000L, OptionalLong.of(GIB));
        assertThat(plan.variants()).extracting(VariantPlan::name, VariantPlan::candidate).containsExactly(
                org.assertj.core.groups.Tuple.tuple("MMAP", true), org.assertj.core.groups.Tuple.tuple("PARALLEL", true),
                org.assertj.core.groups.Tuple.tuple("newlineScan", false), org.assertj.core.groups.Tuple.tuple("duckDbCount", false));
        assertThat(plan.recommendation().variant()).isEqualTo("PARALLEL");
        assertThat(plan.recommendation().workers()).as("the peer's workers are not the build's").isNull();
        assertThat(plan.notes()).contains("the variants of CsvPeer are comparisons, planned to be read beside those of "
                + "IndexBuild.build but never recommended: they are named by their methods, the candidates by a parameter "
                + "(strategy, variant…); to plan some as candidates, select them by name (plan --benchmark)");
        assertThat(plan.configurations()).as("a comparison's configurations are not the candidates' front").isEmpty();
        Table table = PlanTable.variants(plan);
        assertThat(table.columns()).extracting(Table.Column::header).endsWith("Role");
        assertThat(table.text(2, table.columns().size() - 1)).isEqualTo("comparison");
        assertThat(table.text(1, table.columns().size() - 1)).isEqualTo("candidate");

        CapacityPlan alone = CapacityPlanner.plan(loadResults(), 200_000_000_000L, OptionalLong.empty());
        assertThat(PlanTable.variants(alone).columns()).extracting(Table.Column::header).doesNotContain("Role");
    }

    @Test
    void benchmarksSelectedByNameAreAllCandidates() {
        CapacityPlan peers = CapacityPlanner.plan(buildAndPeers(), 200_000_000_000L, OptionalLong.of(GIB),
                Optional.of(Pattern.compile("CsvPeer")));
        assertThat(peers.variants()).extracting(VariantPlan::name).containsExactly("newlineScan", "duckDbCount");
        assertThat(peers.variants()).allMatch(VariantPlan::candidate);
        assertThat(peers.recommendation().variant()).isEqualTo("newlineScan");

        CapacityPlan all = CapacityPlanner.plan(buildAndPeers(), 200_000_000_000L, OptionalLong.empty(),
                Optional.of(Pattern.compile("build|Scan")));
        assertThat(all.recommendation().variant()).isEqualTo("newlineScan");

        assertThatThrownBy(() -> CapacityPlanner.plan(buildAndPeers(), GIB, OptionalLong.empty(),
                Optional.of(Pattern.compile("Lookup"))))
                .isInstanceOf(NothingToFitException.class)
                .hasMessage("no benchmark's name matches 'Lookup' (the results hold b.IndexBuild.build, b.CsvPeer.newlineScan, "
                        + "b.CsvPeer.duckDbCount)");
    }

    @Test
    void anotherVariantsChunkSizeAndWorkersAreNotBorrowed() {
        // QA-16 Q16-2: mmap, single-threaded, was recommended with the workers measured for parallel
        List<BenchmarkResult> rs = new ArrayList<>(loadResults());
        String scan = "b.ChunkBench.scan";
        rs.add(result(scan, Map.of("strategy", "parallel", "chunkSize", "1MiB", "workers", "4", "size", "256MiB"), 0.40, 90 * MIB));
        rs.add(result(scan, Map.of("strategy", "parallel", "chunkSize", "1MiB", "workers", "1", "size", "256MiB"), 1.0, 70 * MIB));
        CapacityPlan plan = CapacityPlanner.plan(rs, 200_000_000_000L, OptionalLong.empty());
        assertThat(plan.recommendation().variant()).isEqualTo("mmap");
        assertThat(plan.recommendation().workers()).isNull();
        assertThat(plan.recommendation().chunkSize()).isNull();
        assertThat(plan.recommendation().reason()).contains("no chunk size or worker configuration of mmap was measured "
                + "(those measured are of parallel), so none is recommended");
    }

    @Test
    void withoutTwoSizesThereIsNothingToFit() {
        List<BenchmarkResult> one = List.of(result("b.X.y", Map.of("size", "1MiB"), 1, MIB));
        assertThatThrownBy(() -> CapacityPlanner.plan(one, GIB, OptionalLong.empty()))
                .hasMessageContaining("no variant was measured at two input sizes");
        List<BenchmarkResult> unsized = List.of(result("b.X.y", Map.of("rows", "1000"), 1, MIB));
        assertThatThrownBy(() -> CapacityPlanner.plan(unsized, GIB, OptionalLong.empty()))
                .hasMessageContaining("no result has an input size parameter");
        List<BenchmarkResult> unknownUnit = List.of(new BenchmarkResult("b.X.y", Mode.AVERAGE_TIME, new TreeMap<>(Map.of("size", "1MiB")),
                1, 1, new Score(3, 1, "furlongs", new double[0]), Map.of()));
        assertThatThrownBy(() -> CapacityPlanner.plan(unknownUnit, GIB, OptionalLong.empty()))
                .hasMessageContaining("X.y y: the result at 1.0 MiB left out (score unit 'furlongs', not a time or throughput unit JMH writes");
    }

    @Test
    void paretoFront() {
        boolean[] front = ParetoFront.of(List.of(new double[] {1, 5}, new double[] {2, 2}, new double[] {3, 3},
                new double[] {1, 5}, new double[] {4, 1}));
        assertThat(front).containsExactly(true, true, false, true, true);
    }

    @Test
    void tuningWritesItsMedianTimeAsTheEvidenceTableDoes() {
        List<TuneMeasurement> ms = List.of(new TuneMeasurement("parallel", 256 << 10, 1, 64 << 20, new double[] {0.0123, 0.0125},
                new double[] {60 * MIB, 61 * MIB}));
        Tuning.Result result = Tuning.analyse(ms, OptionalLong.empty());
        assertThat(result.evidence().text(0, 3)).isEqualTo("12.4 ms");
        assertThat(result.recommendation().reason()).contains("median 12.4 ms, peak RssAnon");
    }

    @Test
    void tuningRecommendsTheFastestWithinBudgetAndSaysWhenItIsNoise() {
        List<TuneMeasurement> ms = List.of(
                new TuneMeasurement("parallel", 256 << 10, 1, 64 << 20, new double[] {2.0, 2.2}, new double[] {60 * MIB, 61 * MIB}),
                new TuneMeasurement("parallel", 256 << 10, 2, 64 << 20, new double[] {1.05, 1.15}, new double[] {70 * MIB, 70 * MIB}),
                new TuneMeasurement("parallel", 8 << 20, 2, 64 << 20, new double[] {0.9, 1.15}, new double[] {200 * MIB, 200 * MIB}));
        Tuning.Result within = Tuning.analyse(ms, OptionalLong.of(128L << 20));
        assertThat(within.recommendation().chunkSize()).isEqualTo(256L << 10);
        assertThat(within.recommendation().workers()).isEqualTo(2);
        assertThat(within.evidence().rows()).hasSize(3);
        assertThat(within.evidence().text(2, 8)).isEqualTo("no");
        assertThat(within.charts()).extracting(c -> c.baseName()).contains("throughput-vs-chunk-sweep-load-ss",
                "throughput-vs-workers-sweep-load-ss");
        Tuning.Result free = Tuning.analyse(ms, OptionalLong.empty());
        assertThat(free.recommendation().chunkSize()).isEqualTo(8L << 20);
        assertThat(free.recommendation().reason()).contains("within this one's run-to-run spread");
        Tuning.Result tight = Tuning.analyse(ms, OptionalLong.of(10L << 20));
        assertThat(tight.recommendation().variant()).isNull();
    }

    @Test
    void tuningNamesTheSmallestConfigurationAsItsTableDoesWhenNothingFits() {
        List<TuneMeasurement> ms = List.of(
                new TuneMeasurement("parallel", 1 << 20, 1, 64 << 20, new double[] {0.1}, new double[] {31 * MIB}),
                new TuneMeasurement("parallel", 4 << 20, 2, 64 << 20, new double[] {0.09}, new double[] {40 * MIB}));
        Tuning.Result tight = Tuning.analyse(ms, OptionalLong.of(1L << 10));
        assertThat(tight.recommendation().variant()).isNull();
        assertThat(tight.recommendation().reason())
                .contains("(parallel, chunk size 1.0 MiB, 1 worker, 1 run)")
                .doesNotContain("chunk=1048576");
    }

    @Test
    void aTimeBandClampedAtZeroSaysItCannotBoundTheTimeFromBelow() {
        // a noisy rise: carried 372× beyond 512 MiB, the band's lower end falls below zero
        List<BenchmarkResult> rs = new ArrayList<>();
        double[] seconds = {0.30, 0.10, 0.50, 0.40};
        int[] sizes = {64, 128, 256, 512};
        for (int i = 0; i < sizes.length; i++) {
            rs.add(result("b.IndexBuildBenchmark.build", Map.of("strategy", "full", "size", sizes[i] + "MiB"), seconds[i], 90 * MIB));
        }
        CapacityPlan plan = CapacityPlanner.plan(rs, 200L * 1000 * 1000 * 1000, OptionalLong.empty());
        VariantPlan full = plan.variants().getFirst();
        assertThat(full.secondsLower()).isEqualTo(0.0);
        assertThat(full.secondsLowerClamped()).isTrue();
        assertThat(plan.notes()).contains("full: its time band's lower end is below zero before clamping: the fit cannot bound "
                + "the time from below at 186 GiB");
        assertThat(PlanTable.variants(plan).rows().getFirst().get(4)).isEqualTo("below zero – " + Kind.SECONDS.format(full.secondsUpper()));

        CapacityPlan measured = CapacityPlanner.plan(loadResults(), 1L << 30, OptionalLong.empty());
        assertThat(measured.variants()).noneMatch(VariantPlan::secondsLowerClamped);
        assertThat(measured.notes()).noneMatch(n -> n.contains("below zero"));
    }

    @Test
    void aTargetFarBeyondTheSizesMeasuredSaysHowFarAndThatTheDiskIsNotMeasured() {
        CapacityPlan far = CapacityPlanner.plan(loadResults(), 200L * 1000 * 1000 * 1000, OptionalLong.empty());
        assertThat(far.notes()).contains("The target (186 GiB) is 373× the largest size measured (512 MiB), and the times "
                + "measured are of page-cached input: a target larger than this machine's memory will also wait on the disk, "
                + "which the plan cannot know.");

        CapacityPlan near = CapacityPlanner.plan(loadResults(), 5L * GIB, OptionalLong.empty());
        assertThat(near.notes()).noneMatch(n -> n.contains("the largest size measured"));
    }
}
