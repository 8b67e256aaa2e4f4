package io.chunkwise.cli.demo;

import static org.assertj.core.api.Assertions.assertThat;

import io.chunkwise.cli.CliRun;
import io.chunkwise.cli.ExitCodes;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The demo's option checks, made before any step runs (the pipeline itself is too long for a unit test). */
class DemoCommandTest {
    @TempDir
    Path dir;

    @Test
    void anOutThatIsAFileIsRefusedBeforeAnyStep() throws IOException {
        Path file = Files.writeString(dir.resolve("afile"), "keep");
        CliRun run = CliRun.of("demo", "--no-bench", "--out", file.toString());
        assertThat(run.code()).isEqualTo(ExitCodes.USAGE);
        assertThat(run.err().strip()).isEqualTo("chunkwise demo: " + file + " exists and is not a directory");
        assertThat(Files.readString(file)).isEqualTo("keep");
    }

    @Test
    void aSubdirectoryThatIsAFileIsNamed() throws IOException {
        Path out = Files.createDirectory(dir.resolve("out"));
        Files.writeString(out.resolve("data"), "");
        CliRun run = CliRun.of("demo", "--no-bench", "--out", out.toString());
        assertThat(run.code()).isEqualTo(ExitCodes.USAGE);
        assertThat(run.err().strip()).isEqualTo("chunkwise demo: " + out.resolve("data") + " exists and is not a directory");
    }

    @Test
    void aZeroTargetSizeOrBudgetIsRefused() {
        for (String[] option : new String[][] {{"--target-size", "0"}, {"--memory-budget", "0"}}) {
            CliRun run = CliRun.of("demo", "--no-bench", "--out", dir.resolve("never").toString(), option[0], option[1]);
            assertThat(run.code()).as(option[0]).isEqualTo(ExitCodes.USAGE);
            assertThat(run.err().strip()).as(option[0])
                    .isEqualTo("chunkwise demo: --target-size and --memory-budget must each be more than 0 bytes");
        }
        assertThat(dir.resolve("never")).doesNotExist();
    }
}
