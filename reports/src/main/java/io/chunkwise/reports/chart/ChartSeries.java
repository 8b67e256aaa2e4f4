package io.chunkwise.reports.chart;

import java.util.Arrays;
import java.util.Objects;

/**
 * One line of a chart.
 *
 * @param name the legend entry
 * @param x the x values
 * @param y the y values, one per x
 * @param style how it is drawn
 */
public record ChartSeries(String name, double[] x, double[] y, Style style) {
    /** How a series is drawn. */
    public enum Style {
        /** A line without markers: dense series such as memory timelines. */
        LINE,
        /** A line through marked points: measurements. */
        LINE_MARKERS,
        /** A dashed grey line without markers: references (ideal scaling). */
        DASHED,
        /** A dashed line in the colour of the series before it: that series' prediction. */
        PREDICTED
    }

    /**
     * Validates the series: not empty, one y per x, finite values.
     *
     * @throws NoChartDataException naming the series when it has no points
     */
    public ChartSeries {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(style, "style");
        if (x.length == 0) {
            throw new NoChartDataException("no data for series '" + name + "'");
        }
        if (x.length != y.length) {
            throw new IllegalArgumentException("series '" + name + "': " + x.length + " x values but " + y.length + " y values");
        }
        for (int i = 0; i < x.length; i++) {
            if (!Double.isFinite(x[i]) || !Double.isFinite(y[i])) {
                throw new IllegalArgumentException("series '" + name + "': point " + i + " is not finite (" + x[i] + ", " + y[i] + ")");
            }
        }
        x = x.clone();
        y = y.clone();
    }

    /** @return the x values (a copy) */
    @Override
    public double[] x() {
        return x.clone();
    }

    /** @return the y values (a copy) */
    @Override
    public double[] y() {
        return y.clone();
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof ChartSeries s && name.equals(s.name) && style == s.style
                && Arrays.equals(x, s.x) && Arrays.equals(y, s.y);
    }

    @Override
    public int hashCode() {
        return Objects.hash(name, style, Arrays.hashCode(x), Arrays.hashCode(y));
    }

    @Override
    public String toString() {
        return "ChartSeries[" + name + ", " + x.length + " points, " + style + "]";
    }
}
