package io.chunkwise.reports.chart;

import java.nio.file.Path;
import java.util.List;
import java.util.Objects;

/**
 * A chart with the file name it is written under: either a line chart or a bar chart.
 *
 * @param baseName the file name without extension
 * @param caption what it shows, for reports
 * @param lines the line chart, or null
 * @param bars the bar chart, or null
 */
public record NamedChart(String baseName, String caption, ChartSpec lines, BarSpec bars) {
    /** Validates that exactly one chart is given. */
    public NamedChart {
        Objects.requireNonNull(baseName, "baseName");
        Objects.requireNonNull(caption, "caption");
        if ((lines == null) == (bars == null)) {
            throw new IllegalArgumentException("a named chart holds exactly one chart");
        }
    }

    /**
     * @param baseName the file name without extension
     * @param caption what it shows
     * @param spec a line chart
     * @return the named chart
     */
    public static NamedChart of(String baseName, String caption, ChartSpec spec) {
        return new NamedChart(baseName, caption, spec, null);
    }

    /**
     * @param baseName the file name without extension
     * @param caption what it shows
     * @param spec a bar chart
     * @return the named chart
     */
    public static NamedChart of(String baseName, String caption, BarSpec spec) {
        return new NamedChart(baseName, caption, null, spec);
    }

    /**
     * Writes the chart as PNG and SVG.
     *
     * @param dir the output directory
     * @return the PNG, then the SVG
     */
    public List<Path> write(Path dir) {
        return lines != null ? ChartWriter.write(lines, dir, baseName, ChartFormat.PNG, ChartFormat.SVG)
                : ChartWriter.write(bars, dir, baseName, ChartFormat.PNG, ChartFormat.SVG);
    }
}
