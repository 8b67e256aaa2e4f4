package io.chunkwise.cli.report;

import io.chunkwise.cli.UserError;
import io.chunkwise.reports.report.ReportFiles;
import java.nio.file.Path;
import java.util.List;

/**
 * Refuses, before any work, an output directory holding a {@code report.md} or {@code report.html}
 * that no report wrote ({@link ReportFiles#notReports}): written over at the end of a run (of
 * {@code report}, or of {@code demo} after minutes of steps), the user's own file would be lost
 * without a word.
 */
public final class ForeignReportFiles {
    private ForeignReportFiles() {
    }

    /**
     * @param out the output directory (it may not exist yet)
     * @throws UserError (exit 2) naming the files, when it holds any that no report wrote
     */
    public static void refuse(Path out) {
        List<String> foreign = ReportFiles.notReports(out);
        if (!foreign.isEmpty()) {
            throw new UserError("--out " + out + ": it holds " + String.join(", ", foreign) + ", which no report wrote"
                    + " and this run would replace; move " + (foreign.size() == 1 ? "it" : "them") + " away or choose another directory");
        }
    }
}
