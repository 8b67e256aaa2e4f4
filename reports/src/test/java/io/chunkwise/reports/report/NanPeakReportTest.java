package io.chunkwise.reports.report;

import static org.assertj.core.api.Assertions.assertThat;

import io.chunkwise.reports.JmhFiles;
import io.chunkwise.reports.chart.NamedChart;
import io.chunkwise.reports.chart.ResultCharts;
import io.chunkwise.reports.model.Measures;
import io.chunkwise.reports.read.ResultInputs;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * QA: one result whose memory profiler gave {@code "NaN"} for its peak RssAnon (the bench's 8 MiB
 * CHUNKED, edited) turned every memory column of the report into "Peak heap used", without saying
 * why. The others keep their RssAnon; that one shows "–", and a note says it was not measured.
 */
class NanPeakReportTest {
    private static final double MIB = 1 << 20;
    private static final String BUILD = "io.chunkwise.bench.loader.IndexBuildBenchmark.build";

    @TempDir
    Path dir;

    private Path results() throws IOException {
        JmhFiles files = new JmhFiles();
        String[] strategies = {"FULL", "CHUNKED", "MMAP"};
        double[] anon = {518, 463, 386};
        for (int size : new int[] {8, 16, 32}) {
            for (int i = 0; i < strategies.length; i++) {
                Map<String, Double> memory = new LinkedHashMap<>();
                // NaN as JMH writes a profiler's figure it could not measure: the string "NaN"
                memory.put(Measures.PEAK_RSS_ANON, size == 8 && i == 1 ? Double.NaN : (anon[i] + size * (i == 0 ? 2 : 0.01)) * MIB);
                memory.put(Measures.PEAK_HEAP, (300 + size) * MIB);
                files.add(BUILD, "thrpt", Map.of("strategy", strategies[i], "size", size + "MiB"), "ops/s",
                        new double[][] {{300.0 / size, 310.0 / size}}, memory);
            }
        }
        Path file = files.write(dir.resolve("loader.json"));
        assertThat(Files.readString(file)).contains("\"score\" : \"NaN\"");
        return file;
    }

    @Test
    void aResultWithoutRssAnonShowsADashAndTheOthersKeepTheirs() throws IOException {
        ResultInputs inputs = ResultInputs.read(List.of(results()));
        String md = Files.readString(ReportWriter.write(ReportBuilder.build("NaN peak", inputs), dir.resolve("out")).markdown());
        assertThat(md).doesNotContain("Peak heap used").doesNotContain("peak heap used vs input size")
                .contains("| Benchmark | Input size | Variant | Peak RssAnon | Saving vs baseline |")
                .contains("| IndexBuildBenchmark.build [thrpt] | 8.0 MiB | CHUNKED | – | – |")
                .contains("| IndexBuildBenchmark.build [thrpt] | 8.0 MiB | MMAP | 386 MiB |")
                .contains("| Benchmark | Mode | Params | Score | Samples | Peak RssAnon |")
                .contains("No peak RssAnon figure for IndexBuildBenchmark.build at size=8MiB, strategy=CHUNKED: not measured (its "
                        + "profiler gave none, or NaN, on that run), so shown as –; the other results keep theirs, and no other kind "
                        + "of memory stands in for it.")
                // the growth model fits CHUNKED from its two other sizes, and says so
                .contains("## Memory growth model (peak RssAnon vs input size)")
                .contains("| IndexBuildBenchmark.build [thrpt] | CHUNKED | 2 |")
                .contains("at size=8MiB, strategy=CHUNKED: not measured (its profiler gave none, or NaN, on that run), so left out of the fit");
        // the chart keeps the RssAnon points it has
        List<NamedChart> charts = ResultCharts.memoryVsSize(inputs.allResults());
        assertThat(charts).singleElement().satisfies(c -> {
            assertThat(c.lines().yTitle()).isEqualTo("peak RssAnon (MiB)");
            assertThat(c.lines().series()).filteredOn(s -> s.name().equals("CHUNKED")).singleElement()
                    .satisfies(s -> assertThat(s.x()).hasSize(2));
            assertThat(c.lines().series()).filteredOn(s -> s.name().equals("FULL")).singleElement()
                    .satisfies(s -> assertThat(s.x()).hasSize(3));
        });
    }
}
