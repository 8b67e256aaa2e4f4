package io.chunkwise.cli.demo;

import static org.assertj.core.api.Assertions.assertThat;

import io.chunkwise.cli.CliRun;
import io.chunkwise.cli.ExitCodes;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A demo --out holding the user's own report.md is refused before the first step, not at the report step minutes later. */
class DemoForeignReportTest {
    @TempDir
    Path dir;

    @Test
    void theUsersOwnReportIsRefusedBeforeAnyStepAndKept() throws IOException {
        Path out = Files.createDirectory(dir.resolve("report"));
        Path mine = Files.writeString(out.resolve("report.md"), "# my notes\n");
        CliRun run = CliRun.of("demo", "--no-bench", "--out", out.toString());
        assertThat(run.code()).isEqualTo(ExitCodes.USAGE);
        assertThat(run.err()).isEqualTo("chunkwise demo: --out " + out + ": it holds report.md, which no report wrote and this"
                + " run would replace; move it away or choose another directory\n");
        assertThat(mine).hasContent("# my notes");
        try (Stream<Path> files = Files.list(out)) {
            assertThat(files.toList()).as("no step ran").containsExactly(mine);
        }
    }
}
