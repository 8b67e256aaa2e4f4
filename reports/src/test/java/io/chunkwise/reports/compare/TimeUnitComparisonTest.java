package io.chunkwise.reports.compare;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import io.chunkwise.reports.JmhFiles;
import io.chunkwise.reports.model.Direction;
import io.chunkwise.reports.read.JmhJsonReader;
import io.chunkwise.reports.table.Table;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A baseline and a current run in different time units (a class whose {@code @OutputTimeUnit}
 * changed, or {@code -tu ms} given to one run) are compared in the baseline's unit, as report
 * converts them; units and modes that do not convert are refused, saying why.
 */
class TimeUnitComparisonTest {
    static final String LOAD = "io.chunkwise.bench.LoadBench.load";
    static final String LOOKUP = "io.chunkwise.bench.LookupBench.lookup";
    static final Map<String, String> FULL = Map.of("strategy", "full", "size", "64MiB");

    @TempDir
    Path dir;

    /** @return the values scaled, e.g. ops/s to ops/ms: the same measurement in another unit */
    static double[][] scaled(double[][] raw, double factor) {
        return Arrays.stream(raw).map(fork -> Arrays.stream(fork).map(v -> v * factor).toArray()).toArray(double[][]::new);
    }

    ComparisonReport compare(JmhFiles baseline, JmhFiles current) throws IOException {
        return RunComparator.defaults().compare(JmhJsonReader.read(baseline.write(dir.resolve("baseline.json"))),
                JmhJsonReader.read(current.write(dir.resolve("current.json"))));
    }

    @Test
    void aRateInAnotherTimeUnitIsComparedInTheBaselinesUnit() throws IOException {
        double[][] base = JmhFiles.noisy(100, 0.02, 1);
        double[][] slower = JmhFiles.noisy(80, 0.02, 2);
        // 80 ops/s written as ops/ms: a 20% drop, not a 99.9% one or a refusal
        Comparison c = compare(new JmhFiles().add(LOAD, "thrpt", FULL, "ops/s", base, Map.of()),
                new JmhFiles().add(LOAD, "thrpt", FULL, "ops/ms", scaled(slower, 1e-3), Map.of())).comparisons().getFirst();
        assertThat(c.verdict()).isEqualTo(Verdict.REGRESSION);
        assertThat(c.direction()).isEqualTo(Direction.HIGHER_IS_BETTER);
        assertThat(c.changePercent()).isBetween(-23.0, -17.0);
        assertThat(c.currentScore().unit()).isEqualTo("ops/s");
        assertThat(c.currentScore().value()).isCloseTo(c.current().primary().value() * 1000, within(1e-9));
        assertThat(Arrays.stream(c.currentScore().samples()).boxed().toList()).hasSize(10)
                .allSatisfy(v -> assertThat(v).isBetween(70.0, 90.0));
        assertThat(c.convertedFrom()).hasValue("ops/ms");

        // the test judges as it would on the same values written in one unit
        Comparison oneUnit = compare(new JmhFiles().add(LOAD, "thrpt", FULL, "ops/s", base, Map.of()),
                new JmhFiles().add(LOAD, "thrpt", FULL, "ops/s", slower, Map.of())).comparisons().getFirst();
        assertThat(c.pValue()).isCloseTo(oneUnit.pValue(), within(1e-12));
        assertThat(c.effectSize()).isCloseTo(oneUnit.effectSize(), within(1e-9));
        assertThat(c.changePercent()).isCloseTo(oneUnit.changePercent(), within(1e-9));
        assertThat(oneUnit.convertedFrom()).isEmpty();

        // faster in ops/ms: an improvement, the direction of a rate kept
        Comparison faster = compare(new JmhFiles().add(LOAD, "thrpt", FULL, "ops/s", base, Map.of()),
                new JmhFiles().add(LOAD, "thrpt", FULL, "ops/ms", scaled(JmhFiles.noisy(120, 0.02, 3), 1e-3), Map.of()))
                .comparisons().getFirst();
        assertThat(faster.verdict()).isEqualTo(Verdict.IMPROVEMENT);
        assertThat(faster.changePercent()).isBetween(17.0, 23.0);
    }

    @Test
    void aTimeInAnotherUnitIsComparedInTheBaselinesUnitLowerBeingBetter() throws IOException {
        // 2 ms/op then 2,400 us/op: 20% slower, a regression of a time
        Comparison c = compare(new JmhFiles().add(LOOKUP, "avgt", Map.of(), "ms/op", JmhFiles.noisy(2, 0.02, 4), Map.of()),
                new JmhFiles().add(LOOKUP, "avgt", Map.of(), "us/op", JmhFiles.noisy(2400, 0.02, 5), Map.of()))
                .comparisons().getFirst();
        assertThat(c.direction()).isEqualTo(Direction.LOWER_IS_BETTER);
        assertThat(c.changePercent()).isBetween(17.0, 23.0);
        assertThat(c.verdict()).isEqualTo(Verdict.REGRESSION);
        assertThat(c.currentScore().unit()).isEqualTo("ms/op");
        assertThat(c.currentScore().value()).isBetween(2.3, 2.5);
    }

    @Test
    void theTableShowsOneUnitAndNamesTheConversion() throws IOException {
        ComparisonReport report = compare(new JmhFiles()
                        .add(LOAD, "thrpt", FULL, "ops/s", JmhFiles.noisy(500, 0.01, 1), Map.of())
                        .add(LOOKUP, "avgt", Map.of(), "ms/op", JmhFiles.noisy(2, 0.01, 2), Map.of()),
                new JmhFiles()
                        .add(LOAD, "thrpt", FULL, "ops/ms", new double[][] {{0.497, 0.503, 0.5, 0.501, 0.499}}, Map.of())
                        .add(LOOKUP, "avgt", Map.of(), "us/op", new double[][] {{1990, 2010, 2000, 2005, 1995}}, Map.of()));
        Table t = ComparisonTable.of(report);
        assertThat(t.text(0, 2)).endsWith(" ops/s");
        assertThat(t.text(0, 3)).as("0.5 ops/ms").matches("500 ± [0-9.]+ ops/s");
        assertThat(t.text(1, 3)).as("2,000 us/op").matches("2\\.00 ± 0\\.0[0-9]+ ms/op");
        assertThat(t.notes()).contains(
                "1 current score measured in ops/ms is shown and compared in ops/s, the baseline's unit (1 ops/ms = 1,000 ops/s).",
                "1 current score measured in us/op is shown and compared in ms/op, the baseline's unit (1,000 us/op = 1 ms/op).");
        assertThat(report.comparisons()).extracting(Comparison::verdict).doesNotContain(Verdict.REGRESSION, Verdict.IMPROVEMENT);
        assertThat(ComparisonTable.markdown(report)).startsWith("**No performance regression**");

        Table same = ComparisonTable.of(compare(new JmhFiles().add(LOAD, "thrpt", FULL, "ops/s", JmhFiles.noisy(500, 0.01, 1), Map.of()),
                new JmhFiles().add(LOAD, "thrpt", FULL, "ops/s", JmhFiles.noisy(500, 0.01, 3), Map.of())));
        assertThat(same.notes()).noneMatch(n -> n.contains("shown and compared in"));
    }

    @Test
    void unitsThatDoNotConvertAreRefusedSayingWhy() throws IOException {
        JmhFiles rate = new JmhFiles().add(LOAD, "thrpt", FULL, "ops/s", JmhFiles.noisy(100, 0.02, 1), Map.of());
        assertThatThrownBy(() -> compare(rate, new JmhFiles().add(LOAD, "thrpt", FULL, "rows/s", JmhFiles.noisy(100, 0.02, 2), Map.of())))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage(LOAD + " [thrpt] {size=64MiB, strategy=full} primary: units differ (ops/s in " + dir.resolve("baseline.json")
                        + " vs rows/s in " + dir.resolve("current.json") + "): rows/s is no rate "
                        + "of operations or time per operation, so it does not convert to ops/s; compare runs that measure it in one unit");
        assertThatThrownBy(() -> compare(rate, new JmhFiles().add(LOAD, "thrpt", FULL, "s/op", JmhFiles.noisy(0.01, 0.02, 2), Map.of())))
                .hasMessageContaining("units differ (ops/s in " + dir.resolve("baseline.json") + " vs s/op in " + dir.resolve("current.json")
                        + "): a rate and a time per operation do not convert into one another; "
                        + "compare runs that measure it in one mode (JMH -bm)");
    }

    @Test
    void aBenchmarkMeasuredInAnotherModeIsRefusedNotMissing() throws IOException {
        JmhFiles base = new JmhFiles()
                .add(LOAD, "thrpt", FULL, "ops/s", JmhFiles.noisy(100, 0.02, 1), Map.of())
                .add(LOOKUP, "avgt", Map.of(), "us/op", JmhFiles.noisy(5, 0.02, 2), Map.of());
        JmhFiles cur = new JmhFiles()
                .add(LOAD, "avgt", FULL, "ms/op", JmhFiles.noisy(10, 0.02, 3), Map.of())
                .add(LOOKUP, "avgt", Map.of(), "us/op", JmhFiles.noisy(5, 0.02, 4), Map.of());
        assertThatThrownBy(() -> compare(base, cur)).isInstanceOf(IllegalArgumentException.class)
                .hasMessage(LOAD + " {size=64MiB, strategy=full} is measured in thrpt (ops/s) in " + dir.resolve("baseline.json")
                        + " and in avgt (ms/op) in " + dir.resolve("current.json") + ": a throughput and an average time per "
                        + "operation are different measures, which no unit conversion makes one; measure both runs in one mode "
                        + "(JMH -bm thrpt)");
        // a benchmark removed while another mode of it stays is only missing
        JmhFiles both = new JmhFiles()
                .add(LOAD, "thrpt", FULL, "ops/s", JmhFiles.noisy(100, 0.02, 1), Map.of())
                .add(LOAD, "avgt", FULL, "ms/op", JmhFiles.noisy(10, 0.02, 2), Map.of());
        ComparisonReport report = compare(both, new JmhFiles().add(LOAD, "avgt", FULL, "ms/op", JmhFiles.noisy(10, 0.02, 3), Map.of()));
        assertThat(report.comparisons()).extracting(Comparison::verdict).containsExactly(Verdict.MISSING, Verdict.NOISE);
        assertThat(List.of(report.missingBenchmarks())).containsExactly(1L);
    }

    @Test
    void theOtherBenchmarksInAnotherModeAreCountedInWords() throws IOException {
        Map<String, String> mmap = Map.of("strategy", "mmap", "size", "64MiB");
        Map<String, String> chunked = Map.of("strategy", "chunked", "size", "64MiB");
        JmhFiles base = new JmhFiles().add(LOAD, "thrpt", FULL, "ops/s", JmhFiles.noisy(100, 0.02, 1), Map.of())
                .add(LOAD, "thrpt", mmap, "ops/s", JmhFiles.noisy(100, 0.02, 2), Map.of());
        JmhFiles cur = new JmhFiles().add(LOAD, "avgt", FULL, "ms/op", JmhFiles.noisy(10, 0.02, 3), Map.of())
                .add(LOAD, "avgt", mmap, "ms/op", JmhFiles.noisy(10, 0.02, 4), Map.of());
        // "(and 1 more benchmarks …)" said one in the plural
        assertThatThrownBy(() -> compare(base, cur)).hasMessageEndingWith("(JMH -bm thrpt) (and 1 more benchmark measured in another mode)");
        assertThatThrownBy(() -> compare(base.add(LOAD, "thrpt", chunked, "ops/s", JmhFiles.noisy(100, 0.02, 5), Map.of()),
                cur.add(LOAD, "avgt", chunked, "ms/op", JmhFiles.noisy(10, 0.02, 6), Map.of())))
                .hasMessageEndingWith("(JMH -bm thrpt) (and 2 more benchmarks measured in another mode)");
    }
}
