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
        assertRefused(CliRun.of("scan", master.toString(), "--rejects", "-"), "--rejects -");
        assertRefused(CliRun.of("fixscan", log.toString(), "--rejects", "-"), "--rejects -");
        assertRefused(CliRun.of("reconcile", "--master", master.toString(), "--fix", log.toString(), "--out", "-"),
                "--out -");
    }

    @Test
    void aDashForAFileOfItsOwnAsksForAFileNotStandardOutput() throws IOException {
        // QA: dataset cache -o - suggested /dev/stdout, which the command always refuses (an Arrow file is renamed
        // into place); so do an index, and a generator that writes blocks at offsets
        Path bars = Files.writeString(dir.resolve("bars.csv"), "timestamp,open,high,low,close,volume\n");
        Path master = Files.writeString(dir.resolve("m.csv"), "cusip,isin,symbol\n037833100,US0378331005,AAPL\n");
        assertRefusedAsFile(CliRun.of("dataset", "cache", bars.toString(), "-o", "-"), "output -");
        assertRefusedAsFile(CliRun.of("index", master.toString(), "--index", "-"), "--index -");
        assertRefusedAsFile(CliRun.of("generate", "secmaster", "--rows", "5", "-o", "-"), "-o -");
        assertRefusedAsFile(CliRun.of("generate", "fixlog", "--master", master.toString(), "--messages", "5", "-o", "-"),
                "-o -");
        CliRun asSuggestedBefore = CliRun.of("dataset", "cache", bars.toString(), "-o", "/dev/stdout");
        assertThat(asSuggestedBefore.code()).as(asSuggestedBefore.err()).isEqualTo(ExitCodes.USAGE);
    }

    private static void assertRefused(CliRun run, String mention) throws IOException {
        boolean wrote = Files.deleteIfExists(DASH);
        assertThat(run.code()).as(run.err()).isEqualTo(ExitCodes.USAGE);
        assertThat(run.err().strip()).doesNotContain("\n").contains(mention).contains("/dev/stdout");
        assertThat(wrote).isFalse();
    }

    private static void assertRefusedAsFile(CliRun run, String mention) throws IOException {
        boolean wrote = Files.deleteIfExists(DASH);
        assertThat(run.code()).as(run.err()).isEqualTo(ExitCodes.USAGE);
        assertThat(run.err().strip()).doesNotContain("\n").contains(mention + ": '-' is not standard output here")
                .contains("name a file (./- for a file named '-')").doesNotContain("/dev/stdout");
        assertThat(wrote).isFalse();
    }
}
