package io.chunkwise.cli.profile;

import io.chunkwise.profiler.output.ProfileFiles;
import io.chunkwise.reports.chart.ChartFormat;
import io.chunkwise.reports.chart.ChartSpec;
import io.chunkwise.reports.chart.ChartWriter;
import io.chunkwise.reports.chart.MemoryTimelineChart;
import io.chunkwise.reports.chart.NoChartDataException;
import io.chunkwise.reports.read.MemoryCsvReader;
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
     * @param dir where the profile's files are written (the run's scratch directory)
     * @param name the profile's name in the chart's title: its output directory's, as {@code report}
     *     names a profile, never the scratch directory's hidden one
     * @param files the files written so far; the chart's files are added
     * @return why there is no chart, or null when it was drawn
     */
    static String draw(Path dir, String name, List<Path> files) {
        return draw(dir, files, (d, png) -> {
            String file = png.getFileName().toString();
            return ChartWriter.write(spec(d, name), png.getParent(), file.substring(0, file.length() - ".png".length()),
                    ChartFormat.PNG, ChartFormat.SVG);
        });
    }

    /**
     * @param dir where the profile's files are written
     * @param name the profile's name
     * @return the chart of its memory.csv and phases.csv, titled with the name
     */
    static ChartSpec spec(Path dir, String name) {
        return MemoryTimelineChart.spec(MemoryCsvReader.readDirectory(dir).withName(name));
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
