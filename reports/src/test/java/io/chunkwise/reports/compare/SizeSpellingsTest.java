package io.chunkwise.reports.compare;

import static org.assertj.core.api.Assertions.assertThat;

import io.chunkwise.reports.JmhFiles;
import io.chunkwise.reports.model.ResultSet;
import io.chunkwise.reports.read.JmhJsonReader;
import io.chunkwise.reports.table.ReportFormat;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A size parameter respelled between two runs ({@code @Param("1GiB")} in main, {@code "1024MiB"} in
 * the PR) is one benchmark: it read as one missing and one new, and failed CI on a benchmark that ran.
 */
class SizeSpellingsTest {
    static final String LOAD = "io.x.LoadBench.load";

    @TempDir
    Path dir;

    private ResultSet run(String name, double mean, long seed, Map<String, String> params, Map<String, Double> secondary)
            throws IOException {
        return JmhJsonReader.read(new JmhFiles().add(LOAD, "thrpt", params, "ops/s", JmhFiles.noisy(mean, 0.01, seed), secondary)
                .write(dir.resolve(name)));
    }

    @Test
    void oneSizeWrittenTwoWaysIsComparedAndTheTableSaysSo() throws IOException {
        ResultSet base = run("b.json", 40, 1, Map.of("size", "1GiB", "chunkSize", "1048576", "strategy", "mmap"),
                Map.of("mem.peak.rssAnon.bytes", 100e6));
        ResultSet cur = run("c.json", 30, 2, Map.of("size", "1024MiB", "chunkSize", "1MiB", "strategy", "mmap"),
                Map.of("mem.peak.rssAnon.bytes", 100e6));
        ComparisonReport report = RunComparator.defaults().compare(base, cur, List.of("mem.peak.rssAnon.bytes"));
        assertThat(report.compared()).isEqualTo(1);
        assertThat(report.missingBenchmarks()).isZero();
        assertThat(report.count(Verdict.NEW)).isZero();
        assertThat(report.regressions()).extracting(Comparison::metric).containsExactly(Comparison.PRIMARY);
        assertThat(ReportFormat.MARKDOWN.table(ComparisonTable.of(report))).contains("LoadBench.load (thrpt): {chunkSize=1MiB, "
                + "size=1024MiB, strategy=mmap} in the current run is {chunkSize=1048576, size=1GiB, strategy=mmap} in the "
                + "baseline, the same sizes written another way: compared as one benchmark.");
    }

    @Test
    void otherSizesOtherParametersAndExactMatchesAreNotPairedBySpelling() throws IOException {
        // 1 GB is not 1 GiB; a variant written otherwise is another variant; an exact key is taken first
        ResultSet base = new ResultSet("b", List.of(
                run("b1.json", 40, 1, Map.of("size", "1GiB"), Map.of()).results().getFirst(),
                run("b2.json", 40, 1, Map.of("size", "2GiB", "strategy", "mmap"), Map.of()).results().getFirst(),
                run("b3.json", 40, 1, Map.of("size", "4096MiB"), Map.of()).results().getFirst()));
        ResultSet cur = new ResultSet("c", List.of(
                run("c1.json", 40, 2, Map.of("size", "1GB"), Map.of()).results().getFirst(),
                run("c2.json", 40, 2, Map.of("size", "2048MiB", "strategy", "MMAP"), Map.of()).results().getFirst(),
                run("c3.json", 40, 2, Map.of("size", "4GiB"), Map.of()).results().getFirst(),
                run("c4.json", 40, 2, Map.of("size", "4096MiB"), Map.of()).results().getFirst()));
        ComparisonReport report = RunComparator.defaults().compare(base, cur);
        assertThat(report.compared()).isEqualTo(1);
        Comparison paired = report.comparisons().stream().filter(c -> c.baseline() != null && c.current() != null).findFirst()
                .orElseThrow();
        assertThat(paired.current().params()).containsEntry("size", "4096MiB");
        assertThat(report.missingBenchmarks()).isEqualTo(2);
        assertThat(report.count(Verdict.NEW)).isEqualTo(3);
        assertThat(SizeSpellings.notes(report.comparisons(), report.noScores())).isEmpty();
    }
}
