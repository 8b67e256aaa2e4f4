package io.chunkwise.reports.chart;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.chunkwise.reports.model.MemoryTimeline;
import io.chunkwise.reports.model.PhaseMark;
import io.chunkwise.reports.read.MemoryCsvReader;
import io.chunkwise.reports.read.ResultFileException;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class MemoryTimelineChartTest {
    static final String HEADER = "elapsed_ms,rss_mb,rss_anon_mb,rss_file_mb,rss_shmem_mb,vm_hwm_mb,heap_used_mb,"
            + "heap_committed_mb,nonheap_used_mb,direct_mb,mapped_mb,nmt_committed_mb,gc_count,gc_time_ms\n";

    @TempDir
    Path dir;

    static String profile(int samples) {
        StringBuilder csv = new StringBuilder(HEADER);
        for (int i = 0; i < samples; i++) {
            double t = i * 100;
            double anon = 60 + Math.min(i, 20) * 4;
            double file = i < 30 ? i * 20 : 600;
            csv.append((long) t).append(',').append(anon + file).append(',').append(anon).append(',')
                    .append(file).append(",0,").append(anon + file).append(',').append(anon * 0.6).append(',')
                    .append(anon * 0.8).append(",30,1,").append(file).append(",,").append(i / 10).append(',')
                    .append(i).append('\n');
        }
        return csv.toString();
    }

    @Test
    void aFlatShortRunIsCharted() throws IOException {
        // what `profile -- sleep 0.15` samples: three equal rows of a tiny non-JVM process
        Files.writeString(dir.resolve("memory.csv"), """
                elapsed_ms,rss_mb,rss_anon_mb,rss_file_mb,rss_shmem_mb,vm_hwm_mb
                0,1.750,0.102,1.648,0.000,1.750
                50,1.750,0.102,1.648,0.000,1.750
                100,1.750,0.102,1.648,0.000,1.750
                """);
        List<Path> files = MemoryTimelineChart.write(dir, dir.resolve("memory.png"));
        assertThat(ImageIO.read(files.get(0).toFile()).getWidth()).isGreaterThan(600);
        assertThat(Files.readString(files.get(1))).contains("<svg");
        Files.writeString(dir.resolve("phases.csv"), "elapsed_ms,phase\n");
        assertThat(MemoryTimelineChart.write(dir, dir.resolve("memory.png"))).hasSize(2);
        for (String row : new String[] {"0,5,1,4,0,5", "7,5,1,4,0,5"}) {
            Path one = Files.createDirectories(dir.resolve("one" + row.charAt(0)));
            Files.writeString(one.resolve("memory.csv"), "elapsed_ms,rss_mb,rss_anon_mb,rss_file_mb,rss_shmem_mb,vm_hwm_mb\n"
                    + row + "\n");
            assertThat(MemoryTimelineChart.write(one, one.resolve("memory.png"))).hasSize(2);
        }
    }

    @Test
    void writesReadablePngAndSvgWithOneLinePerMemoryKind() throws IOException {
        Files.writeString(dir.resolve("memory.csv"), profile(50));
        Files.writeString(dir.resolve("phases.csv"), "elapsed_ms,phase\n0,start\n1200,scan\n1300,index\n4000,lookup\n");
        List<Path> files = MemoryTimelineChart.write(dir, dir.resolve("timeline.png"));

        assertThat(files).containsExactly(dir.resolve("timeline.png").toAbsolutePath(), dir.resolve("timeline.svg").toAbsolutePath());
        BufferedImage image = ImageIO.read(files.get(0).toFile());
        assertThat(image.getWidth()).isGreaterThan(600);
        assertThat(Files.readString(files.get(1))).startsWith("<?xml").contains("<svg");

        MemoryTimeline timeline = MemoryCsvReader.readDirectory(dir);
        ChartSpec spec = MemoryTimelineChart.spec(timeline);
        // nmt_committed_mb is empty throughout (unavailable): left out; gc columns are not memory.
        assertThat(spec.series()).extracting(ChartSeries::name).containsExactly("RSS", "RssAnon", "RssFile",
                "RssShmem", "VmHWM", "heap used", "heap committed", "non-heap used", "direct buffers", "mapped buffers");
        assertThat(spec.markers()).extracting(Marker::label).containsExactly("start", "scan", "index", "lookup");
        assertThat(spec.xRange().contains(4.9)).isTrue();
        assertThat(spec.yRange().min()).isZero();
        assertThat(spec.yRange().max()).isGreaterThanOrEqualTo(740);
    }

    @Test
    void closePhaseLabelsGoOnDifferentRows() {
        Range x = new Range(0, 10);
        List<Marker> markers = MemoryTimelineChart.markers(
                List.of(new PhaseMark("scan", 1000), new PhaseMark("index", 1100), new PhaseMark("lookup", 8000)), x);
        assertThat(markers).extracting(Marker::level).containsExactly(0, 1, 0);
    }

    @Test
    void phasesAreOptional() throws IOException {
        Files.writeString(dir.resolve("memory.csv"), profile(5));
        MemoryTimeline timeline = MemoryCsvReader.readDirectory(dir);
        assertThat(timeline.phases()).isEmpty();
        assertThat(MemoryTimelineChart.spec(timeline).markers()).isEmpty();
    }

    @Test
    void largeRunsAreDrawnInGibibytes() {
        MemoryTimeline timeline = new MemoryTimeline("big", List.of(new io.chunkwise.reports.model.MemorySeries(
                "rss_anon_mb", "RssAnon", new double[] {0, 1000}, new double[] {1024, 20 * 1024})), List.of());
        ChartSpec spec = MemoryTimelineChart.spec(timeline);
        assertThat(spec.yTitle()).isEqualTo("memory (GiB)");
        assertThat(spec.series().getFirst().y()).containsExactly(1, 20);
    }

    @Test
    void missingDirectoryAndFileAreClearErrors() {
        assertThatThrownBy(() -> MemoryTimelineChart.write(dir.resolve("nope"), dir.resolve("x.png")))
                .isInstanceOf(ResultFileException.class).hasMessageContaining("no such directory");
        assertThatThrownBy(() -> MemoryTimelineChart.write(dir, dir.resolve("x.png")))
                .isInstanceOf(ResultFileException.class).hasMessageContaining("memory.csv: no such file");
    }

    @Test
    void emptyOrMeaninglessSeriesAreErrorsNotBlankImages() throws IOException {
        Path csv = dir.resolve("memory.csv");
        Files.writeString(csv, "");
        assertThatThrownBy(() -> MemoryTimelineChart.write(dir, dir.resolve("x.png")))
                .isInstanceOf(ResultFileException.class).hasMessageContaining("empty");
        Files.writeString(csv, HEADER);
        assertThatThrownBy(() -> MemoryTimelineChart.write(dir, dir.resolve("x.png")))
                .isInstanceOf(ResultFileException.class).hasMessageContaining("no memory values");
        Files.writeString(csv, "elapsed_ms,rss_anon_mb\n0,\n100,\n");
        assertThatThrownBy(() -> MemoryTimelineChart.write(dir, dir.resolve("x.png")))
                .isInstanceOf(ResultFileException.class).hasMessageContaining("every memory cell is empty");
        Files.writeString(csv, "elapsed_ms,rss_anon_mb\n0,12\n100,twelve\n");
        assertThatThrownBy(() -> MemoryTimelineChart.write(dir, dir.resolve("x.png")))
                .isInstanceOf(ResultFileException.class).hasMessageContaining("memory.csv:3: rss_anon_mb: 'twelve' is not a number");
        Files.writeString(csv, "time,rss_anon_mb\n0,12\n");
        assertThatThrownBy(() -> MemoryTimelineChart.write(dir, dir.resolve("x.png")))
                .isInstanceOf(ResultFileException.class).hasMessageContaining(":1: the first column must be elapsed_ms");
        assertThat(dir.resolve("x.png")).doesNotExist();
    }
}
