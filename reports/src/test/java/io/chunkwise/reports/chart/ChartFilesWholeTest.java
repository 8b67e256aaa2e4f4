package io.chunkwise.reports.chart;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Charts are written whole or not at all (beside, then renamed, as report.md is): a stop or failure
 * mid-write leaves the earlier chart (or none) under the chart's name, never a truncated one.
 */
class ChartFilesWholeTest {
    @TempDir
    Path dir;

    @Test
    void aChartReplacesTheEarlierOneWholeAndLeavesNothingBeside() throws IOException {
        Files.writeString(dir.resolve("memory.csv"), MemoryTimelineChartTest.profile(20));
        Files.writeString(dir.resolve("memory.png"), "an earlier run's chart");
        List<Path> files = MemoryTimelineChart.write(dir, dir.resolve("memory.png"));

        assertThat(ImageIO.read(files.get(0).toFile())).as("a whole PNG").isNotNull();
        assertThat(Files.readString(files.get(1)).strip()).as("a whole SVG").startsWith("<?xml").endsWith("</svg>");
        assertThat(names()).containsExactlyInAnyOrder("memory.csv", "memory.png", "memory.svg");
    }

    @Test
    void aChartThatCannotBePutInPlaceLeavesWhatWasThereAndNoScratch() throws IOException {
        Files.writeString(dir.resolve("memory.csv"), MemoryTimelineChartTest.profile(20));
        // a directory in the chart's place: the chart is drawn and written beside, and cannot replace it
        Path inTheWay = Files.createDirectories(dir.resolve("memory.png").resolve("kept"));
        assertThatThrownBy(() -> MemoryTimelineChart.write(dir, dir.resolve("memory.png")))
                .isInstanceOf(UncheckedIOException.class).hasMessageStartingWith("cannot write chart " + dir.resolve("memory.png"));
        assertThat(inTheWay).isDirectory();
        assertThat(names()).as("no half-written chart beside it").containsExactlyInAnyOrder("memory.csv", "memory.png");
    }

    private List<String> names() throws IOException {
        try (Stream<Path> all = Files.list(dir)) {
            return all.map(p -> p.getFileName().toString()).toList();
        }
    }
}
