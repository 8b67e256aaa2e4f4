package io.chunkwise.reports.report;

import io.chunkwise.reports.chart.NamedChart;
import io.chunkwise.reports.table.Table;
import java.util.List;
import java.util.Objects;

/**
 * A report's content, independent of format: sections of paragraphs, tables and charts, rendered by
 * {@link ReportWriter} to Markdown and HTML from this one model.
 *
 * @param title the report's title
 * @param sections the sections, in order
 */
public record Report(String title, List<Section> sections) {
    /** Copies the list. */
    public Report {
        Objects.requireNonNull(title, "title");
        sections = List.copyOf(sections);
    }

    /**
     * A section.
     *
     * @param heading its heading
     * @param paragraphs text before its tables
     * @param tables its tables
     * @param charts its charts
     */
    public record Section(String heading, List<String> paragraphs, List<Table> tables, List<NamedChart> charts) {
        /** Copies the lists. */
        public Section {
            Objects.requireNonNull(heading, "heading");
            paragraphs = List.copyOf(paragraphs);
            tables = List.copyOf(tables);
            charts = List.copyOf(charts);
        }
    }
}
