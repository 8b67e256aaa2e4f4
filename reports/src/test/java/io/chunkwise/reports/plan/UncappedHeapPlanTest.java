package io.chunkwise.reports.plan;

import static org.assertj.core.api.Assertions.assertThat;

import io.chunkwise.reports.model.BenchmarkResult;
import io.chunkwise.reports.read.JmhJsonReader;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.OptionalLong;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A JVM without a maximum heap grows its heap to its default share of the machine: its peak
 * RssAnon is not that of a run in a capped heap, and the plan says so; forks that all state a cap,
 * and results that record no JVM arguments, get no such note.
 */
class UncappedHeapPlanTest {
    private static final long TARGET = 2L << 30;

    @TempDir
    Path dir;

    /** IndexBuildBenchmark.build at 64 to 512 MiB, its forks run with these arguments. */
    private List<BenchmarkResult> results(String jvmArgs) throws IOException {
        StringBuilder json = new StringBuilder("[");
        int[] sizes = {64, 128, 256, 512};
        for (int i = 0; i < sizes.length; i++) {
            json.append(i == 0 ? "" : ",").append("""
                    {"benchmark":"io.chunkwise.bench.loader.IndexBuildBenchmark.build","mode":"avgt","threads":1,"forks":1,
                     "jvmArgs":[%s],"params":{"size":"%dMiB","strategy":"full"},
                     "primaryMetric":{"score":%d,"scoreError":1,"scoreUnit":"ms/op"},
                     "secondaryMetrics":{"mem.peak.rssAnon.bytes":{"score":%d,"scoreError":"NaN","scoreUnit":"bytes"}}}
                    """.formatted(jvmArgs, sizes[i], sizes[i] * 4 + i % 2, (300L << 20) + (sizes[i] << 14) + (i % 2 << 20)));
        }
        return JmhJsonReader.read(Files.writeString(dir.resolve("index.json"), json.append("]").toString())).results();
    }

    private static boolean saysUncapped(CapacityPlan plan) {
        return plan.notes().stream().anyMatch(n -> n.contains("without a heap cap"));
    }

    @Test
    void forksWithoutAHeapCapAreSaidToBeSo() throws IOException {
        CapacityPlan plan = CapacityPlanner.plan(results("\"-XX:+UseG1GC\",\"-Dchunkwise.bench=1\""), TARGET,
                OptionalLong.of(128L << 20));
        assertThat(plan.notes()).contains("The peak RssAnon figures are of JVMs without a heap cap (no -Xmx, -XX:MaxHeapSize or "
                + "-XX:MaxRAMPercentage in their jvmArgs), whose heap grows to the JVM's default share of the machine's memory, "
                + "so a run in a capped heap uses less: to plan for a capped run, benchmark with the same cap "
                + "(e.g. -jvmArgsAppend -Xmx128m).");
        // the figures are still planned as measured: the note explains, the verdict stands
        assertThat(plan.recommendation().variant()).isNull();
    }

    @Test
    void forksThatStateACapGetNoNote() throws IOException {
        assertThat(saysUncapped(CapacityPlanner.plan(results("\"-Xmx128m\""), TARGET, OptionalLong.empty()))).isFalse();
        assertThat(saysUncapped(CapacityPlanner.plan(results("\"-XX:MaxHeapSize=134217728\""), TARGET, OptionalLong.empty())))
                .isFalse();
        assertThat(saysUncapped(CapacityPlanner.plan(results("\"-XX:MaxRAMPercentage=10\""), TARGET, OptionalLong.empty())))
                .isFalse();
    }

    @Test
    void resultsThatRecordNoJvmArgumentsGetNoNote() {
        List<BenchmarkResult> rs = new ArrayList<>();
        for (int size : new int[] {64, 128, 256, 512}) {
            rs.add(CapacityPlannerTest.result("b.IndexBuildBenchmark.build", Map.of("strategy", "full", "size", size + "MiB"),
                    size / 100.0, (300L << 20) + size * 1024.0));
        }
        assertThat(saysUncapped(CapacityPlanner.plan(rs, TARGET, OptionalLong.empty()))).isFalse();
    }
}
