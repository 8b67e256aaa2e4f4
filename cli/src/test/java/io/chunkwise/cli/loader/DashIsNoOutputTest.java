package io.chunkwise.cli.loader;

import static org.assertj.core.api.Assertions.assertThat;

import io.chunkwise.cli.CliRun;
import io.chunkwise.cli.ExitCodes;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code -o -}, {@code --out -}, {@code --rejects -}: the Unix habit for standard output, never a file named '-'. */
class DashIsNoOutputTest {
    private static final Path DASH = Path.of("-");

    @TempDir
    Path dir;

    @AfterEach
    void noFileNamedDash() throws IOException {
        assertThat(Files.deleteIfExists(DASH)).as("a file named '-' was written in the working directory").isFalse();
    }

    @Test
    void aDashOutputIsRefusedNamingStandardOutput() throws IOException {
        Path master = dir.resolve("m.csv");
        Files.writeString(master, "cusip,isin,symbol\n037833100,US0378331005,AAPL\n");
        Path log = dir.resolve("o.fix");
        assertThat(CliRun.of("generate", "fixlog", "--master", master.toString(), "--messages", "20", "-o",
                log.toString()).code()).isZero();
        assertRefused(CliRun.of("generate", "fxbars", "--rows", "5", "-o", "-"), "-o -");
        assertRefused(CliRun.of("generate", "secmaster", "--rows", "5", "-o", "-"), "-o -");
        assertRefused(CliRun.of("scan", master.toString(), "--rejects", "-"), "--rejects -");
        assertRefused(CliRun.of("fixscan", log.toString(), "--rejects", "-"), "--rejects -");
        assertRefused(CliRun.of("reconcile", "--master", master.toString(), "--fix", log.toString(), "--out", "-"),
                "--out -");
    }

    private static void assertRefused(CliRun run, String mention) throws IOException {
        boolean wrote = Files.deleteIfExists(DASH);
        assertThat(run.code()).as(run.err()).isEqualTo(ExitCodes.USAGE);
        assertThat(run.err().strip()).doesNotContain("\n").contains(mention).contains("/dev/stdout");
        assertThat(wrote).isFalse();
    }
}
