package io.chunkwise.cli.report;

import static org.assertj.core.api.Assertions.assertThat;

import io.chunkwise.cli.CliRun;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code report --out DIR} over a DIR holding a report.md or report.html: a user's own is refused
 * before any work (exit 2, one line naming it) and kept; an earlier report's is replaced; and
 * nothing written beside the documents on their way is left.
 */
class ReportOutForeignFilesTest {
    @TempDir
    Path dir;

    private Path results() throws IOException {
        return Files.writeString(dir.resolve("r.json"), "[" + ReportPlanTuneCommandTest.result("full", 16, 0.16, 80) + ","
                + ReportPlanTuneCommandTest.result("mmap", 16, 0.04, 60) + "]");
    }

    @Test
    void aUsersOwnReportMdIsRefusedBeforeAnyWorkAndKept() throws IOException {
        Path out = Files.createDirectories(dir.resolve("out"));
        Path mine = Files.writeString(out.resolve("report.md"), "# Notes for the review\n");
        // a results file that does not exist: refused for the report.md first, before the results are read
        CliRun run = CliRun.of("report", results().toString(), dir.resolve("missing.json").toString(), "--out", out.toString());
        assertThat(run.code()).isEqualTo(2);
        assertThat(run.err().strip()).isEqualTo("chunkwise report: --out " + out + ": it holds report.md, which no report wrote and this run "
                + "would replace; move it away or choose another directory");
        assertThat(mine).hasContent("# Notes for the review\n");
        try (var files = Files.list(out)) {
            assertThat(files.toList()).containsExactly(mine);
        }
    }

    @Test
    void anEarlierReportIsReplacedAndNoFileIsLeftBeside() throws IOException {
        Path out = dir.resolve("out");
        CliRun first = CliRun.of("report", results().toString(), "--out", out.toString(), "--title", "First");
        assertThat(first.code()).as(first.err()).isZero();
        CliRun second = CliRun.of("report", results().toString(), "--out", out.toString(), "--title", "Second");
        assertThat(second.code()).as(second.err()).isZero();
        assertThat(Files.readString(out.resolve("report.md"))).contains("# Second").doesNotContain("# First");
        assertThat(Files.readString(out.resolve("report.html"))).contains("<h1>Second</h1>");
        try (var files = Files.list(out)) {
            assertThat(files.map(p -> p.getFileName().toString()).sorted().toList())
                    .containsExactly("charts", "report.html", "report.md");
        }
    }
}
