package io.chunkwise.cli.report;

import static org.assertj.core.api.Assertions.assertThat;

import io.chunkwise.cli.CliRun;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * QA: {@code report --out DIR} over an older report. A report's charts recorded in
 * {@code charts/.chunkwise-charts} are replaced without a word; images no run recorded (a report's
 * from before runs recorded their charts, or the user's own) are left, as before, but said: the
 * report printed "charts: 2" beside a directory of 12, the old ones read as these results'.
 */
class ReportOutOlderReportTest {
    @TempDir
    Path dir;

    private Path results(int... sizes) throws IOException {
        List<String> rs = new ArrayList<>();
        for (int size : sizes) {
            rs.add(ReportPlanTuneCommandTest.result("full", size, size / 100.0, 60 + 1.5 * size));
            rs.add(ReportPlanTuneCommandTest.result("mmap", size, size / 400.0, 80));
        }
        return Files.writeString(dir.resolve("r" + sizes.length + ".json"), "[" + String.join(",", rs) + "]");
    }

    @Test
    void imagesNoRunRecordedAreKeptAndSaidThoseOfAnEarlierRunAreReplacedQuietly() throws IOException {
        Path out = dir.resolve("report");
        CliRun first = CliRun.of("report", results(16, 64, 256).toString(), "--out", out.toString());
        assertThat(first.code()).as(first.err()).isZero();
        assertThat(first.err()).doesNotContain("did not draw");
        Path charts = out.resolve("charts");
        long drawnFirst;
        try (var files = Files.list(charts)) {
            drawnFirst = files.filter(p -> p.toString().endsWith(".png")).count();
        }
        assertThat(drawnFirst).isGreaterThan(1);

        // recorded: the second run, which draws fewer charts, removes the first one's and says nothing
        CliRun again = CliRun.of("report", results(16).toString(), "--out", out.toString());
        assertThat(again.code()).as(again.err()).isZero();
        assertThat(again.err()).doesNotContain("did not draw");

        // a report written before runs recorded their charts: no manifest, so its charts are not known to be a report's
        CliRun older = CliRun.of("report", results(16, 64, 256).toString(), "--out", out.toString());
        assertThat(older.code()).isZero();
        Files.delete(charts.resolve(".chunkwise-charts"));
        Files.write(charts.resolve("my-diagram.png"), new byte[] {1, 2, 3});
        CliRun run = CliRun.of("report", results(16).toString(), "--out", out.toString());
        assertThat(run.code()).as(run.err()).isZero();
        assertThat(charts.resolve("my-diagram.png")).exists();
        assertThat(charts.resolve("memory-vs-size-loadbench-load-avgt.png")).as("an older report's chart, left").exists();
        assertThat(run.err()).contains("report: " + charts + " also holds ")
                .contains(" this report did not draw, left as they are (no report recorded drawing them: your own, or an older "
                        + "report's, not of these results): ")
                .contains("memory-vs-size-loadbench-load-avgt.png");
        assertThat(Files.readString(out.resolve("report.md"))).doesNotContain("memory-vs-size");
    }

    @Test
    void aRunOfOneResultIsOneResult() throws IOException {
        Path one = Files.writeString(dir.resolve("one.json"), "[" + ReportPlanTuneCommandTest.result("full", 16, 0.16, 80) + "]");
        CliRun run = CliRun.of("report", one.toString(), "--out", dir.resolve("one").toString());
        assertThat(run.code()).as(run.err()).isZero();
        assertThat(Files.readString(dir.resolve("one").resolve("report.md"))).contains(one + " (1 result).")
                .contains("Not in this report (the results do not have the data): Memory by input size: ");
    }
}
