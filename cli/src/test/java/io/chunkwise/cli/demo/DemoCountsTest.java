package io.chunkwise.cli.demo;

import static org.assertj.core.api.Assertions.assertThat;

import io.chunkwise.cli.CliRun;
import io.chunkwise.cli.ExitCodes;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A count below the demo's least is refused naming that count and its value, before any step runs. */
class DemoCountsTest {
    @TempDir
    Path dir;

    @Test
    void aCountTooSmallIsNamedWithItsValue() {
        Path out = dir.resolve("report");
        CliRun run = CliRun.of("demo", "--no-bench", "--out", out.toString(), "--rows", "999");
        assertThat(run.code()).isEqualTo(ExitCodes.USAGE);
        assertThat(run.err()).isEqualTo("chunkwise demo: --rows, --messages and --bars must each be at least 1000: --rows 999\n");
        assertThat(Files.exists(out)).isFalse();
    }

    @Test
    void everyCountTooSmallIsNamed() {
        CliRun run = CliRun.of("demo", "--no-bench", "--out", dir.resolve("report").toString(),
                "--messages", "10", "--bars", "0");
        assertThat(run.code()).isEqualTo(ExitCodes.USAGE);
        assertThat(run.err()).contains("at least 1000: --messages 10, --bars 0\n");
    }
}
