package io.chunkwise.reports.table;

import static org.assertj.core.api.Assertions.assertThat;

import io.chunkwise.reports.model.BenchmarkResult;
import io.chunkwise.reports.model.Mode;
import io.chunkwise.reports.model.Score;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Function;
import org.junit.jupiter.api.Test;

/**
 * The by-size tables of a loader run (one size, as {@code --quick} measures): the benchmarks
 * whose workers or threads parameter puts each alone in its group (ChunkingBenchmark.parallel,
 * CsvPeerBenchmark.newlineScan) were left out of both tables without a word; they are shown, with
 * "–" where there is nothing to compare them with, and a note says why.
 */
class AloneInGroupTest {
    private static final double MIB = 1 << 20;

    private static BenchmarkResult result(String benchmark, double opsPerSecond, double rssAnonMiB, String... params) {
        TreeMap<String, String> p = new TreeMap<>(Map.of("size", "64MiB"));
        for (int i = 0; i < params.length; i += 2) {
            p.put(params[i], params[i + 1]);
        }
        return new BenchmarkResult("io.chunkwise.bench.loader." + benchmark, Mode.THROUGHPUT, p, 1, 1,
                new Score(opsPerSecond, 0.1, "ops/s", new double[] {opsPerSecond}),
                Map.of("mem.peak.rssAnon.bytes", new Score(rssAnonMiB * MIB, Double.NaN, "bytes", new double[] {rssAnonMiB * MIB})));
    }

    private static final List<BenchmarkResult> LOADER_QUICK = List.of(
            result("IndexBuildBenchmark.build", 2.0, 400, "strategy", "FULL"),
            result("IndexBuildBenchmark.build", 3.0, 300, "strategy", "PARALLEL"),
            result("ChunkingBenchmark.chunked", 9.0, 120, "chunkSize", "1MiB"),
            result("ChunkingBenchmark.parallel", 12.0, 130, "chunkSize", "1MiB", "workers", "1"),
            result("ChunkingBenchmark.parallel", 20.0, 140, "chunkSize", "1MiB", "workers", "2"),
            result("CsvPeerBenchmark.duckDbCount", 8.0, 150, "chunkSize", "1MiB"),
            result("CsvPeerBenchmark.fastCsvFields", 5.0, 110, "chunkSize", "1MiB"),
            result("CsvPeerBenchmark.newlineScan", 40.0, 100, "threads", "2"));

    private static List<List<String>> rows(Table t) {
        List<List<String>> rows = new ArrayList<>();
        for (int r = 0; r < t.rows().size(); r++) {
            List<String> row = new ArrayList<>();
            for (int c = 0; c < t.columns().size(); c++) {
                row.add(t.text(r, c));
            }
            rows.add(row);
        }
        return rows;
    }

    private static List<String> row(Table t, String benchmarkPart, String variant) {
        return rows(t).stream().filter(r -> r.get(0).contains(benchmarkPart) && r.get(2).equals(variant)).findFirst().orElseThrow(
                () -> new AssertionError("no row of " + benchmarkPart + " " + variant + " in " + ReportFormat.MARKDOWN.table(t)));
    }

    @Test
    void everySizedResultIsInBothTablesTheLoneOnesWithoutARatio() {
        for (Function<List<BenchmarkResult>, java.util.Optional<Table>> table
                : List.<Function<List<BenchmarkResult>, java.util.Optional<Table>>>of(ResultTables::memoryBySize,
                        ResultTables::throughputBySize)) {
            Table t = table.apply(LOADER_QUICK).orElseThrow();
            assertThat(t.rows()).as(t.title() + ": a row per result, none dropped").hasSize(LOADER_QUICK.size());
            int ratio = t.columns().size() - 1;
            assertThat(row(t, "IndexBuildBenchmark.build", "PARALLEL").get(ratio)).as("compared as before").isNotEqualTo("–");
            assertThat(row(t, "CsvPeerBenchmark", "fastCsvFields").get(ratio)).isNotEqualTo("–");
            assertThat(row(t, "workers=1", "parallel").get(ratio)).isEqualTo("–");
            assertThat(row(t, "workers=2", "parallel").get(ratio)).isEqualTo("–");
            assertThat(row(t, "threads=2", "newlineScan").get(ratio)).isEqualTo("–");
            assertThat(t.notes()).as(t.title()).anyMatch(n -> n.contains("nothing to compare with: shown, with – as its ratio"));
            assertThat(String.join(" ", t.notes())).as("the lone ones are no baseline").doesNotContain("newlineScan")
                    .doesNotContain("parallel,").contains("FULL");
        }
    }

    @Test
    void aTableWhereEveryGroupComparesSomethingHasNoSuchNote() {
        Table t = ResultTables.memoryBySize(LOADER_QUICK.subList(0, 2)).orElseThrow();
        assertThat(t.rows()).hasSize(2);
        assertThat(t.notes()).noneMatch(n -> n.contains("nothing to compare with"));
    }

    @Test
    void resultsThatCompareNothingAtAllStillMakeNoTable() {
        // the section is then left out with its reason ("no benchmark has two variants or two input sizes…")
        assertThat(ResultTables.throughputBySize(LOADER_QUICK.subList(3, 5))).isEmpty();
    }
}
