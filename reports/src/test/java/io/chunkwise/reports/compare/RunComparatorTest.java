package io.chunkwise.reports.compare;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.chunkwise.reports.JmhFiles;
import io.chunkwise.reports.model.BenchmarkResult;
import io.chunkwise.reports.model.Direction;
import io.chunkwise.reports.model.Mode;
import io.chunkwise.reports.model.ResultSet;
import io.chunkwise.reports.model.Score;
import io.chunkwise.reports.read.JmhJsonReader;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RunComparatorTest {
    static final String LOAD = "io.chunkwise.bench.LoadBench.load";
    static final String LOOKUP = "io.chunkwise.bench.LookupBench.lookup";

    @TempDir
    Path dir;

    /** Baseline: throughput of three strategies and an average-time lookup. */
    Path baseline() throws IOException {
        return new JmhFiles()
                .add(LOAD, "thrpt", Map.of("strategy", "full", "size", "64MiB"), "ops/s", JmhFiles.noisy(10, 0.02, 1), Map.of())
                .add(LOAD, "thrpt", Map.of("strategy", "mmap", "size", "64MiB"), "ops/s", JmhFiles.noisy(40, 0.02, 2), Map.of())
                .add(LOAD, "thrpt", Map.of("strategy", "chunked", "size", "64MiB"), "ops/s", JmhFiles.noisy(20, 0.02, 3), Map.of())
                .add(LOOKUP, "avgt", Map.of(), "us/op", JmhFiles.noisy(5, 0.02, 4), Map.of())
                .write(dir.resolve("baseline.json"));
    }

    @Test
    void realRegressionIsFound() throws IOException {
        Path current = new JmhFiles()
                // mmap throughput down 20%: a regression
                .add(LOAD, "thrpt", Map.of("strategy", "full", "size", "64MiB"), "ops/s", JmhFiles.noisy(10, 0.02, 11), Map.of())
                .add(LOAD, "thrpt", Map.of("strategy", "mmap", "size", "64MiB"), "ops/s", JmhFiles.noisy(32, 0.02, 12), Map.of())
                .add(LOAD, "thrpt", Map.of("strategy", "chunked", "size", "64MiB"), "ops/s", JmhFiles.noisy(20, 0.02, 13), Map.of())
                // lookup time up 30%: a regression (time: higher is worse)
                .add(LOOKUP, "avgt", Map.of(), "us/op", JmhFiles.noisy(6.5, 0.02, 14), Map.of())
                .write(dir.resolve("current.json"));
        ComparisonReport report = compare(baseline(), current);
        assertThat(report.hasRegression()).isTrue();
        assertThat(report.regressions()).extracting(c -> c.any().paramsText())
                .containsExactly("size=64MiB, strategy=mmap", "");
        Comparison mmap = report.regressions().getFirst();
        assertThat(mmap.changePercent()).isBetween(-23.0, -17.0);
        assertThat(mmap.pValue()).isLessThan(0.01);
        assertThat(mmap.basis()).isEqualTo("Welch t-test");
        assertThat(report.comparisons().get(0).verdict()).isEqualTo(Verdict.NOISE);
        String md = ComparisonTable.markdown(report);
        assertThat(md).startsWith("**Performance regression**: 2 regressions, 0 improvements")
                .contains("| Benchmark | Params | Baseline | Current | Change | Verdict |")
                .contains("| LoadBench.load (thrpt) | size=64MiB, strategy=mmap | 39.8 ± 0.652 ops/s | 31.9 ± 0.643 ops/s | -19.9% | REGRESSION (p=")
                .contains("REGRESSION (p=");
    }

    @Test
    void pureNoiseIsNotARegression() throws IOException {
        // Same means, 5% noise: changes of a few percent both ways, none significant at p < 0.01 beyond 5%.
        Path current = new JmhFiles()
                .add(LOAD, "thrpt", Map.of("strategy", "full", "size", "64MiB"), "ops/s", JmhFiles.noisy(10, 0.02, 21), Map.of())
                .add(LOAD, "thrpt", Map.of("strategy", "mmap", "size", "64MiB"), "ops/s", JmhFiles.noisy(40, 0.02, 22), Map.of())
                .add(LOAD, "thrpt", Map.of("strategy", "chunked", "size", "64MiB"), "ops/s", JmhFiles.noisy(20, 0.02, 23), Map.of())
                .add(LOOKUP, "avgt", Map.of(), "us/op", JmhFiles.noisy(5, 0.02, 24), Map.of())
                .write(dir.resolve("current.json"));
        ComparisonReport report = compare(baseline(), current);
        assertThat(report.hasRegression()).isFalse();
        assertThat(report.comparisons()).allMatch(c -> c.verdict() == Verdict.NOISE || c.verdict() == Verdict.WITHIN_THRESHOLD);
        assertThat(ComparisonTable.markdown(report)).startsWith("**No performance regression**");
    }

    @Test
    void improvementIsReportedNotFailed() throws IOException {
        Path current = new JmhFiles()
                .add(LOAD, "thrpt", Map.of("strategy", "full", "size", "64MiB"), "ops/s", JmhFiles.noisy(13, 0.02, 31), Map.of())
                .add(LOAD, "thrpt", Map.of("strategy", "mmap", "size", "64MiB"), "ops/s", JmhFiles.noisy(40, 0.02, 32), Map.of())
                .add(LOAD, "thrpt", Map.of("strategy", "chunked", "size", "64MiB"), "ops/s", JmhFiles.noisy(20, 0.02, 33), Map.of())
                .add(LOOKUP, "avgt", Map.of(), "us/op", JmhFiles.noisy(3.5, 0.02, 34), Map.of())
                .write(dir.resolve("current.json"));
        ComparisonReport report = compare(baseline(), current);
        assertThat(report.hasRegression()).isFalse();
        assertThat(report.count(Verdict.IMPROVEMENT)).isEqualTo(2);
        assertThat(report.comparisons().get(3).worseBy()).isNegative();
    }

    @Test
    void significantButSmallChangeIsWithinThreshold() throws IOException {
        Path base = new JmhFiles().add(LOAD, "thrpt", Map.of(), "ops/s", JmhFiles.noisy(100, 0.001, 1), Map.of()).write(dir.resolve("b.json"));
        Path cur = new JmhFiles().add(LOAD, "thrpt", Map.of(), "ops/s", JmhFiles.noisy(97, 0.001, 2), Map.of()).write(dir.resolve("c.json"));
        Comparison c = compare(base, cur).comparisons().getFirst();
        assertThat(c.pValue()).isLessThan(1e-6);
        assertThat(c.verdict()).isEqualTo(Verdict.WITHIN_THRESHOLD);
        assertThat(new RunComparator(2, 0.01).compare(JmhJsonReader.read(base), JmhJsonReader.read(cur)).hasRegression()).isTrue();
    }

    @Test
    void withoutRawDataConfidenceIntervalsDecide() throws IOException {
        // single iteration per fork, one fork: no raw data to test, and JMH writes scoreError "NaN"
        Path base = new JmhFiles().add(LOAD, "ss", Map.of(), "s/op", new double[][] {{2.0}}, Map.of()).write(dir.resolve("b.json"));
        Path cur = new JmhFiles().add(LOAD, "ss", Map.of(), "s/op", new double[][] {{3.0}}, Map.of()).write(dir.resolve("c.json"));
        Comparison c = compare(base, cur).comparisons().getFirst();
        assertThat(c.verdict()).isEqualTo(Verdict.REGRESSION);
        assertThat(c.basis()).startsWith(RunComparator.POINT_ESTIMATES).contains("no raw data or error estimate");
        assertThat(c.worseBy()).isEqualTo(50);
        Path near = new JmhFiles().add(LOAD, "ss", Map.of(), "s/op", new double[][] {{2.06}}, Map.of()).write(dir.resolve("n.json"));
        assertThat(compare(base, near).comparisons().getFirst().verdict()).isEqualTo(Verdict.UNKNOWN);
    }

    @Test
    void quickRunsWithTwoSamplesStillFailABigDrop() throws IOException {
        // bench --quick: 1 fork x 2 iterations; Welch's test has almost no power with 2 vs 2
        Path base = new JmhFiles().add(LOAD, "thrpt", Map.of(), "ops/s", new double[][] {{100, 60}}, Map.of()).write(dir.resolve("b.json"));
        Path cur = new JmhFiles().add(LOAD, "thrpt", Map.of(), "ops/s", new double[][] {{10, 6}}, Map.of()).write(dir.resolve("c.json"));
        ComparisonReport report = compare(base, cur);
        Comparison c = report.comparisons().getFirst();
        assertThat(c.pValue()).isGreaterThan(0.01);
        assertThat(c.verdict()).isEqualTo(Verdict.REGRESSION);
        assertThat(c.basis()).startsWith(RunComparator.POINT_ESTIMATES).contains("2 vs 2 samples");
        assertThat(ComparisonTable.markdown(report)).contains("REGRESSION (" + RunComparator.POINT_ESTIMATES);
        // every fact in one level of clauses: no parentheses nested in the verdict's, the p-value among them
        String verdict = ComparisonTable.markdown(report).lines().filter(l -> l.contains("REGRESSION (")).findFirst().orElseThrow();
        assertThat(verdict).contains("REGRESSION (point estimates vs threshold; Welch t-test p=" + ComparisonTable.p(c.pValue())
                + " on 2 vs 2 samples, too few to judge) |");
        assertThat(verdict.substring(verdict.indexOf("REGRESSION (") + 12)).doesNotContain("(");
        Path small = new JmhFiles().add(LOAD, "thrpt", Map.of(), "ops/s", new double[][] {{99, 58}}, Map.of()).write(dir.resolve("s.json"));
        assertThat(compare(base, small).comparisons().getFirst().verdict()).isEqualTo(Verdict.NOISE);
    }

    @Test
    void enoughSamplesThatAreNotSignificantStayNoise() throws IOException {
        double[][] wild = {{100, 20, 180, 60, 140}};
        double[][] lower = {{80, 10, 150, 50, 110}};
        Path base = new JmhFiles().add(LOAD, "thrpt", Map.of(), "ops/s", wild, Map.of()).write(dir.resolve("b.json"));
        Path cur = new JmhFiles().add(LOAD, "thrpt", Map.of(), "ops/s", lower, Map.of()).write(dir.resolve("c.json"));
        assertThat(compare(base, cur).comparisons().getFirst().verdict()).isEqualTo(Verdict.NOISE);
    }

    @Test
    void missingAndNewBenchmarksAreListed() throws IOException {
        Path cur = new JmhFiles().add(LOAD, "thrpt", Map.of("strategy", "parallel", "size", "64MiB"), "ops/s",
                JmhFiles.noisy(50, 0.02, 5), Map.of()).write(dir.resolve("c.json"));
        ComparisonReport report = compare(baseline(), cur);
        assertThat(report.count(Verdict.MISSING)).isEqualTo(4);
        assertThat(report.count(Verdict.NEW)).isEqualTo(1);
        assertThat(report.hasRegression()).isFalse();
    }

    @Test
    void allocationTripledAtTheSameThroughputIsARegressionNotAnImprovement() throws IOException {
        // -prof gc writes gc.alloc.rate in MB/sec: a unit that reads as a rate, for a cost
        Path base = new JmhFiles().add(LOAD, "thrpt", Map.of(), "ops/s", JmhFiles.noisy(40, 0.01, 1),
                Map.of("gc.alloc.rate", 100.0)).write(dir.resolve("gb.json"));
        Path cur = new JmhFiles().add(LOAD, "thrpt", Map.of(), "ops/s", JmhFiles.noisy(40, 0.01, 2),
                Map.of("gc.alloc.rate", 300.0)).write(dir.resolve("gc.json"));
        for (Path p : List.of(base, cur)) {
            Files.writeString(p, Files.readString(p).replace("\"bytes\"", "\"MB/sec\""));
        }
        Comparison alloc = RunComparator.defaults().compare(JmhJsonReader.read(base), JmhJsonReader.read(cur),
                List.of("gc.alloc.rate")).comparisons().get(1);
        assertThat(alloc.direction()).isEqualTo(Direction.LOWER_IS_BETTER);
        assertThat(alloc.verdict()).isEqualTo(Verdict.REGRESSION);
    }

    @Test
    void aPeakIsJudgedOnItsPointEstimatesAndNoChangeIsNoChangeAtAZeroThreshold() throws IOException {
        double mib = 1 << 20;
        // running maxima within a fork: tight, rising samples a t-test would call significant
        double[][] base = {{300 * mib, 301 * mib, 302 * mib}};
        double[][] cur = {{330 * mib, 331 * mib, 332 * mib}};
        Path b = new JmhFiles().add(LOAD, "thrpt", Map.of(), "ops/s", JmhFiles.noisy(40, 0.01, 1), Map.of()).write(dir.resolve("pb.json"));
        Path c = new JmhFiles().add(LOAD, "thrpt", Map.of(), "ops/s", JmhFiles.noisy(40, 0.01, 2), Map.of()).write(dir.resolve("pc.json"));
        ResultSet bs = withPeak(JmhJsonReader.read(b), base);
        ResultSet cs = withPeak(JmhJsonReader.read(c), cur);
        Comparison peak = new RunComparator(25, RunComparator.DEFAULT_ALPHA).compare(bs, cs, List.of("mem.peak.rssAnon.bytes"))
                .comparisons().get(1);
        assertThat(peak.basis()).startsWith(RunComparator.POINT_ESTIMATES).contains("running maxima");
        assertThat(peak.verdict()).as("+10%% is within a 25%% threshold").isEqualTo(Verdict.WITHIN_THRESHOLD);

        ComparisonReport same = new RunComparator(0, RunComparator.DEFAULT_ALPHA).compare(JmhJsonReader.read(b), JmhJsonReader.read(b));
        assertThat(same.comparisons()).allMatch(x -> x.verdict() != Verdict.IMPROVEMENT && x.verdict() != Verdict.REGRESSION);
    }

    @Test
    void aPValueIsNeverRoundedAcrossTheTestsLevel() {
        assertThat(ComparisonTable.p(0.00996)).isEqualTo("0.00996");
        assertThat(ComparisonTable.p(0.0100)).isEqualTo("0.010");
        assertThat(ComparisonTable.p(0.0042)).isEqualTo("0.0042");
        assertThat(ComparisonTable.p(0.37)).isEqualTo("0.37");
    }

    @Test
    void anEffectSizeWithoutValueIsShownAsJsonHasIt() throws IOException {
        // QA: iterations without spread gave "g=-Infinity" in the Markdown, null in --json
        Path base = new JmhFiles().add(LOAD, "thrpt", Map.of(), "ops/s", new double[][] {{100, 100, 100, 100, 100}}, Map.of())
                .write(dir.resolve("zv-base.json"));
        Path cur = new JmhFiles().add(LOAD, "thrpt", Map.of(), "ops/s", new double[][] {{90, 90, 90, 90, 90}}, Map.of())
                .write(dir.resolve("zv-cur.json"));
        ComparisonReport report = compare(base, cur);
        assertThat(report.comparisons().getFirst().effectSize()).isInfinite();
        assertThat(ComparisonTable.markdown(report)).contains("| -10.0% | REGRESSION (p=0.0, g n/a) |").doesNotContain("Infinity");
        assertThat(ComparisonTable.markdown(compare(base, base))).contains("| +0.0% | noise (p=1.0, g=0.0) |");
        // a g that rounds to zero has no sign
        assertThat(ComparisonTable.g(-0.04)).isEqualTo("g=0.0");
        assertThat(ComparisonTable.g(-0.0)).isEqualTo("g=0.0");
        assertThat(ComparisonTable.g(-0.06)).isEqualTo("g=-0.1");
        assertThat(ComparisonTable.g(Double.NaN)).isEqualTo("g n/a");
    }

    @Test
    void aPeakOverTheInputIsJudgedAsThePeakItself() throws IOException {
        // one fork's iterations, one of which peaked 60% higher: a t-test over them calls it noise
        double[][] base = {{100e6, 101e6, 99e6, 100e6, 100e6}};
        double[][] cur = {{100e6, 101e6, 99e6, 100e6, 160e6}};
        Path b = new JmhFiles().add(LOAD, "thrpt", Map.of(), "ops/s", JmhFiles.noisy(40, 0.01, 1), Map.of()).write(dir.resolve("pb.json"));
        Path c = new JmhFiles().add(LOAD, "thrpt", Map.of(), "ops/s", JmhFiles.noisy(40, 0.01, 2), Map.of()).write(dir.resolve("pc.json"));
        for (String metric : List.of("mem.peak.rssAnon.bytes", "mem.rssAnon.perInputByte", "mem.rssAnon.perRecord")) {
            double per = metric.startsWith("mem.peak.") ? 1 : 64 << 20;
            Comparison peak = RunComparator.defaults().compare(withPeak(JmhJsonReader.read(b), base, metric, per),
                    withPeak(JmhJsonReader.read(c), cur, metric, per), List.of(metric)).comparisons().get(1);
            assertThat(peak.basis()).as(metric).startsWith(RunComparator.POINT_ESTIMATES);
            assertThat(peak.verdict()).as(metric).isEqualTo(Verdict.REGRESSION);
        }
    }

    private static ResultSet withPeak(ResultSet rs, double[][] raw) {
        return withPeak(rs, raw, "mem.peak.rssAnon.bytes", 1);
    }

    /** @return the run with one secondary metric: the raw peaks over {@code per} */
    private static ResultSet withPeak(ResultSet rs, double[][] raw, String metric, double per) {
        BenchmarkResult r = rs.results().getFirst();
        double[] flat = Arrays.stream(raw[0]).map(v -> v / per).toArray();
        Score peak = new Score(Arrays.stream(flat).max().orElseThrow(), Double.NaN, per == 1 ? "bytes" : "bytes/byte",
                flat);
        return new ResultSet(rs.source(), List.of(new BenchmarkResult(r.benchmark(), r.mode(), r.params(), r.threads(), r.forks(),
                r.primary(), Map.of(metric, peak))));
    }

    @Test
    void memoryIsJudgedWhenAsked() throws IOException {
        double mib = 1 << 20;
        Path base = new JmhFiles().add(LOAD, "thrpt", Map.of("strategy", "mmap"), "ops/s", JmhFiles.noisy(40, 0.02, 1),
                Map.of("mem.peak.rssAnon.bytes", 80 * mib)).write(dir.resolve("b.json"));
        Path cur = new JmhFiles().add(LOAD, "thrpt", Map.of("strategy", "mmap"), "ops/s", JmhFiles.noisy(40, 0.02, 2),
                Map.of("mem.peak.rssAnon.bytes", 400 * mib)).write(dir.resolve("c.json"));
        ComparisonReport primaryOnly = compare(base, cur);
        assertThat(primaryOnly.comparisons()).hasSize(1);
        ComparisonReport withMemory = RunComparator.defaults().compare(JmhJsonReader.read(base), JmhJsonReader.read(cur),
                java.util.List.of("mem.peak.rssAnon.bytes"));
        assertThat(withMemory.comparisons()).hasSize(2);
        Comparison memory = withMemory.comparisons().get(1);
        assertThat(memory.metric()).isEqualTo("mem.peak.rssAnon.bytes");
        assertThat(memory.direction()).isEqualTo(Direction.LOWER_IS_BETTER);
        assertThat(memory.worseBy()).isEqualTo(400);
        // one value per run and no error estimate: judged on the point estimates against the threshold
        assertThat(memory.verdict()).isEqualTo(Verdict.REGRESSION);
        assertThat(memory.basis()).startsWith(RunComparator.POINT_ESTIMATES);
        assertThat(ComparisonTable.markdown(withMemory)).contains("| LoadBench.load (thrpt) mem.peak.rssAnon.bytes | strategy=mmap | 80.0 MiB | 400 MiB | +400.0% |");
    }

    @Test
    void aSecondaryMetricInNoBenchmarkOfBothRunsIsRefusedNamingTheAvailableOnes() throws IOException {
        double mib = 1 << 20;
        Path base = new JmhFiles().add(LOAD, "thrpt", Map.of(), "ops/s", JmhFiles.noisy(40, 0.02, 1),
                Map.of("mem.peak.rssAnon.bytes", 80 * mib, "mem.peak.heap.bytes", 10 * mib)).write(dir.resolve("b.json"));
        Path cur = new JmhFiles().add(LOAD, "thrpt", Map.of(), "ops/s", JmhFiles.noisy(40, 0.02, 2),
                Map.of("mem.peak.rssAnon.bytes", 80 * mib, "only.current.bytes", 1.0)).write(dir.resolve("c.json"));
        for (String metric : new String[] {"foo.bar", "mem.peak.heap.bytes", "only.current.bytes"}) {
            assertThatThrownBy(() -> RunComparator.defaults().compare(JmhJsonReader.read(base), JmhJsonReader.read(cur),
                    java.util.List.of("mem.peak.rssAnon.bytes", metric)))
                    .isInstanceOf(IllegalArgumentException.class)
                    .hasMessage("secondary metric " + metric + " is in no benchmark of both runs; "
                            + "metrics in both: mem.peak.rssAnon.bytes");
        }
    }

    @Test
    void nothingInCommonIsNotAPass() throws IOException {
        Path other = new JmhFiles().add("com.y.Other.bench", "thrpt", Map.of(), "ops/s", JmhFiles.noisy(5, 0.02, 1), Map.of())
                .write(dir.resolve("other.json"));
        ComparisonReport report = compare(baseline(), other);
        assertThat(report.compared()).isZero();
        assertThat(report.hasRegression()).isFalse();
        assertThat(ComparisonTable.markdown(report)).startsWith("**Nothing compared**: ").contains("4 missing in current, 1 new");
        assertThat(compare(baseline(), baseline()).compared()).isEqualTo(4);
    }

    @Test
    void resultsThatDifferOnlyInThreadsArePairedByThreads() throws IOException {
        // one run with -t 1 and one with -t 4 merged into one file: 100 ops/s and 50 ops/s
        Path merged = new JmhFiles()
                .add(LOAD, "thrpt", Map.of(), "ops/s", JmhFiles.noisy(100, 0.01, 1), Map.of())
                .add(LOAD, "thrpt", Map.of(), "ops/s", JmhFiles.noisy(50, 0.01, 2), Map.of()).threads(4)
                .write(dir.resolve("merged.json"));
        ComparisonReport self = compare(merged, merged);
        assertThat(self.compared()).isEqualTo(2);
        assertThat(self.hasRegression()).isFalse();
        assertThat(self.comparisons()).extracting(Comparison::verdict).containsOnly(Verdict.NOISE);
        assertThat(self.comparisons()).extracting(c -> c.any().threads()).containsExactly(1, 4);
        assertThat(ComparisonTable.markdown(self)).contains("| LoadBench.load (thrpt) (4 threads) |");
        // the same results in the other order pair the same way
        Path swapped = new JmhFiles()
                .add(LOAD, "thrpt", Map.of(), "ops/s", JmhFiles.noisy(50, 0.01, 2), Map.of()).threads(4)
                .add(LOAD, "thrpt", Map.of(), "ops/s", JmhFiles.noisy(100, 0.01, 1), Map.of())
                .write(dir.resolve("swapped.json"));
        assertThat(compare(merged, swapped).comparisons()).extracting(Comparison::verdict).containsOnly(Verdict.NOISE);
    }

    @Test
    void resultsThatCannotBeToldApartAreRefused() throws IOException {
        Path dup = new JmhFiles()
                .add(LOAD, "thrpt", Map.of(), "ops/s", JmhFiles.noisy(100, 0.01, 1), Map.of())
                .add(LOAD, "thrpt", Map.of(), "ops/s", JmhFiles.noisy(50, 0.01, 2), Map.of())
                .write(dir.resolve("dup.json"));
        assertThatThrownBy(() -> compare(dup, dup)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("dup.json has two results for " + LOAD + " [thrpt] that cannot be told apart");
        assertThatThrownBy(() -> compare(baseline(), dup)).hasMessageContaining("dup.json has two results");
    }

    @Test
    void hugeScoresAreComparedNotAnInternalError() throws IOException {
        // QA: scores of 1e80 ops/s failed with "degrees of freedom must be positive: NaN", naming no file
        Path base = new JmhFiles().add(LOAD, "thrpt", Map.of(), "ops/s", JmhFiles.noisy(1e80, 0.01, 1), Map.of())
                .write(dir.resolve("huge.json"));
        Path cur = new JmhFiles().add(LOAD, "thrpt", Map.of(), "ops/s", JmhFiles.noisy(0.8e80, 0.01, 2), Map.of())
                .write(dir.resolve("huge2.json"));
        Comparison slower = compare(base, cur).comparisons().getFirst();
        assertThat(slower.verdict()).isEqualTo(Verdict.REGRESSION);
        assertThat(slower.basis()).isEqualTo("Welch t-test");
        assertThat(slower.pValue()).isLessThan(0.01);
        assertThat(compare(base, base).comparisons().getFirst().verdict()).isEqualTo(Verdict.NOISE);
    }

    @Test
    void directionComesFromModeAndUnit() {
        assertThat(Direction.of(Mode.THROUGHPUT, "ops/s")).isEqualTo(Direction.HIGHER_IS_BETTER);
        assertThat(Direction.of(Mode.THROUGHPUT, "ops/ms")).isEqualTo(Direction.HIGHER_IS_BETTER);
        assertThat(Direction.of(Mode.AVERAGE_TIME, "ms/op")).isEqualTo(Direction.LOWER_IS_BETTER);
        assertThat(Direction.of(Mode.SAMPLE_TIME, "us/op")).isEqualTo(Direction.LOWER_IS_BETTER);
        assertThat(Direction.of(Mode.SINGLE_SHOT, "s/op")).isEqualTo(Direction.LOWER_IS_BETTER);
        assertThat(Direction.of(Mode.THROUGHPUT, "B/op")).isEqualTo(Direction.LOWER_IS_BETTER);
        assertThat(Direction.of(Mode.AVERAGE_TIME, "MB/s")).isEqualTo(Direction.HIGHER_IS_BETTER);
        assertThat(Direction.of(Mode.THROUGHPUT, "bytes")).isEqualTo(Direction.LOWER_IS_BETTER);
        assertThat(Direction.of(Mode.THROUGHPUT, "widgets")).isEqualTo(Direction.HIGHER_IS_BETTER);
        assertThat(Direction.of(Mode.AVERAGE_TIME, "widgets")).isEqualTo(Direction.LOWER_IS_BETTER);
        // -prof gc and similar: costs in units that read as rates or counts
        assertThat(Direction.of(Mode.THROUGHPUT, "gc.alloc.rate", "MB/sec")).isEqualTo(Direction.LOWER_IS_BETTER);
        assertThat(Direction.of(Mode.THROUGHPUT, "\u00b7gc.count", "counts")).isEqualTo(Direction.LOWER_IS_BETTER);
        assertThat(Direction.of(Mode.THROUGHPUT, "cpu.util", "%")).isEqualTo(Direction.LOWER_IS_BETTER);
        assertThat(Direction.of(Mode.THROUGHPUT, "mem.peak.rssAnon.bytes", "bytes")).isEqualTo(Direction.LOWER_IS_BETTER);
        assertThat(Direction.of(Mode.THROUGHPUT, "IPC", "insns/clk")).isEqualTo(Direction.HIGHER_IS_BETTER);
        assertThat(Direction.of(Mode.THROUGHPUT, "rate.mb", "MB/s")).isEqualTo(Direction.HIGHER_IS_BETTER);
    }

    @Test
    void gatesCompareVariantsWithinOneRun() throws IOException {
        ResultSet run = JmhJsonReader.read(baseline());
        assertThat(Gate.parse("mmap/full >= 3").check(run)).singleElement().satisfies(check -> {
            assertThat(check.ratio()).isBetween(3.6, 4.4);
            assertThat(check.passed()).isTrue();
        });
        assertThat(Gate.parse("chunked/full>=3").check(run).getFirst().passed()).isFalse();
        assertThatThrownBy(() -> Gate.parse("duckdb/full >= 2").check(run)).hasMessageContaining("no benchmark has both variants");
        assertThatThrownBy(() -> Gate.parse("mmap is fast")).hasMessageContaining("not a gate");
    }

    @Test
    void aGateChecksEachThreadCountApartAndNeverAcrossThem() throws IOException {
        // keyed without threads, the 1-thread check was dropped for the 4-thread one, and mmap at 4 threads
        // over full at 1 passed "mmap/full >= 3" though the two were never measured side by side
        Path both = new JmhFiles()
                .add(LOAD, "thrpt", Map.of("strategy", "full"), "ops/s", JmhFiles.noisy(10, 0.01, 1), Map.of())
                .add(LOAD, "thrpt", Map.of("strategy", "full"), "ops/s", JmhFiles.noisy(35, 0.01, 2), Map.of()).threads(4)
                .add(LOAD, "thrpt", Map.of("strategy", "mmap"), "ops/s", JmhFiles.noisy(40, 0.01, 3), Map.of())
                .add(LOAD, "thrpt", Map.of("strategy", "mmap"), "ops/s", JmhFiles.noisy(42, 0.01, 4), Map.of()).threads(4)
                .write(dir.resolve("threads.json"));
        List<Gate.Check> checks = Gate.parse("mmap/full >= 3").check(JmhJsonReader.read(both));
        assertThat(checks).extracting(Gate.Check::context)
                .containsExactly("LoadBench.load [thrpt]", "LoadBench.load [thrpt] (4 threads)");
        assertThat(checks).extracting(Gate.Check::passed).containsExactly(true, false);

        Path apart = new JmhFiles()
                .add(LOAD, "thrpt", Map.of("strategy", "full"), "ops/s", JmhFiles.noisy(10, 0.01, 1), Map.of())
                .add(LOAD, "thrpt", Map.of("strategy", "mmap"), "ops/s", JmhFiles.noisy(42, 0.01, 4), Map.of()).threads(4)
                .write(dir.resolve("apart.json"));
        assertThatThrownBy(() -> Gate.parse("mmap/full >= 3").check(JmhJsonReader.read(apart)))
                .hasMessageContaining("never in one benchmark, mode, parameters and threads (mmap in LoadBench.load [thrpt] (4 threads); "
                        + "full in LoadBench.load [thrpt])");
    }

    @Test
    void aGateWhoseVariantsAreNeverSideBySideSaysWhereEachWasMeasured() throws IOException {
        // both variants are in the run, in two modes: "no benchmark has both variants" sent the user looking for one
        Path modes = new JmhFiles()
                .add(LOAD, "thrpt", Map.of("strategy", "mmap", "size", "64MiB"), "ops/s", JmhFiles.noisy(40, 0.02, 2), Map.of())
                .add(LOAD, "avgt", Map.of("strategy", "full", "size", "64MiB"), "ms/op", JmhFiles.noisy(100, 0.02, 1), Map.of())
                .write(dir.resolve("modes.json"));
        assertThatThrownBy(() -> Gate.parse("mmap/full >= 3").check(JmhJsonReader.read(modes)))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("mmap and full are both in " + modes + " but never in one benchmark, mode, parameters and threads "
                        + "(mmap in LoadBench.load [thrpt] {size=64MiB}; full in LoadBench.load [avgt] {size=64MiB})")
                .hasMessageContaining("a gate compares them in one mode")
                .hasMessageNotContaining("no benchmark has both variants");
        // at two sizes in one mode: they are in different contexts, but no mode is to blame
        Path sizes = new JmhFiles()
                .add(LOAD, "thrpt", Map.of("strategy", "mmap", "size", "64MiB"), "ops/s", JmhFiles.noisy(40, 0.02, 2), Map.of())
                .add(LOAD, "thrpt", Map.of("strategy", "full", "size", "32MiB"), "ops/s", JmhFiles.noisy(10, 0.02, 1), Map.of())
                .write(dir.resolve("sizes.json"));
        assertThatThrownBy(() -> Gate.parse("mmap/full >= 3").check(JmhJsonReader.read(sizes)))
                .hasMessageContaining("(mmap in LoadBench.load [thrpt] {size=64MiB}; full in LoadBench.load [thrpt] {size=32MiB})")
                .hasMessageNotContaining("mode;");
    }

    @Test
    void aGateComparesPeersInOneUnitAndRefusesAThroughputOverATime() throws IOException {
        // peers as methods of one class, one declaring another @OutputTimeUnit: 0.5 ops/ms is 5 times 100 ops/s
        String peers = "com.example.Peers.";
        Path run = new JmhFiles()
                .add(peers + "slow", "thrpt", Map.of("size", "64MiB"), "ops/s", JmhFiles.noisy(100, 0.001, 1), Map.of())
                .add(peers + "fast", "thrpt", Map.of("size", "64MiB"), "ops/ms", JmhFiles.noisy(0.5, 0.001, 2), Map.of())
                .add(peers + "slow", "avgt", Map.of("size", "64MiB"), "ms/op", JmhFiles.noisy(10, 0.001, 3), Map.of())
                .add(peers + "fast", "avgt", Map.of("size", "64MiB"), "us/op", JmhFiles.noisy(2000, 0.001, 4), Map.of())
                .write(dir.resolve("peers.json"));
        assertThat(Gate.parse("fast/slow >= 3").check(JmhJsonReader.read(run))).hasSize(2).allSatisfy(check -> {
            assertThat(check.ratio()).isBetween(4.9, 5.1);
            assertThat(check.passed()).isTrue();
        });
        assertThat(Gate.parse("slow/fast >= 100").check(JmhJsonReader.read(run))).noneMatch(Gate.Check::passed);

        Path mixed = new JmhFiles()
                .add(peers + "slow", "avgt", Map.of(), "ms/op", JmhFiles.noisy(10, 0.001, 1), Map.of())
                .add(peers + "fast", "avgt", Map.of(), "ops/s", JmhFiles.noisy(500, 0.001, 2), Map.of())
                .write(dir.resolve("mixed.json"));
        assertThatThrownBy(() -> Gate.parse("fast/slow >= 3").check(JmhJsonReader.read(mixed)))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("gate 'fast/slow >= 3': units differ in Peers [avgt] of " + mixed)
                .hasMessageContaining("(fast in ops/s, slow in ms/op): a throughput and a time per operation make no ratio");
        Path foreign = new JmhFiles()
                .add(peers + "slow", "thrpt", Map.of(), "ops/s", JmhFiles.noisy(10, 0.001, 1), Map.of())
                .add(peers + "fast", "thrpt", Map.of(), "rows/s", JmhFiles.noisy(500, 0.001, 2), Map.of())
                .write(dir.resolve("foreign.json"));
        assertThatThrownBy(() -> Gate.parse("fast/slow >= 3").check(JmhJsonReader.read(foreign)))
                .hasMessageContaining("(fast in rows/s, slow in ops/s): not both times or rates");
    }

    @Test
    void theProfilerSuitesSamplingParameterIsAVariant() throws IOException {
        String overhead = "io.chunkwise.bench.profiler.SamplerOverheadBenchmark.checksum";
        Path file = new JmhFiles().add(overhead, "thrpt", Map.of("sampling", "OFF"), "ops/s", JmhFiles.noisy(100, 0.01, 1), Map.of())
                .add(overhead, "thrpt", Map.of("sampling", "EVERY_5MS"), "ops/s", JmhFiles.noisy(98, 0.01, 2), Map.of())
                .write(dir.resolve("profiler.json"));
        assertThat(Gate.parse("OFF/EVERY_5MS >= 1").check(JmhJsonReader.read(file))).singleElement()
                .satisfies(check -> assertThat(check.passed()).isTrue());
    }

    private static ComparisonReport compare(Path base, Path cur) {
        return RunComparator.defaults().compare(JmhJsonReader.read(base), JmhJsonReader.read(cur));
    }
}
