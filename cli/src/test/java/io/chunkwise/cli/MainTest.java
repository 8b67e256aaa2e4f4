package io.chunkwise.cli;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class MainTest {
    @Test
    void unknownOptionIsAUsageErrorOnOneLine() {
        CliRun run = CliRun.of("--no-such-option");
        assertThat(run.code()).isEqualTo(ExitCodes.USAGE);
        assertThat(run.err().strip()).doesNotContain("\n").contains("--no-such-option");
    }

    @Test
    void aBadSizeIsOneLineWithoutAnExceptionName() {
        CliRun run = CliRun.of("index", "any.csv", "--memory-budget", "lots");
        String text = run.err().strip();
        assertThat(run.code()).isEqualTo(ExitCodes.USAGE);
        assertThat(text).doesNotContain("\n").doesNotContain("Exception").contains("'lots' is not a size");
    }

    @Test
    void helpSucceeds() {
        assertThat(Main.run("--help")).isZero();
    }
}
