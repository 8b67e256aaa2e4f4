package io.chunkwise.reports.chart;

import io.chunkwise.reports.model.MemorySeries;
import io.chunkwise.reports.model.MemoryTimeline;
import io.chunkwise.reports.model.PhaseMark;
import io.chunkwise.reports.read.MemoryCsvReader;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * The memory of a profiled run over time: one line per memory kind (RssAnon, RssFile, heap used…)
 * and a dashed vertical line per phase.
 *
 * <p>From a profiler output directory:
 * {@snippet :
 * List<Path> files = MemoryTimelineChart.write(profileDir, profileDir.resolve("memory.png"));
 * // writes memory.png and memory.svg
 * }
 */
public final class MemoryTimelineChart {
    private static final double GIB_THRESHOLD_MIB = 8 * 1024;
    private static final int LEVELS = 4;

    private MemoryTimelineChart() {
    }

    /**
     * Reads a profiler output directory (memory.csv, optional phases.csv) and writes its timeline
     * as PNG at {@code png} and as SVG next to it (same name, {@code .svg}).
     *
     * @param dir the profiler output directory
     * @param png the PNG file to write; its name should end in {@code .png}
     * @return the files written: the PNG, then the SVG
     * @throws io.chunkwise.reports.read.ResultFileException when memory.csv is missing or unusable
     */
    public static List<Path> write(Path dir, Path png) {
        MemoryTimeline timeline = MemoryCsvReader.readDirectory(dir);
        Path absolute = png.toAbsolutePath();
        String name = absolute.getFileName().toString();
        String base = name.toLowerCase(java.util.Locale.ROOT).endsWith(".png") ? name.substring(0, name.length() - 4) : name;
        return ChartWriter.write(spec(timeline), absolute.getParent(), base, ChartFormat.PNG, ChartFormat.SVG);
    }

    /**
     * The chart of a timeline: x in seconds since the start, y in MiB (GiB above 8 GiB).
     *
     * @param timeline a profiled run
     * @return the chart
     * @throws NoChartDataException when the run has no memory series
     */
    public static ChartSpec spec(MemoryTimeline timeline) {
        if (timeline.series().isEmpty() || timeline.series().stream().allMatch(MemorySeries::isEmpty)) {
            throw new NoChartDataException("no memory data for run '" + timeline.name() + "'");
        }
        double peak = timeline.series().stream().mapToDouble(MemorySeries::peak).max().orElseThrow();
        boolean gib = peak >= GIB_THRESHOLD_MIB;
        double scale = gib ? 1.0 / 1024 : 1;
        List<ChartSeries> lines = new ArrayList<>();
        for (MemorySeries s : timeline.series()) {
            if (s.isEmpty()) {
                continue;
            }
            double[] seconds = Arrays.stream(s.elapsedMs()).map(ms -> ms / 1000).toArray();
            double[] values = Arrays.stream(s.mebibytes()).map(v -> v * scale).toArray();
            lines.add(new ChartSeries(s.kind(), seconds, values, ChartSeries.Style.LINE));
        }
        double[] xs = lines.stream().flatMapToDouble(l -> Arrays.stream(l.x())).toArray();
        double[] phaseXs = timeline.phases().stream().mapToDouble(p -> p.atMs() / 1000).toArray();
        Range x = Range.around(concat(xs, phaseXs), true);
        List<Marker> markers = markers(timeline.phases(), x);
        double[] ys = lines.stream().flatMapToDouble(l -> Arrays.stream(l.y())).toArray();
        return new ChartSpec("Memory over time: " + timeline.name(), "elapsed (s)",
                gib ? "memory (GiB)" : "memory (MiB)", lines, markers, x, Range.around(ys, true), false, false);
    }

    /**
     * Phase markers with label rows chosen so that labels closer than their width do not overlap.
     *
     * @param phases the marks, in time order
     * @param x the x axis range, in seconds
     * @return one marker per phase
     */
    static List<Marker> markers(List<PhaseMark> phases, Range x) {
        double charWidth = (x.max() - x.min()) / 130.0;
        double[] rowEnds = new double[LEVELS];
        Arrays.fill(rowEnds, Double.NEGATIVE_INFINITY);
        List<Marker> markers = new ArrayList<>();
        for (PhaseMark p : phases) {
            double at = p.atMs() / 1000;
            int level = 0;
            while (level < LEVELS - 1 && rowEnds[level] > at) {
                level++;
            }
            rowEnds[level] = at + charWidth * (p.name().length() + 2);
            markers.add(new Marker(at, p.name(), level));
        }
        return List.copyOf(markers);
    }

    private static double[] concat(double[] a, double[] b) {
        double[] all = Arrays.copyOf(a, a.length + b.length);
        System.arraycopy(b, 0, all, a.length, b.length);
        return all;
    }
}
