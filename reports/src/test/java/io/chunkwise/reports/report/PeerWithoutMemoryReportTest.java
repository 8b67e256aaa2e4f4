package io.chunkwise.reports.report;

import static org.assertj.core.api.Assertions.assertThat;

import io.chunkwise.reports.JmhFiles;
import io.chunkwise.reports.model.Measures;
import io.chunkwise.reports.read.ResultInputs;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A peer's results without a memory metric, reported beside ours with one, take no memory section away. */
class PeerWithoutMemoryReportTest {
    static final double MIB = 1 << 20;

    @TempDir
    Path dir;

    @Test
    void ourMemorySectionsStayWhenAPeerHasNoMemoryMetric() throws IOException {
        // G13-6: with the peer's file the report said no benchmark had a peak memory metric
        JmhFiles ours = new JmhFiles();
        JmhFiles peer = new JmhFiles();
        for (int size : new int[] {32, 64, 128}) {
            double bytes = size * MIB;
            ours.add("io.x.IndexBuildBenchmark.build", "avgt", Map.of("strategy", "full", "size", size + "MiB"), "s/op",
                    constant(bytes / 1000e6), Map.of(Measures.PEAK_RSS_ANON, 100 * MIB + 2 * bytes));
            ours.add("io.x.IndexBuildBenchmark.build", "avgt", Map.of("strategy", "parallel", "size", size + "MiB"), "s/op",
                    constant(bytes / 400e6), Map.of(Measures.PEAK_RSS_ANON, 80 * MIB));
            peer.add("io.x.CsvPeerBenchmark.duckDbCount", "avgt", Map.of("size", size + "MiB"), "s/op",
                    constant(bytes / 2000e6), Map.of());
        }
        ResultInputs inputs = ResultInputs.read(List.of(ours.write(dir.resolve("loader.json")), peer.write(dir.resolve("peer.json"))));
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

    private static double[][] constant(double v) {
        return new double[][] {{v, v, v, v, v}};
    }
}
