package io.chunkwise.cli.loader;

import static org.assertj.core.api.Assertions.assertThat;

import io.chunkwise.cli.CliRun;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code scan --help} names the exit code a CI step gates a master on, and the run keeps it (QA-17 Q17-6). */
class ScanHelpTest {
    @TempDir
    Path dir;

    @Test
    void theHelpSaysARejectedRecordIsExitOneAsARunDoes() throws IOException {
        CliRun help = CliRun.of("scan", "--help");
        assertThat(help.code()).isZero();
        assertThat(help.out().replaceAll("\\s+", " ")).contains("Exit 1 when any record is rejected");

        Path clean = Files.writeString(dir.resolve("clean.csv"), "symbol,name\nAAPL,Apple\n");
        CliRun ok = CliRun.of("scan", clean.toString());
        assertThat(ok.code()).as(ok.err()).isZero();

        Path short1 = Files.writeString(dir.resolve("short.csv"), "symbol,name\nAAPL,Apple\nMSFT\n");
        CliRun rejected = CliRun.of("scan", short1.toString());
        assertThat(rejected.code()).as(rejected.err()).isEqualTo(1);
    }
}
