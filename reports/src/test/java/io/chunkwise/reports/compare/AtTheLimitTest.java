package io.chunkwise.reports.compare;

import static org.assertj.core.api.Assertions.assertThat;

import io.chunkwise.reports.JmhFiles;
import io.chunkwise.reports.model.ResultSet;
import io.chunkwise.reports.read.JmhJsonReader;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A change or ratio exactly at the limit the user wrote is at it, whatever the division's last bit. */
class AtTheLimitTest {
    static final String LOAD = "io.chunkwise.bench.LoadBench.load";

    @TempDir
    Path dir;

    @Test
    void aChangeExactlyAtTheThresholdIsBeyondItInEitherDirection() throws IOException {
        // G13-1: (3.15 - 3) / 3 is 4.9999999999999964%, (95 - 100) / 100 is -5.0%: both print as 5.0%
        double[][] time = {{3, 3, 3, 3, 3}};
        double[][] slower = {{3.15, 3.15, 3.15, 3.15, 3.15}};
        double[][] rate = {{100, 100, 100, 100, 100}};
        double[][] fewer = {{95, 95, 95, 95, 95}};
        Path base = new JmhFiles().add(LOAD, "avgt", Map.of("strategy", "mmap"), "ms/op", time, Map.of())
                .add(LOAD, "thrpt", Map.of("strategy", "full"), "ops/s", rate, Map.of()).write(dir.resolve("base.json"));
        Path cur = new JmhFiles().add(LOAD, "avgt", Map.of("strategy", "mmap"), "ms/op", slower, Map.of())
                .add(LOAD, "thrpt", Map.of("strategy", "full"), "ops/s", fewer, Map.of()).write(dir.resolve("cur.json"));
        ComparisonReport report = RunComparator.defaults().compare(JmhJsonReader.read(base), JmhJsonReader.read(cur));
        assertThat(report.comparisons()).extracting(Comparison::verdict).containsExactly(Verdict.REGRESSION, Verdict.REGRESSION);
        assertThat(ComparisonTable.markdown(report)).contains("| +5.0% | REGRESSION").contains("| -5.0% | REGRESSION");

        // and just inside it stays inside
        double[][] slightly = {{3.1499, 3.1499, 3.1499, 3.1499, 3.1499}};
        Path near = new JmhFiles().add(LOAD, "avgt", Map.of("strategy", "mmap"), "ms/op", slightly, Map.of())
                .add(LOAD, "thrpt", Map.of("strategy", "full"), "ops/s", rate, Map.of()).write(dir.resolve("near.json"));
        assertThat(RunComparator.defaults().compare(JmhJsonReader.read(base), JmhJsonReader.read(near)).comparisons().getFirst()
                .verdict()).isEqualTo(Verdict.WITHIN_THRESHOLD);
    }

    @Test
    void aGateExactlyAtItsFactorHoldsForAtLeastAndFailsForMoreThan() throws IOException {
        // G13-2: 0.3 / 0.1 is 2.9999999999999996, printed 3.00×
        double[][] full = {{0.3, 0.3, 0.3, 0.3, 0.3}};
        double[][] mmap = {{0.1, 0.1, 0.1, 0.1, 0.1}};
        ResultSet run = JmhJsonReader.read(new JmhFiles().add(LOAD, "avgt", Map.of("strategy", "full"), "ms/op", full, Map.of())
                .add(LOAD, "avgt", Map.of("strategy", "mmap"), "ms/op", mmap, Map.of()).write(dir.resolve("run.json")));
        assertThat(Gate.parse("mmap/full >= 3").check(run).getFirst().passed()).isTrue();
        assertThat(Gate.parse("mmap/full <= 3").check(run).getFirst().passed()).isTrue();
        assertThat(Gate.parse("mmap/full > 3").check(run).getFirst().passed()).isFalse();
        assertThat(Gate.parse("mmap/full < 3").check(run).getFirst().passed()).isFalse();
        assertThat(Gate.parse("mmap/full >= 3.01").check(run).getFirst().passed()).isFalse();
        assertThat(Gate.parse("mmap/full > 2.99").check(run).getFirst().passed()).isTrue();
    }

    @Test
    void twoZeroScoresAreAtNoLimit() throws IOException {
        // 0 / 0 is NaN: no change beyond the threshold and no gate met, whichever way it points
        double[][] zero = {{0, 0}};
        Path file = new JmhFiles().add(LOAD, "avgt", Map.of("strategy", "full"), "ms/op", zero, Map.of())
                .add(LOAD, "avgt", Map.of("strategy", "mmap"), "ms/op", zero, Map.of()).write(dir.resolve("zero.json"));
        ResultSet run = JmhJsonReader.read(file);
        assertThat(RunComparator.defaults().compare(run, run).comparisons()).extracting(Comparison::verdict)
                .containsOnly(Verdict.NOISE);
        for (String gate : new String[] {"mmap/full >= 1", "mmap/full > 1", "mmap/full <= 1", "mmap/full < 1"}) {
            assertThat(Gate.parse(gate).check(run).getFirst().passed()).as(gate).isFalse();
        }
    }
}
