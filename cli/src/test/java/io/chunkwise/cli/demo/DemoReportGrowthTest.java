package io.chunkwise.cli.demo;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.chunkwise.cli.demo.ChildCommand.Outcome;
import io.chunkwise.cli.report.GrowthLabelsTest;
import io.chunkwise.reports.report.ReportWriter;
import io.chunkwise.reports.stats.GrowthModel;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The demo's report shows a memory growth as {@code plan} and {@code report} do: the same three
 * labels, O(n)? included, with the same legend (its capacity plan and its growth model alike).
 */
class DemoReportGrowthTest {
    private static final ObjectMapper MAPPER = new ObjectMapper();

    @TempDir
    Path dir;

    private static Outcome outcome(String json) throws IOException {
        return new Outcome("step", List.of("step"), 0, MAPPER.readTree(json), 1.0, null);
    }

    @Test
    void theDemosReportLabelsALikelyLinearGrowthAsPlanDoes() throws IOException {
        Path index = Files.writeString(dir.resolve("secmaster.cwx"), "index");
        DemoResults results = new DemoResults();
        results.generated.add(outcome("{\"kind\":\"secmaster\",\"file\":\"secmaster.csv\",\"rows\":10,\"bytes\":1000,\"seconds\":1,\"MBps\":0.001}"));
        results.indexes.add(outcome("{\"strategy\":\"full\",\"records\":10,\"rejected\":0,\"duplicates\":0,\"invalidIds\":0,"
                + "\"seconds\":1,\"mbPerSecond\":0.001,\"index\":" + MAPPER.writeValueAsString(index.toString()) + "}"));
        String counts = "{\"messages\":5,\"malformed\":0,\"bytes\":100,\"checked\":5,\"discrepancies\":{\"SYMBOL_MISMATCH\":1}}";
        results.reconcile = outcome(counts);
        results.planted = MAPPER.readTree(counts);
        results.datasetCache = outcome("{\"accepted\":10,\"warmupDropped\":0,\"rejected\":0,\"rows\":10,\"batches\":1,\"bytes\":100}");
        results.datasets.add(outcome("{\"mode\":\"standard\",\"samples\":4,\"batches\":1,\"checksum\":1.5,\"seconds\":1}"));
        results.datasets.add(outcome("{\"mode\":\"iterable\",\"samples\":4,\"batches\":1,\"checksum\":1.5,\"seconds\":1}"));
        Path bench = GrowthLabelsTest.likelyLinear(dir);

        DemoReport report = new DemoReport(results, bench, List.of(), 256L << 20, 8L << 30);
        String markdown = Files.readString(ReportWriter.write(report.build(), dir.resolve("out")).markdown());

        // the capacity plan's row and the growth model's row, each O(n)?, each with the one legend
        assertThat(markdown.split("\\| O\\(n\\)\\? \\|", -1)).hasSize(3);
        assertThat(markdown.split(java.util.regex.Pattern.quote(GrowthModel.legend()), -1)).hasSize(3);
    }
}
