package io.chunkwise.reports.chart;

import io.chunkwise.reports.files.FileErrors;
import io.chunkwise.reports.files.WholeFile;
import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.knowm.xchart.AnnotationLine;
import org.knowm.xchart.AnnotationText;
import org.knowm.xchart.BitmapEncoder;
import org.knowm.xchart.CategoryChart;
import org.knowm.xchart.CategoryChartBuilder;
import org.knowm.xchart.VectorGraphicsEncoder;
import org.knowm.xchart.XYChart;
import org.knowm.xchart.XYChartBuilder;
import org.knowm.xchart.XYSeries;
import org.knowm.xchart.style.CategoryStyler;
import org.knowm.xchart.style.Styler;
import org.knowm.xchart.style.XYStyler;
import org.knowm.xchart.style.lines.SeriesLines;
import org.knowm.xchart.style.markers.SeriesMarkers;

/** Draws a {@link ChartSpec} with XChart and writes it as PNG and SVG, each file whole or not at all. */
public final class ChartWriter {
    private static final int WIDTH = 960;
    private static final int HEIGHT = 560;
    private static final Color[] PALETTE = {
        new Color(0x1f77b4), new Color(0xd62728), new Color(0x2ca02c), new Color(0xff7f0e),
        new Color(0x9467bd), new Color(0x8c564b), new Color(0xe377c2), new Color(0x17becf),
        new Color(0x7f7f7f), new Color(0xbcbd22), new Color(0x393b79), new Color(0x637939)
    };

    private ChartWriter() {
    }

    /**
     * Writes a chart in the given formats next to each other: {@code dir/baseName.png},
     * {@code dir/baseName.svg}…
     *
     * @param spec the chart
     * @param dir the output directory (created when missing)
     * @param baseName the file name without extension
     * @param formats the formats to write
     * @return the files written, in the order of the formats
     */
    public static List<Path> write(ChartSpec spec, Path dir, String baseName, ChartFormat... formats) {
        List<Path> written = new ArrayList<>();
        for (ChartFormat format : formats) {
            Path file = dir.resolve(format.fileName(baseName));
            write(spec, file, format);
            written.add(file);
        }
        return List.copyOf(written);
    }

    /**
     * Writes a bar chart in the given formats next to each other.
     *
     * @param spec the chart
     * @param dir the output directory (created when missing)
     * @param baseName the file name without extension
     * @param formats the formats to write
     * @return the files written, in the order of the formats
     */
    public static List<Path> write(BarSpec spec, Path dir, String baseName, ChartFormat... formats) {
        List<Path> written = new ArrayList<>();
        for (ChartFormat format : formats) {
            Path file = dir.resolve(format.fileName(baseName));
            save(draw(spec), file, format);
            written.add(file);
        }
        return List.copyOf(written);
    }

    /**
     * Writes a chart to one file.
     *
     * @param spec the chart
     * @param file the file to write (its parent is created when missing)
     * @param format the format
     */
    public static void write(ChartSpec spec, Path file, ChartFormat format) {
        save(draw(spec), file, format);
    }

    private static void save(org.knowm.xchart.internal.chartpart.Chart<?, ?> chart, Path file, ChartFormat format) {
        try {
            Path parent = file.toAbsolutePath().getParent();
            if (parent != null) {
                Files.createDirectories(parent);
            }
            // beside, then renamed: a stop or failure mid-write left a truncated chart under its name
            WholeFile.write(file, out -> encode(chart, out, format));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write chart " + file + ": " + FileErrors.reason(e), e);
        }
    }

    private static void encode(org.knowm.xchart.internal.chartpart.Chart<?, ?> chart, OutputStream out, ChartFormat format)
            throws IOException {
        switch (format) {
            case PNG -> BitmapEncoder.saveBitmap(chart, out, BitmapEncoder.BitmapFormat.PNG);
            case SVG -> VectorGraphicsEncoder.saveVectorGraphic(chart, out, VectorGraphicsEncoder.VectorGraphicsFormat.SVG);
        }
    }

    /**
     * Builds the XChart chart for a spec (without writing it).
     *
     * @param spec the chart
     * @return the XChart chart
     */
    static XYChart draw(ChartSpec spec) {
        XYChart chart = new XYChartBuilder().width(WIDTH).height(HEIGHT).title(spec.title())
                .xAxisTitle(spec.xTitle()).yAxisTitle(spec.yTitle()).build();
        XYStyler styler = chart.getStyler();
        styler.setChartBackgroundColor(Color.WHITE);
        styler.setPlotBackgroundColor(Color.WHITE);
        styler.setPlotBorderVisible(true);
        styler.setPlotGridLinesColor(new Color(0xdddddd));
        styler.setLegendPosition(Styler.LegendPosition.OutsideE);
        styler.setLegendLayout(Styler.LegendLayout.Vertical);
        styler.setLegendBorderColor(Color.WHITE);
        styler.setChartTitleFont(new Font(Font.SANS_SERIF, Font.BOLD, 16));
        styler.setAxisTitleFont(new Font(Font.SANS_SERIF, Font.PLAIN, 13));
        styler.setAxisTickLabelsFont(new Font(Font.SANS_SERIF, Font.PLAIN, 12));
        styler.setLegendFont(new Font(Font.SANS_SERIF, Font.PLAIN, 12));
        styler.setAnnotationTextFont(new Font(Font.SANS_SERIF, Font.PLAIN, 11));
        styler.setAnnotationTextFontColor(new Color(0x444444));
        styler.setAnnotationLineColor(new Color(0x888888));
        styler.setAnnotationLineStroke(new BasicStroke(1f, BasicStroke.CAP_BUTT, BasicStroke.JOIN_MITER,
                10f, new float[] {4f, 4f}, 0f));
        styler.setXAxisLogarithmic(spec.logX());
        styler.setYAxisLogarithmic(spec.logY());
        styler.setXAxisMin(spec.xRange().min());
        styler.setXAxisMax(spec.xRange().max());
        if (!spec.logX()) {
            // XChart's own x ticks can be too dense to read: label only the range's round steps.
            double step = spec.xRange().labelStep();
            java.text.DecimalFormat format = new java.text.DecimalFormat(pattern(spec.xRange()),
                    java.text.DecimalFormatSymbols.getInstance(java.util.Locale.ROOT));
            // An unlabelled tick gets a blank, not "": XChart lays out every label's text, and
            // java.awt refuses an empty string (a flat, short run crashed on it).
            styler.setxAxisTickLabelsFormattingFunction(v -> spec.xRange().isLabelled(v, step) ? format.format(v) : " ");
        }
        styler.setYAxisMin(spec.yRange().min());
        styler.setYAxisMax(spec.yRange().max());
        if (!spec.logY()) {
            styler.setYAxisDecimalPattern(pattern(spec.yRange()));
        }
        int i = 0;
        for (ChartSeries s : spec.series()) {
            XYSeries series = chart.addSeries(s.name(), s.x(), s.y());
            if (s.style() == ChartSeries.Style.PREDICTED && i > 0) {
                i--; // same colour as the measured series it continues
            }
            series.setLineColor(PALETTE[i % PALETTE.length]);
            series.setMarkerColor(PALETTE[i % PALETTE.length]);
            switch (s.style()) {
                case LINE -> {
                    series.setMarker(SeriesMarkers.NONE);
                    series.setLineWidth(2f);
                }
                case LINE_MARKERS -> {
                    series.setMarker(SeriesMarkers.CIRCLE);
                    series.setLineWidth(2f);
                }
                case DASHED -> {
                    series.setMarker(SeriesMarkers.NONE);
                    series.setLineStyle(SeriesLines.DASH_DASH);
                    series.setLineColor(new Color(0x555555));
                    series.setLineWidth(1.5f);
                }
                case PREDICTED -> {
                    series.setMarker(SeriesMarkers.DIAMOND);
                    series.setLineStyle(SeriesLines.DASH_DASH);
                    series.setLineWidth(1.5f);
                }
            }
            i++;
        }
        for (Marker m : spec.markers()) {
            chart.addAnnotation(new AnnotationLine(m.x(), true, false));
            double y = spec.yRange().at(0.97 - 0.05 * m.level());
            chart.addAnnotation(new AnnotationText(" " + m.label(), labelX(spec, m), y, false));
        }
        return chart;
    }

    static CategoryChart draw(BarSpec spec) {
        CategoryChart chart = new CategoryChartBuilder().width(WIDTH).height(HEIGHT).title(spec.title())
                .xAxisTitle("").yAxisTitle(spec.yTitle()).build();
        CategoryStyler styler = chart.getStyler();
        styler.setChartBackgroundColor(Color.WHITE);
        styler.setPlotBackgroundColor(Color.WHITE);
        styler.setPlotGridLinesColor(new Color(0xdddddd));
        styler.setLegendVisible(false);
        styler.setChartTitleFont(new Font(Font.SANS_SERIF, Font.BOLD, 16));
        styler.setAxisTitleFont(new Font(Font.SANS_SERIF, Font.PLAIN, 13));
        styler.setAxisTickLabelsFont(new Font(Font.SANS_SERIF, Font.PLAIN, 12));
        styler.setYAxisMin(spec.yRange().min());
        styler.setYAxisMax(spec.yRange().max());
        styler.setYAxisDecimalPattern(pattern(spec.yRange()));
        styler.setLabelsVisible(true);
        styler.setLabelsFont(new Font(Font.SANS_SERIF, Font.PLAIN, 11));
        styler.setErrorBarsColor(new Color(0x333333));
        styler.setSeriesColors(new Color[] {PALETTE[0]});
        chart.addSeries("value", spec.categories(), java.util.Arrays.stream(spec.values()).boxed().toList(),
                java.util.Arrays.stream(spec.errors()).boxed().toList());
        return chart;
    }

    private static double labelX(ChartSpec spec, Marker m) {
        // AnnotationText is centred on x: shift it right by about half its width so it starts at the line.
        double charWidth = (spec.xRange().max() - spec.xRange().min()) / 130.0;
        if (spec.logX()) {
            return m.x() * Math.pow(spec.xRange().max() / spec.xRange().min(), (m.label().length() + 1) / 260.0);
        }
        return m.x() + charWidth * (m.label().length() + 1) / 2.0;
    }

    private static String pattern(Range r) {
        double span = r.max() - r.min();
        return span >= 10 ? "#,##0" : span >= 1 ? "#,##0.#" : "#,##0.###";
    }
}
