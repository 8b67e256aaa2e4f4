package io.chunkwise.reports.table;

import java.util.Base64;
import java.util.List;
import java.util.stream.Collectors;

/**
 * The formats a report is rendered in, from the same model: Markdown (for PRs and terminals) and
 * one self-contained HTML page (charts embedded).
 */
public enum ReportFormat {
    /** GitHub-flavoured Markdown. */
    MARKDOWN("md") {
        @Override
        public String table(Table t) {
            StringBuilder out = new StringBuilder();
            out.append("| ").append(t.columns().stream().map(c -> escape(c.header())).collect(Collectors.joining(" | "))).append(" |\n");
            out.append("|").append(t.columns().stream().map(c -> c.kind().numeric() ? "---:" : "---").collect(Collectors.joining("|"))).append("|\n");
            for (int r = 0; r < t.rows().size(); r++) {
                out.append("|");
                for (int c = 0; c < t.columns().size(); c++) {
                    out.append(' ').append(escape(t.text(r, c))).append(" |");
                }
                out.append('\n');
            }
            for (String note : t.notes()) {
                out.append('\n').append(note).append('\n');
            }
            return out.toString();
        }

        @Override
        public String heading(int level, String text) {
            return "#".repeat(level) + " " + text + "\n\n";
        }

        @Override
        public String paragraph(String text) {
            return text + "\n\n";
        }

        @Override
        public String image(String alt, String relativePath, byte[] png) {
            return "![" + alt + "](" + relativePath + ")\n\n";
        }

        @Override
        public String document(String title, List<String> parts) {
            return "# " + title + "\n\n" + String.join("", parts);
        }

        private static String escape(String s) {
            return s.replace("|", "\\|").replace("\n", " ");
        }
    },
    /** One HTML page with inline styles and charts embedded as data URIs. */
    HTML("html") {
        @Override
        public String table(Table t) {
            StringBuilder out = new StringBuilder("<table>\n<thead><tr>");
            t.columns().forEach(c -> out.append("<th").append(c.kind().numeric() ? " class=\"num\"" : "").append('>')
                    .append(escape(c.header())).append("</th>"));
            out.append("</tr></thead>\n<tbody>\n");
            for (int r = 0; r < t.rows().size(); r++) {
                out.append("<tr>");
                for (int c = 0; c < t.columns().size(); c++) {
                    out.append("<td").append(t.columns().get(c).kind().numeric() ? " class=\"num\"" : "").append('>')
                            .append(escape(t.text(r, c))).append("</td>");
                }
                out.append("</tr>\n");
            }
            out.append("</tbody>\n</table>\n");
            t.notes().forEach(n -> out.append("<p class=\"note\">").append(escape(n)).append("</p>\n"));
            return out.toString();
        }

        @Override
        public String heading(int level, String text) {
            return "<h" + level + ">" + escape(text) + "</h" + level + ">\n";
        }

        @Override
        public String paragraph(String text) {
            return "<p>" + escape(text) + "</p>\n";
        }

        @Override
        public String image(String alt, String relativePath, byte[] png) {
            return "<figure><img alt=\"" + escape(alt) + "\" src=\"data:image/png;base64,"
                    + Base64.getEncoder().encodeToString(png) + "\"><figcaption>" + escape(alt) + "</figcaption></figure>\n";
        }

        @Override
        public String document(String title, List<String> parts) {
            return "<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n<title>" + escape(title)
                    + "</title>\n<style>\n" + STYLE + "</style>\n</head>\n<body>\n<h1>" + escape(title) + "</h1>\n"
                    + String.join("", parts) + "</body>\n</html>\n";
        }

        private static String escape(String s) {
            return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
        }
    };

    private static final String STYLE = """
            body { font-family: system-ui, sans-serif; margin: 2em auto; max-width: 1100px; color: #222; }
            table { border-collapse: collapse; margin: 0.5em 0 1em; }
            th, td { border: 1px solid #ccc; padding: 0.3em 0.7em; }
            th { background: #f3f3f3; }
            td.num, th.num { text-align: right; font-variant-numeric: tabular-nums; }
            p.note { color: #555; font-size: 0.9em; }
            figure { margin: 1em 0; } img { max-width: 100%; border: 1px solid #eee; }
            figcaption { color: #555; font-size: 0.9em; }
            """;

    private final String extension;

    ReportFormat(String extension) {
        this.extension = extension;
    }

    /** @return the file extension, without the dot */
    public String extension() {
        return extension;
    }

    /**
     * @param table a table
     * @return the table in this format
     */
    public abstract String table(Table table);

    /**
     * @param level 1 for the top level
     * @param text the heading
     * @return the heading in this format
     */
    public abstract String heading(int level, String text);

    /**
     * @param text a paragraph of plain text
     * @return the paragraph in this format
     */
    public abstract String paragraph(String text);

    /**
     * @param alt the image's description
     * @param relativePath the PNG's path relative to the document (Markdown links to it)
     * @param png the PNG's bytes (HTML embeds them)
     * @return the image in this format
     */
    public abstract String image(String alt, String relativePath, byte[] png);

    /**
     * @param title the document's title
     * @param parts its rendered parts, in order
     * @return the whole document
     */
    public abstract String document(String title, List<String> parts);
}
