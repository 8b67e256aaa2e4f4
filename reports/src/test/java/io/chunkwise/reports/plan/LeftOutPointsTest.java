package io.chunkwise.reports.plan;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import io.chunkwise.reports.model.BenchmarkResult;
import io.chunkwise.reports.model.Measures;
import io.chunkwise.reports.model.Mode;
import io.chunkwise.reports.model.Score;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.OptionalLong;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

/** A result a plan cannot use as a point is named with its size and why, never dropped silently (QA). */
class LeftOutPointsTest {
    static final String BUILD = "io.chunkwise.bench.loader.IndexBuildBenchmark.build";
    static final long TARGET = 10L << 30;

    static BenchmarkResult result(String strategy, String size, double score, String unit) {
        return new BenchmarkResult(BUILD, Mode.THROUGHPUT, new TreeMap<>(Map.of("strategy", strategy, "size", size)), 1, 1,
                new Score(score, Double.NaN, unit, new double[0]),
                Map.of(Measures.PEAK_RSS_ANON, new Score(100e6 + 3 * score, Double.NaN, "bytes", new double[0])));
    }

    /** As measured (plan-zero1.json): FULL at 8 MiB has a throughput of zero; the others are whole. */
    static List<BenchmarkResult> measured() {
        return new ArrayList<>(List.of(
                result("FULL", "8MiB", 0.0, "ops/s"), result("FULL", "32MiB", 11.13, "ops/s"),
                result("CHUNKED", "8MiB", 26.27, "ops/s"), result("CHUNKED", "32MiB", 13.52, "ops/s"),
                result("MMAP", "8MiB", 32.28, "ops/s"), result("MMAP", "32MiB", 12.41, "ops/s")));
    }

    @Test
    void aZeroThroughputIsNamedNotCountedAsASizeNeverMeasured() {
        CapacityPlan plan = CapacityPlanner.plan(measured(), TARGET, OptionalLong.empty());
        assertThat(plan.variants()).extracting(VariantPlan::name).containsExactly("CHUNKED", "MMAP");
        assertThat(plan.notes()).contains("IndexBuildBenchmark.build FULL: the result at 8.0 MiB left out (a throughput of "
                + "0.0 ops/s, from which no time per operation follows; a result of zero is no measurement); 1 configuration "
                + "left, measured at one input size only (32.0 MiB), not fitted (used for the chunk size and workers front "
                + "when they vary)");
        assertThat(plan.notes()).noneMatch(n -> n.contains("FULL: 1 configuration measured at one input size only"));
    }

    @Test
    void aPointLeftOutOfAVariantStillFittedIsNamed() {
        List<BenchmarkResult> rs = measured();
        rs.add(result("CHUNKED", "64MiB", 0.0, "ops/s"));
        CapacityPlan plan = CapacityPlanner.plan(rs, TARGET, OptionalLong.empty());
        assertThat(plan.variants()).extracting(VariantPlan::name).contains("CHUNKED");
        assertThat(plan.notes()).contains("IndexBuildBenchmark.build CHUNKED: the result at 64.0 MiB left out (a throughput "
                + "of 0.0 ops/s, from which no time per operation follows; a result of zero is no measurement); planned from "
                + "its other results");
    }

    @Test
    void aZeroTimeIsNamedAndLeftOutOfTheFit() {
        // QA: a time of 0 ms/op was fitted as a point, pulling the line down to a time no run takes
        List<BenchmarkResult> rs = new ArrayList<>(List.of(result("CHUNKED", "8MiB", 30, "ms/op"),
                result("CHUNKED", "32MiB", 90, "ms/op"), result("CHUNKED", "64MiB", 0.0, "ms/op")));
        CapacityPlan plan = CapacityPlanner.plan(rs, TARGET, OptionalLong.empty());
        VariantPlan chunked = plan.variants().getFirst();
        assertThat(chunked.name()).isEqualTo("CHUNKED");
        assertThat(chunked.sizesMeasured()).isEqualTo(2);
        assertThat(chunked.predictedSeconds()).isCloseTo(0.01 + 2.5e-3 * 10 * 1024, within(1e-6)); // 2.5 ms per MiB
        assertThat(plan.notes()).contains("IndexBuildBenchmark.build CHUNKED: the result at 64.0 MiB left out (a time of "
                + "0.0 ms/op, which no operation takes; a result of zero is no measurement); planned from its other results");
    }

    @Test
    void resultsWithoutASizeParameterAreNamed() {
        // QA: plan skipped them without a word
        List<BenchmarkResult> rs = measured();
        Score time = new Score(2.5, Double.NaN, "us/op", new double[0]);
        rs.add(new BenchmarkResult("io.chunkwise.bench.loader.LookupBenchmark.lookup", Mode.AVERAGE_TIME,
                new TreeMap<>(Map.of("strategy", "MMAP")), 1, 1, time, Map.of()));
        rs.add(new BenchmarkResult("io.chunkwise.bench.fix.FixBenchmark.scan", Mode.AVERAGE_TIME,
                new TreeMap<>(Map.of("messages", "1000")), 1, 1, time, Map.of()));
        CapacityPlan plan = CapacityPlanner.plan(rs, TARGET, OptionalLong.empty());
        assertThat(plan.notes()).contains("LookupBenchmark.lookup MMAP, FixBenchmark.scan scan: no input size parameter (one of "
                + "[size, inputsize, filesize, sizebytes, inputbytes, bytes, datasize, payload, payloadsize]): a plan fits "
                + "time against input size; not fitted (used for the chunk size and workers front when they vary)");
    }

    @Test
    void aUnitThatIsNoTimeAndASizeThatIsNoSizeAreNamedToo() {
        List<BenchmarkResult> rs = measured();
        rs.add(result("PARALLEL", "8MiB", 3, "furlongs"));
        rs.add(result("PARALLEL", "32MiB", 2, "furlongs"));
        rs.add(result("MMAP", "huge", 9, "ops/s"));
        CapacityPlan plan = CapacityPlanner.plan(rs, TARGET, OptionalLong.empty());
        assertThat(plan.notes()).contains("IndexBuildBenchmark.build PARALLEL: the results at 8.0 MiB, 32.0 MiB left out "
                + "(score unit 'furlongs', not a time or throughput unit JMH writes (s/op, ms/op, us/op, ns/op, ops/s, "
                + "ops/ms…)); nothing left to plan");
        assertThat(plan.notes()).contains("IndexBuildBenchmark.build MMAP: the result at size 'huge' left out (a size "
                + "parameter that is no size); planned from its other results");
    }

    @Test
    void withEveryPointLeftOutTheErrorSaysWhyNotThatTheUnitIsUnknown() {
        List<BenchmarkResult> rs = List.of(result("FULL", "8MiB", 0.0, "ops/s"), result("FULL", "32MiB", 0.0, "ops/s"));
        assertThatThrownBy(() -> CapacityPlanner.plan(rs, TARGET, OptionalLong.empty()))
                .isInstanceOf(NothingToFitException.class)
                .hasMessage("nothing to fit: IndexBuildBenchmark.build FULL: the results at 8.0 MiB, 32.0 MiB left out "
                        + "(a throughput of 0.0 ops/s, from which no time per operation follows; a result of zero is no "
                        + "measurement)");
    }

    @Test
    void oneSizeLeftOutInEveryModeIsNamedWithItsModeAndItsParameter() {
        // review: a -bm all run with @Param payload "small.json" read "the results at size 'small.json', size
        // 'small.json', size 'small.json' left out": one result said three times, by a parameter it does not have
        List<BenchmarkResult> rs = measured();
        for (Mode mode : List.of(Mode.AVERAGE_TIME, Mode.SAMPLE_TIME, Mode.SINGLE_SHOT)) {
            rs.add(new BenchmarkResult("org.example.Codec.decode", mode, new TreeMap<>(Map.of("payload", "small.json")), 1, 1,
                    new Score(2.5, Double.NaN, "us/op", new double[0]), Map.of()));
        }
        CapacityPlan plan = CapacityPlanner.plan(rs, TARGET, OptionalLong.empty());
        assertThat(plan.notes()).anyMatch(n -> n.startsWith("Codec.decode decode: the results at payload 'small.json' (avgt), "
                + "payload 'small.json' (sample), payload 'small.json' (ss) left out (a size parameter that is no size)"));
    }
}
