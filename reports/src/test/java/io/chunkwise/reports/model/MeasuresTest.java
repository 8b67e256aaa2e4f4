package io.chunkwise.reports.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import io.chunkwise.reports.table.ResultTables;
import io.chunkwise.reports.table.Table;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

class MeasuresTest {
    static BenchmarkResult result(String bench, Map<String, String> params, double opsPerSecond, Map<String, Score> secondary) {
        return new BenchmarkResult(bench, Mode.THROUGHPUT, new TreeMap<>(params), 1, 1,
                new Score(opsPerSecond, 1, "ops/s", new double[0]), secondary);
    }

    @Test
    void onlyADeclaredOrForeignInputVolumeGivesAnInputRate() {
        Map<String, String> size = Map.of("size", "64MiB", "strategy", "mmap");
        // A Chunkwise lookup: 5.6 M lookups/s in a 64 MiB master, no volume declared: no input rate.
        BenchmarkResult lookup = result("io.chunkwise.bench.loader.LookupBenchmark.offsets", size, 5.6e6, Map.of());
        assertThat(Measures.bytesPerSecond(lookup)).isEmpty();
        // A Chunkwise load that declared its volume: the profiler's rate.
        BenchmarkResult load = result("io.chunkwise.bench.loader.LoadBenchmark.load", size, 10,
                Map.of(Measures.RATE_MB, new Score(671.1, Double.NaN, "MB/s", new double[0])));
        assertThat(Measures.bytesPerSecond(load).getAsDouble()).isCloseTo(671.1e6, within(1.0));
        // Any other JMH project: the size over the time per operation.
        BenchmarkResult foreign = result("com.example.ParseBench.parse", size, 10, Map.of());
        assertThat(Measures.bytesPerSecond(foreign).getAsDouble()).isCloseTo(640.0 * (1 << 20), within(1.0));

        Table t = ResultTables.throughputBySize(List.of(
                result("io.chunkwise.bench.loader.LookupBenchmark.offsets", Map.of("size", "64MiB", "strategy", "full"), 5.5e6,
                        Map.of()),
                lookup)).orElseThrow();
        int column = t.columns().stream().map(Table.Column::header).toList().indexOf("Input MB/s");
        assertThat(column).isPositive();
        assertThat(t.rows()).hasSize(2);
        for (int row = 0; row < t.rows().size(); row++) {
            assertThat(t.text(row, column)).doesNotContainPattern("[0-9]");
        }
    }

    @Test
    void aVariantWithNoOperationFinishedIsNamedNotDropped() {
        Table t = ResultTables.throughputBySize(List.of(
                result("b.LoadBench.load", Map.of("size", "64MiB", "strategy", "full"), 0, Map.of()),
                result("b.LoadBench.load", Map.of("size", "64MiB", "strategy", "mmap"), 40, Map.of()),
                result("b.LoadBench.load", Map.of("size", "64MiB", "strategy", "parallel"), 70, Map.of()))).orElseThrow();
        assertThat(t.rows()).hasSize(2);
        assertThat(t.notes()).anyMatch(n -> n.startsWith("Left out, with no time per operation to compare: LoadBench.load full at 64")
                && n.contains("ops/s"));
    }

    @Test
    void aRunAtFourJmhThreadsIsItsOwnContextNotTheOneThreadRunsVariant() {
        // two files, -t 1 and -t 4: full at 4 threads was "3.50×" the baseline full at 1 thread, two rows
        // that read alike; each thread count is now compared with its own full
        List<BenchmarkResult> rs = List.of(
                result("b.LoadBench.load", Map.of("size", "64MiB", "strategy", "full"), 10, Map.of()),
                result("b.LoadBench.load", Map.of("size", "64MiB", "strategy", "mmap"), 40, Map.of()),
                threads(result("b.LoadBench.load", Map.of("size", "64MiB", "strategy", "full"), 35, Map.of()), 4),
                threads(result("b.LoadBench.load", Map.of("size", "64MiB", "strategy", "mmap"), 42, Map.of()), 4));
        Table t = ResultTables.throughputBySize(rs).orElseThrow();
        List<String> headers = t.columns().stream().map(Table.Column::header).toList();
        int speed = headers.indexOf("Speed vs baseline");
        assertThat(t.rows()).hasSize(4);
        assertThat(t.text(0, 0)).isEqualTo("LoadBench.load [thrpt]");
        assertThat(t.text(0, speed)).isEqualTo("1.00×");
        assertThat(t.text(1, speed)).isEqualTo("4.00×");
        assertThat(t.text(2, 0)).isEqualTo("LoadBench.load [thrpt] (4 threads)");
        assertThat(t.text(2, speed)).isEqualTo("1.00×");
        assertThat(t.text(3, speed)).isEqualTo("1.20×");
        Table all = ResultTables.allResults(rs);
        assertThat(all.text(0, 0)).isEqualTo("LoadBench.load");
        assertThat(all.text(2, 0)).isEqualTo("LoadBench.load (4 threads)");
    }

    @Test
    void aScoreIsConvertedBetweenTimeUnitsOfOneKindOnly() {
        Score perMs = new Score(0.5, 0.02, "ops/ms", new double[] {0.49, 0.51});
        Score perS = Measures.inUnit(perMs, "ops/s").orElseThrow();
        assertThat(perS.unit()).isEqualTo("ops/s");
        assertThat(perS.value()).isCloseTo(500, within(1e-9));
        assertThat(perS.error()).isCloseTo(20, within(1e-9));
        assertThat(perS.samples()).containsExactly(new double[] {490, 510}, within(1e-9));
        assertThat(Measures.inUnit(new Score(2, Double.NaN, "ms/op", new double[0]), "us/op").orElseThrow().value())
                .isCloseTo(2000, within(1e-9));
        assertThat(Measures.inUnit(perMs, "ops/ms")).containsSame(perMs);
        // a rate is no time per operation, and bytes neither
        assertThat(Measures.inUnit(perMs, "ms/op")).isEmpty();
        assertThat(Measures.inUnit(new Score(1, 0, "bytes", new double[0]), "ops/s")).isEmpty();
        assertThat(Measures.inUnit(new Score(1, 0, "rows/s", new double[0]), "ops/s")).isEmpty();
        // the ratio of report and gates goes through the same conversion
        BenchmarkResult fast = new BenchmarkResult("b.P.fast", Mode.THROUGHPUT, new TreeMap<>(), 1, 1, perMs, Map.of());
        assertThat(Measures.scoreRatio(fast, result("b.P.slow", Map.of(), 100, Map.of())).getAsDouble()).isCloseTo(5, within(1e-9));
    }

    private static BenchmarkResult threads(BenchmarkResult r, int threads) {
        return new BenchmarkResult(r.benchmark(), r.mode(), new TreeMap<>(r.params()), threads, r.forks(), r.primary(), r.secondary());
    }
}
