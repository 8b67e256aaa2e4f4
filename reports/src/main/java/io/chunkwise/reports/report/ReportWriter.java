package io.chunkwise.reports.report;

import io.chunkwise.reports.chart.NamedChart;
import io.chunkwise.reports.chart.StaleCharts;
import io.chunkwise.reports.files.FileErrors;
import io.chunkwise.reports.files.WholeFile;
import io.chunkwise.reports.table.ReportFormat;
import io.chunkwise.reports.table.Table;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Writes a {@link Report} into a directory: {@code report.md}, {@code report.html} (self-contained:
 * charts embedded) and {@code charts/*.png|svg}. The two documents are written whole or not at all, and
 * only over a report's own ({@link ReportFiles}).
 */
public final class ReportWriter {
    /** The charts' subdirectory. */
    public static final String CHARTS = "charts";

    private ReportWriter() {
    }

    /**
     * The files a report wrote.
     *
     * @param markdown report.md
     * @param html report.html
     * @param charts the chart files (PNG and SVG)
     * @param otherImages the images in the charts' directory that this report did not draw and
     *     left there (no run recorded them as its charts: a user's own, or a report's from before
     *     runs recorded theirs), so that a caller can say they are not of these results
     */
    public record Written(Path markdown, Path html, List<Path> charts, List<Path> otherImages) {
        /** Copies the lists. */
        public Written {
            charts = List.copyOf(charts);
            otherImages = List.copyOf(otherImages);
        }
    }

    /**
     * Writes the report.
     *
     * @param report the report
     * @param out the output directory (created when missing)
     * @return the files written
     * @throws IllegalArgumentException when {@code out} is an existing file, or holds a report.md or
     *     report.html that no report wrote ({@link ReportFiles#notReports(Path)}), which it would replace
     */
    public static Written write(Report report, Path out) {
        if (Files.exists(out) && !Files.isDirectory(out)) {
            throw new IllegalArgumentException(out + " exists and is not a directory");
        }
        List<String> foreign = ReportFiles.notReports(out);
        if (!foreign.isEmpty()) {
            throw new IllegalArgumentException(out + ": it holds " + String.join(", ", foreign)
                    + ", which no report wrote and a report would replace; move " + (foreign.size() == 1 ? "it" : "them")
                    + " away or choose another directory");
        }
        try {
            Files.createDirectories(out);
            Path chartsDir = out.resolve(CHARTS);
            List<Path> chartFiles = new ArrayList<>();
            List<String> md = new ArrayList<>();
            List<String> html = new ArrayList<>();
            Set<String> names = new HashSet<>();
            for (Report.Section s : report.sections()) {
                md.add(ReportFormat.MARKDOWN.heading(2, s.heading()));
                html.add(ReportFormat.HTML.heading(2, s.heading()));
                for (String p : s.paragraphs()) {
                    md.add(ReportFormat.MARKDOWN.paragraph(p));
                    html.add(ReportFormat.HTML.paragraph(p));
                }
                for (Table t : s.tables()) {
                    // a table named as its section needs no heading of its own
                    boolean titled = !t.title().equals(s.heading());
                    md.add((titled ? ReportFormat.MARKDOWN.heading(3, t.title()) : "") + ReportFormat.MARKDOWN.table(t) + "\n");
                    html.add((titled ? ReportFormat.HTML.heading(3, t.title()) : "") + ReportFormat.HTML.table(t));
                }
                for (NamedChart c : s.charts()) {
                    NamedChart unique = unique(c, names);
                    List<Path> files = unique.write(chartsDir);
                    chartFiles.addAll(files);
                    Path png = files.getFirst();
                    byte[] bytes = Files.readAllBytes(png);
                    String relative = CHARTS + "/" + png.getFileName();
                    md.add(ReportFormat.MARKDOWN.image(unique.caption(), relative, bytes));
                    html.add(ReportFormat.HTML.image(unique.caption(), relative, bytes));
                }
            }
            // the charts of an earlier report here that this one did not write: charts/ is this report's
            StaleCharts.remove(chartsDir, chartFiles, StaleCharts::isImage);
            Path mdFile = out.resolve(ReportFiles.MARKDOWN);
            Path htmlFile = out.resolve(ReportFiles.HTML);
            writeWhole(mdFile, ReportFiles.markMarkdown(ReportFormat.MARKDOWN.document(report.title(), md)));
            writeWhole(htmlFile, ReportFiles.markHtml(ReportFormat.HTML.document(report.title(), html)));
            return new Written(mdFile, htmlFile, chartFiles, otherImages(chartsDir, chartFiles));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write the report to " + out + ": " + FileErrors.reason(e), e);
        }
    }

    /** @return the images in {@code dir} that are not among {@code drawn}, by name */
    private static List<Path> otherImages(Path dir, List<Path> drawn) throws IOException {
        if (!Files.isDirectory(dir)) {
            return List.of();
        }
        Set<Path> names = new HashSet<>();
        drawn.forEach(p -> names.add(p.getFileName()));
        try (var files = Files.list(dir)) {
            return files.filter(p -> StaleCharts.isImage(p.getFileName().toString()) && !names.contains(p.getFileName())
                    && Files.isRegularFile(p)).sorted().toList();
        }
    }

    private static NamedChart unique(NamedChart c, Set<String> names) {
        String name = c.baseName();
        for (int i = 2; !names.add(name); i++) {
            name = c.baseName() + "-" + i;
        }
        return new NamedChart(name, c.caption(), c.lines(), c.bars());
    }

    /** Writes a report file whole or not at all ({@link WholeFile}): a stopped run leaves the earlier one, never half. */
    private static void writeWhole(Path file, String text) throws IOException {
        WholeFile.write(file, out -> out.write(text.getBytes(StandardCharsets.UTF_8)));
    }
}
