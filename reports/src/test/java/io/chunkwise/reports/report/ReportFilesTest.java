package io.chunkwise.reports.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.chunkwise.reports.table.ReportFormat;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * report.md and report.html are written whole (beside, then renamed), marked as a report's, and
 * never written over a user's own file of the same name; an earlier report's, marked or written
 * before the mark, is replaced.
 */
class ReportFilesTest {
    @TempDir
    Path dir;

    private static Report report(String title, String text) {
        return new Report(title, List.of(new Report.Section("Notes", List.of(text), List.of(), List.of())));
    }

    private static List<String> names(Path out) throws IOException {
        try (var files = Files.list(out)) {
            return files.map(p -> p.getFileName().toString()).sorted().toList();
        }
    }

    @Test
    void bothDocumentsAreMarkedAndNoFileIsLeftBeside() throws IOException {
        Path out = dir.resolve("out");
        ReportWriter.Written written = ReportWriter.write(report("First", "one"), out);
        assertThat(Files.readString(written.markdown())).startsWith(ReportFiles.MARK + "\n# First\n");
        assertThat(Files.readString(written.html())).startsWith("<!DOCTYPE html>\n" + ReportFiles.MARK + "\n<html lang=\"en\">");
        assertThat(names(out)).containsExactly("report.html", "report.md");
        assertThat(ReportFiles.notReports(out)).isEmpty();
    }

    @Test
    void aUsersOwnReportMdIsRefusedAndKept() throws IOException {
        Path out = Files.createDirectories(dir.resolve("out"));
        Path mine = Files.writeString(out.resolve("report.md"), "# My notes\n\nmine\n");
        assertThat(ReportFiles.notReports(out)).containsExactly("report.md");
        assertThatThrownBy(() -> ReportWriter.write(report("R", "x"), out)).isInstanceOf(IllegalArgumentException.class)
                .hasMessage(out + ": it holds report.md, which no report wrote and a report would replace; move it away or "
                        + "choose another directory");
        assertThat(mine).hasContent("# My notes\n\nmine\n");
        assertThat(names(out)).containsExactly("report.md");
    }

    @Test
    void aUsersOwnHtmlBesideAReportsMarkdownIsRefused() throws IOException {
        Path out = dir.resolve("out");
        ReportWriter.write(report("R", "x"), out);
        Files.writeString(out.resolve("report.html"), "<!DOCTYPE html>\n<html><body>my page</body></html>\n");
        assertThat(ReportFiles.notReports(out)).containsExactly("report.html");
        Files.writeString(out.resolve("report.md"), "mine too\n");
        assertThatThrownBy(() -> ReportWriter.write(report("R", "y"), out))
                .hasMessageContaining("it holds report.md, report.html, which no report wrote").hasMessageContaining("move them away");
    }

    @Test
    void anEarlierReportIsReplaced() throws IOException {
        Path out = dir.resolve("out");
        ReportWriter.write(report("First", "the first run"), out);
        ReportWriter.Written second = ReportWriter.write(report("Second", "the second run"), out);
        assertThat(Files.readString(second.markdown())).contains("the second run").doesNotContain("the first run");
        assertThat(Files.readString(second.html())).contains("the second run").doesNotContain("the first run");
        assertThat(names(out)).containsExactly("report.html", "report.md");
    }

    @Test
    void aReportWrittenBeforeTheMarkIsReplacedByItsHtmlHead() throws IOException {
        // what every report wrote before the mark: the same documents, unmarked
        Path out = Files.createDirectories(dir.resolve("out"));
        Files.writeString(out.resolve("report.md"), ReportFormat.MARKDOWN.document("Old", List.of("old text\n")));
        Files.writeString(out.resolve("report.html"), ReportFormat.HTML.document("Old, with a title of some length", List.of()));
        assertThat(ReportFiles.notReports(out)).isEmpty();
        ReportWriter.Written written = ReportWriter.write(report("New", "new text"), out);
        assertThat(Files.readString(written.markdown())).contains("new text").doesNotContain("old text");

        // an older report.md whose report.html is gone is not known to be a report's
        Path alone = Files.createDirectories(dir.resolve("alone"));
        Files.writeString(alone.resolve("report.md"), ReportFormat.MARKDOWN.document("Old", List.of("old text\n")));
        assertThat(ReportFiles.notReports(alone)).containsExactly("report.md");
    }

    @Test
    void anInterruptedRunsFileBesideIsReplacedAndRemoved() throws IOException {
        Path out = Files.createDirectories(dir.resolve("out"));
        Files.writeString(out.resolve(".report.md.tmp"), "# half a rep");
        ReportWriter.Written written = ReportWriter.write(report("R", "whole"), out);
        assertThat(Files.readString(written.markdown())).contains("whole");
        assertThat(names(out)).containsExactly("report.html", "report.md");
    }

    @Test
    void aDirectoryNamedAsTheReportIsNotAReports() throws IOException {
        Path out = Files.createDirectories(dir.resolve("out"));
        Files.createDirectories(out.resolve("report.html"));
        assertThat(ReportFiles.notReports(out)).containsExactly("report.html");
        assertThat(ReportFiles.notReports(dir.resolve("missing"))).isEmpty();
    }
}
