package io.chunkwise.profiler;

import static org.assertj.core.api.Assertions.assertThat;

import io.chunkwise.profiler.metric.Metric;
import io.chunkwise.profiler.monitor.MemoryMonitor;
import io.chunkwise.profiler.monitor.MemorySeries;
import io.chunkwise.profiler.output.ProfileFiles;
import io.chunkwise.profiler.output.RunSummary;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The output files follow the shared format, and their columns match the data. */
class ProfileFilesTest {
    @Test
    void writesMemoryPhasesAndSummary(@TempDir Path dir) throws IOException, InterruptedException {
        MemorySeries series;
        try (MemoryMonitor monitor = MemoryMonitor.builder().interval(Duration.ofMillis(10))
                .gauge(Metric.bytes("arrow_allocated", "ArrowAllocated"), () -> 3 * 1024 * 1024).start()) {
            monitor.mark("load, then \"index\"");
            Thread.sleep(50);
            monitor.mark("lookup");
            series = monitor.stop();
        }
        Path out = dir.resolve("run");
        ProfileFiles.write(out, series, new RunSummary("unit test", "some JVM", series, 0)
                .with("extra", Map.of("k", List.of(1, "two"))));

        List<String> csv = Files.readAllLines(out.resolve("memory.csv"));
        assertThat(csv.getFirst()).isEqualTo("elapsed_ms,rss_mb,rss_anon_mb,rss_file_mb,rss_shmem_mb,vm_hwm_mb,"
                + "heap_used_mb,heap_committed_mb,nonheap_used_mb,direct_mb,mapped_mb,"
                + "nmt_committed_mb,gc_count,gc_time_ms,arrow_allocated_mb");
        assertThat(csv).hasSize(series.size() + 1);
        for (String row : csv.subList(1, csv.size())) {
            String[] cells = row.split(",", -1);
            assertThat(cells).hasSize(15);
            assertThat(cells[1]).matches("\\d+\\.\\d{3}");
            assertThat(cells[11]).isEmpty(); // no NMT in this JVM
            assertThat(cells[14]).isEqualTo("3.000");
        }
        assertThat(Files.readAllLines(out.resolve("phases.csv"))).hasSize(3)
                .startsWith("elapsed_ms,phase")
                .anySatisfy(l -> assertThat(l).endsWith(",\"load, then \"\"index\"\"\""))
                .anySatisfy(l -> assertThat(l).endsWith(",lookup"));

        String json = Files.readString(out.resolve("summary.json"));
        assertThat(json).contains("\"command\": \"unit test\"", "\"jvm\": \"some JVM\"", "\"intervalMs\": 10",
                "\"samples\": " + series.size(), "\"exitCode\": 0", "\"rss_anon_mb\": {", "\"unit\": \"MiB\"",
                "\"kind\": \"RssAnon\"", "\"peakAtMs\"", "\"name\": \"lookup\"", "\"arrow_allocated_mb\"",
                "\"gc_count\": {", "\"unit\": \"count\"", "\"extra\"")
                .doesNotContain("nmt_committed_mb");
    }

    @Test
    void anIntervalOfAFractionOfAMillisecondIsWrittenAsItIs(@TempDir Path dir) throws IOException, InterruptedException {
        // QA: profile --interval 7.5ms sampled every 7.5 ms and wrote intervalMs 7
        MemorySeries series;
        try (MemoryMonitor monitor = MemoryMonitor.builder().interval(Duration.ofNanos(7_500_000)).start()) {
            Thread.sleep(20);
            series = monitor.stop();
        }
        assertThat(series.intervalMillis()).isEqualTo(7.5);
        ProfileFiles.write(dir.resolve("run"), series, new RunSummary("unit test", null, series, 0));
        assertThat(Files.readString(dir.resolve("run").resolve("summary.json"))).contains("\"intervalMs\": 7.5,");
    }
}
