package io.chunkwise.cli.profile;

import io.chunkwise.profiler.output.ProfileFiles;
import io.chunkwise.reports.chart.MemoryTimelineChart;
import io.chunkwise.reports.chart.NoChartDataException;
import io.chunkwise.reports.read.ResultFileException;
import java.nio.file.Path;
import java.util.List;
import java.util.function.BiFunction;

/**
 * Draws a profile's memory chart. The chart is an extra: when it cannot be drawn (no samples, or a
 * fault in the charting library) the run's summary and the child's exit code still come out, with
 * a note saying why there is no chart.
 */
final class MemoryChart {
    private MemoryChart() {
    }

    /**
     * @param dir the profile's output directory
     * @param files the files written so far; the chart's files are added
     * @return why there is no chart, or null when it was drawn
     */
    static String draw(Path dir, List<Path> files) {
        return draw(dir, files, MemoryTimelineChart::write);
    }

    /**
     * @param dir the profile's output directory
     * @param files the files written so far; the chart's files are added
     * @param writer draws the chart of a directory into a PNG file, returning the files written
     * @return why there is no chart, or null when it was drawn
     */
    static String draw(Path dir, List<Path> files, BiFunction<Path, Path, List<Path>> writer) {
        try {
            files.addAll(writer.apply(dir, dir.resolve(ProfileFiles.MEMORY_PNG)));
            return null;
        } catch (ResultFileException | NoChartDataException e) {
            return "no memory chart: " + e.getMessage();
        } catch (RuntimeException e) {
            return "no memory chart: drawing it failed (" + e.getClass().getSimpleName() + ": " + e.getMessage()
                    + "); the samples are in " + ProfileFiles.MEMORY_CSV;
        }
    }
}
