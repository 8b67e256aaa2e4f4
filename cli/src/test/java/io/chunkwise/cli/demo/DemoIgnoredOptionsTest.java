package io.chunkwise.cli.demo;

import static org.assertj.core.api.Assertions.assertThat;

import io.chunkwise.cli.CliRun;
import io.chunkwise.cli.ExitCodes;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The capacity plan's options given with {@code --no-bench}, which skips the benches the plan is fitted to, are
 * said to be ignored before any step runs (each run here stops at the step after: DIR/data is a file).
 */
class DemoIgnoredOptionsTest {
    @TempDir
    Path dir;

    @Test
    void targetSizeAndBudgetWithNoBenchAreSaidToBeIgnored() throws IOException {
        Path out = stopsAtItsFirstStep();
        CliRun both = CliRun.of("demo", "--no-bench", "--out", out.toString(), "--target-size", "1GB", "--memory-budget", "2GiB");
        assertThat(both.code()).isEqualTo(ExitCodes.USAGE);
        assertThat(both.err()).startsWith("demo: --target-size and --memory-budget are for the capacity plan, fitted to the"
                + " benches that --no-bench skips; ignored\n");
        CliRun one = CliRun.of("demo", "--no-bench", "--out", out.toString(), "--memory-budget", "2GiB");
        assertThat(one.err()).startsWith("demo: --memory-budget is for the capacity plan");
    }

    @Test
    void noNoticeWithoutThemOrWithTheBenches() throws IOException {
        Path out = stopsAtItsFirstStep();
        CliRun noBench = CliRun.of("demo", "--no-bench", "--out", out.toString());
        assertThat(noBench.err()).doesNotContain("ignored");
        CliRun withBench = CliRun.of("demo", "--out", out.toString(), "--target-size", "1GB");
        assertThat(withBench.err()).doesNotContain("ignored");
    }

    /** @return an --out whose data directory is a file, so a run ends before its first step, exit 2 */
    private Path stopsAtItsFirstStep() throws IOException {
        Path out = Files.createDirectory(dir.resolve("out"));
        Files.writeString(out.resolve("data"), "");
        return out;
    }
}
