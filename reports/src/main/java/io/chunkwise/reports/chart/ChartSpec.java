package io.chunkwise.reports.chart;

import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * Everything needed to draw one chart, computed by pure functions (so it is tested without
 * pixels) and drawn by {@link ChartWriter}.
 *
 * @param title the chart's title
 * @param xTitle the x axis title, with its unit
 * @param yTitle the y axis title, with its unit
 * @param series the lines, at least one
 * @param markers vertical labelled lines
 * @param xRange the x axis range
 * @param yRange the y axis range
 * @param logX whether the x axis is logarithmic (sizes spanning decades)
 * @param logY whether the y axis is logarithmic (predictions spanning decades)
 */
public record ChartSpec(String title, String xTitle, String yTitle, List<ChartSeries> series,
        List<Marker> markers, Range xRange, Range yRange, boolean logX, boolean logY) {
    /**
     * Validates the spec.
     *
     * @throws NoChartDataException when there is no series
     */
    public ChartSpec {
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(xTitle, "xTitle");
        Objects.requireNonNull(yTitle, "yTitle");
        Objects.requireNonNull(xRange, "xRange");
        Objects.requireNonNull(yRange, "yRange");
        series = List.copyOf(series);
        markers = List.copyOf(markers);
        if (series.isEmpty()) {
            throw new NoChartDataException("no data for chart '" + title + "'");
        }
        Set<String> names = new HashSet<>();
        for (ChartSeries s : series) {
            if (!names.add(s.name())) {
                throw new IllegalArgumentException("chart '" + title + "' has two series named '" + s.name() + "'");
            }
        }
        if (logX && xRange.min() <= 0 || logY && yRange.min() <= 0) {
            throw new IllegalArgumentException("chart '" + title + "': a logarithmic axis needs positive values");
        }
    }

    /**
     * A spec whose axes are scaled to its series: x from the data (log when asked), y from zero.
     *
     * @param title the chart's title
     * @param xTitle the x axis title
     * @param yTitle the y axis title
     * @param series the lines, at least one
     * @param markers vertical labelled lines
     * @param logX whether the x axis is logarithmic
     * @return the spec
     * @throws NoChartDataException when there is no series
     */
    public static ChartSpec scaled(String title, String xTitle, String yTitle, List<ChartSeries> series,
            List<Marker> markers, boolean logX) {
        if (series.isEmpty()) {
            throw new NoChartDataException("no data for chart '" + title + "'");
        }
        double[] xs = series.stream().flatMapToDouble(s -> java.util.Arrays.stream(s.x())).toArray();
        double[] markerXs = markers.stream().mapToDouble(Marker::x).toArray();
        double[] allX = java.util.stream.DoubleStream.concat(java.util.Arrays.stream(xs),
                java.util.Arrays.stream(markerXs)).toArray();
        double[] ys = series.stream().flatMapToDouble(s -> java.util.Arrays.stream(s.y())).toArray();
        Range x = logX ? Range.logAround(allX) : Range.around(allX, true);
        return new ChartSpec(title, xTitle, yTitle, series, markers, x, Range.around(ys, true), logX, false);
    }

    /**
     * The same chart with a logarithmic y axis, when its values span more than two decades (so a
     * line of hundreds of GiB does not flatten one of tens of MiB); otherwise this chart.
     *
     * @return the chart, possibly with a log y axis
     */
    public ChartSpec withLogYWhenSpanning() {
        double[] ys = series.stream().flatMapToDouble(s -> java.util.Arrays.stream(s.y())).filter(v -> v > 0).toArray();
        if (ys.length == 0 || series.stream().flatMapToDouble(s -> java.util.Arrays.stream(s.y())).anyMatch(v -> v <= 0)) {
            return this;
        }
        double min = java.util.Arrays.stream(ys).min().orElseThrow();
        double max = java.util.Arrays.stream(ys).max().orElseThrow();
        return max / min > 100 ? new ChartSpec(title, xTitle, yTitle, series, markers, xRange, Range.logAround(ys), logX, true) : this;
    }
}
