package io.chunkwise.reports.report;

import static org.assertj.core.api.Assertions.assertThat;

import io.chunkwise.reports.PeerBesideOurs;
import io.chunkwise.reports.read.ResultInputs;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A peer's results without a memory metric, reported beside ours with one, take no memory section away. */
class PeerWithoutMemoryReportTest {

    @TempDir
    Path dir;

    @Test
    void ourMemorySectionsStayWhenAPeerHasNoMemoryMetric() throws IOException {
        // G13-6: with the peer's file the report said no benchmark had a peak memory metric
        PeerBesideOurs files = new PeerBesideOurs();
        ResultInputs inputs = ResultInputs.read(List.of(files.ours(dir), files.peer(dir)));
        ReportWriter.Written written = ReportWriter.write(ReportBuilder.build("Mixed", inputs), dir.resolve("out"));
        String md = Files.readString(written.markdown());
        assertThat(md).contains("## Memory by input size").contains("## Memory growth model")
                .contains("| IndexBuildBenchmark.build [avgt] | 128 MiB | full | 356 MiB | – |")
                .contains("| IndexBuildBenchmark.build [avgt] | 128 MiB | parallel | 80.0 MiB | +77.5% |")
                .contains("| IndexBuildBenchmark.build [avgt] | full | 3 | 2.00 | 100 MiB |")
                .contains("| Benchmark | Mode | Params | Score | Samples | Peak RssAnon |")
                .doesNotContain("a peak memory metric;");
        assertThat(written.charts()).extracting(p -> p.getFileName().toString())
                .anyMatch(n -> n.startsWith("memory-vs-size-indexbuildbenchmark"));
    }

}
