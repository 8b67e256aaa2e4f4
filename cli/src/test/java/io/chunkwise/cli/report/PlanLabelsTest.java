package io.chunkwise.cli.report;

import static org.assertj.core.api.Assertions.assertThat;

import io.chunkwise.cli.CliRun;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code plan}'s tables name the kind of every memory figure they give: peak RssAnon, never a bare "peak". */
class PlanLabelsTest {
    @TempDir
    Path dir;

    private static String result(int sizeMiB, int chunkMiB, double seconds, double peakMiB) {
        double peak = peakMiB * 1024 * 1024;
        return String.format(Locale.ROOT, """
                {"benchmark":"io.chunkwise.bench.ChunkBench.scan","mode":"avgt","threads":1,"forks":1,
                 "params":{"strategy":"chunked","size":"%dMiB","chunkSize":"%dMiB"},
                 "primaryMetric":{"score":%s,"scoreError":%s,"scoreUnit":"s/op","rawData":[[%s,%s,%s]]},
                 "secondaryMetrics":{"mem.peak.rssAnon.bytes":{"score":%s,"scoreError":"NaN","scoreUnit":"bytes","rawData":[[%s]]}}}""",
                sizeMiB, chunkMiB, seconds, seconds * 0.02, seconds * 0.99, seconds, seconds * 1.01, peak, peak);
    }

    @Test
    void everyMemoryColumnNamesItsKind() throws IOException {
        List<String> rs = new ArrayList<>();
        for (int chunk : new int[] {1, 8}) {
            for (int size : new int[] {16, 64, 256}) {
                rs.add(result(size, chunk, size / (chunk == 1 ? 100.0 : 200.0), 70 + chunk * 3 + size * 0.001));
            }
        }
        Path results = Files.writeString(dir.resolve("chunks.json"), "[" + String.join(",", rs) + "]");

        CliRun run = CliRun.of("plan", results.toString(), "--target-size", "1GB");

        assertThat(run.code()).as(run.err()).isZero();
        assertThat(run.err()).contains("| Predicted peak RssAnon | Peak RssAnon 95% band |")
                .contains("| Peak RssAnon measured | Peak RssAnon at target |")
                .doesNotContain("| Predicted peak |").doesNotContain("| Peak measured |");
    }
}
