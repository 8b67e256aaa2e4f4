package io.chunkwise.cli.report;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.chunkwise.cli.CliRun;
import io.chunkwise.reports.stats.GrowthModel;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Every place that shows a memory growth to a user ({@code plan}'s table and {@code --json},
 * {@code report}'s growth model and capacity plan, in Markdown and HTML) uses the same three labels,
 * O(1), O(n) and O(n)?, with one legend saying what each means.
 */
public class GrowthLabelsTest {
    @TempDir
    Path dir;

    /**
     * @param dir where to write
     * @return JMH JSON of one variant whose peak RssAnon rose 400, 800, 1,200 MiB at 8, 32, 64 MiB:
     *     material and at every step, but three sizes leave the slope's test one degree of freedom (O(n)?)
     * @throws IOException when writing fails
     */
    public static Path likelyLinear(Path dir) throws IOException {
        List<String> rs = List.of(ReportPlanTuneCommandTest.result("full", 8, 0.08, 400),
                ReportPlanTuneCommandTest.result("full", 32, 0.32, 800), ReportPlanTuneCommandTest.result("full", 64, 0.64, 1200));
        return Files.writeString(dir.resolve("likely.json"), "[" + String.join(",", rs) + "]");
    }

    @Test
    void planAndReportLabelALikelyLinearGrowthAlike() throws IOException {
        Path results = likelyLinear(dir);
        CliRun text = CliRun.of("plan", results.toString(), "--target-size", "256MiB");
        assertThat(text.code()).as(text.err()).isZero();
        assertThat(text.err()).contains("| O(n)? |").contains(GrowthModel.legend());

        CliRun json = CliRun.of("plan", results.toString(), "--target-size", "256MiB", "--json");
        assertThat(new ObjectMapper().readTree(json.out()).get("variants").get(0).get("growth").asText()).isEqualTo("O(n)?");

        Path out = dir.resolve("report");
        CliRun report = CliRun.of("report", results.toString(), "--target-size", "256MiB", "--out", out.toString());
        assertThat(report.code()).as(report.err()).isZero();
        String markdown = Files.readString(out.resolve("report.md"));
        // the growth model's row and the capacity plan's row, and the one legend under each
        assertThat(markdown.split("\\| O\\(n\\)\\? \\|", -1)).hasSize(3);
        assertThat(markdown.split(java.util.regex.Pattern.quote(GrowthModel.legend()), -1)).hasSize(3);
        assertThat(Files.readString(out.resolve("report.html"))).contains("<td>O(n)?</td>");
    }
}
