package io.chunkwise.reports.report;

import static org.assertj.core.api.Assertions.assertThat;

import io.chunkwise.reports.read.ResultInputs;
import io.chunkwise.reports.table.ReportFormat;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A report on a run where one result has no score (JMH wrote NaN): the others are reported, and
 * that one is listed as such, with what JMH meant, never a crash and never dropped unsaid.
 */
class UnscoredReportTest {
    @TempDir
    Path dir;

    @Test
    void aResultWithNoScoreIsListedInAllResultsWithWhatJmhMeant() throws IOException {
        Path file = Files.writeString(dir.resolve("run.json"), """
                [{"benchmark":"org.example.IndexBuildBenchmark.build","mode":"thrpt","threads":1,"forks":1,"params":{"size":"1GiB"},
                  "primaryMetric":{"score":"NaN","scoreError":"NaN","scoreUnit":"ops/s","rawData":[["NaN"]]},"secondaryMetrics":{}},
                 {"benchmark":"org.example.IndexBuildBenchmark.scan","mode":"thrpt","threads":1,"forks":1,"params":{"size":"1GiB"},
                  "primaryMetric":{"score":50.0,"scoreError":1.0,"scoreUnit":"ops/s","rawData":[[49.0,50.0,51.0]]},"secondaryMetrics":{}}]""");
        Report report = ReportBuilder.build("t", ResultInputs.read(List.of(file)));
        String about = String.join("\n", report.sections().getFirst().paragraphs());
        assertThat(about).contains(file + " (1 result, and 1 with no score, named under All results and charted or planned nowhere).");
        Report.Section all = report.sections().stream().filter(s -> s.heading().equals("All results")).findFirst().orElseThrow();
        String md = ReportFormat.MARKDOWN.table(all.tables().getFirst());
        assertThat(md).contains("| IndexBuildBenchmark.scan | thrpt | size=1GiB | 50.0 ± 1.00 ops/s | 3 |")
                .contains("| IndexBuildBenchmark.build | thrpt | size=1GiB | – | – |")
                .contains("No score: IndexBuildBenchmark.build (thrpt, size=1GiB): no score (JMH wrote NaN: it measured no value, "
                        + "as for a benchmark that failed or ran no operation). Shown as –; in no other table or chart.");
    }
}
