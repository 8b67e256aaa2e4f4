package io.chunkwise.cli.loader;

import static org.assertj.core.api.Assertions.assertThat;

import io.chunkwise.cli.CliRun;
import io.chunkwise.cli.ExitCodes;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A master's index given as another output (a rejects or discrepancies file, by a slip of tab
 * completion) is refused: replaced, it would make every later lookup of its master refuse the file.
 */
class AnIndexIsNoOtherOutputTest {
    @TempDir
    Path dir;

    @Test
    void rejectsAndDiscrepancyFilesRefuseAnIndex() throws IOException {
        Path master = dir.resolve("m.csv");
        assertThat(CliRun.of("generate", "secmaster", "--rows", "200", "-o", master.toString()).code()).isZero();
        Path log = dir.resolve("o.fix");
        assertThat(CliRun.of("generate", "fixlog", "--master", master.toString(), "--messages", "200", "-o",
                log.toString()).code()).isZero();
        Path other = dir.resolve("other.csv");
        Files.writeString(other, "cusip,isin,symbol\n037833100,US0378331005,AAPL\n");
        assertThat(CliRun.of("index", master.toString()).code()).isZero();
        Path index = dir.resolve("m.csv.cwx");
        byte[] before = Files.readAllBytes(index);
        String i = index.toString();

        assertRefused(CliRun.of("scan", other.toString(), "--rejects", i), "--rejects " + i);
        assertRefused(CliRun.of("index", other.toString(), "--index", dir.resolve("other.cwx").toString(),
                "--rejects", i), "rejects file " + i);
        assertRefused(CliRun.of("fixscan", log.toString(), "--rejects", i), "--rejects " + i);
        assertRefused(CliRun.of("reconcile", "--master", other.toString(), "--fix", log.toString(), "--out", i),
                "--out " + i);
        assertRefused(CliRun.of("reconcile", "--master", other.toString(), "--fix", log.toString(), "--rejects", i),
                "--rejects " + i);

        assertThat(Files.readAllBytes(index)).isEqualTo(before);
        String symbol = Files.readAllLines(master).get(1).split(",")[2];
        assertThat(CliRun.of("lookup", master.toString(), "--symbol", symbol).code()).isZero();
    }

    private static void assertRefused(CliRun run, String mention) {
        assertThat(run.code()).as(run.err()).isEqualTo(ExitCodes.USAGE);
        assertThat(run.err().strip()).doesNotContain("\n").contains(mention).contains("is a chunkwise index");
    }
}
