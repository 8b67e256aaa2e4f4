package io.chunkwise.cli.loader;

import static org.assertj.core.api.Assertions.assertThat;

import io.chunkwise.cli.CliRun;
import io.chunkwise.cli.ExitCodes;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Another master's index given with {@code --index} is refused by lookup and reconcile, never rebuilt over. */
class AnotherMastersIndexTest {
    @TempDir
    Path dir;

    @Test
    void lookupAndReconcileRefuseItAndKeepIt() throws IOException {
        Path a = dir.resolve("a.csv");
        assertThat(CliRun.of("generate", "secmaster", "--rows", "200", "-o", a.toString()).code()).isZero();
        Path log = dir.resolve("o.fix");
        assertThat(CliRun.of("generate", "fixlog", "--master", a.toString(), "--messages", "50", "-o",
                log.toString()).code()).isZero();
        assertThat(CliRun.of("index", a.toString()).code()).isZero();
        Path index = dir.resolve("a.csv.cwx");
        byte[] before = Files.readAllBytes(index);
        Path b = dir.resolve("b.csv");
        Files.writeString(b, "cusip,isin,symbol\n38259P508,US38259P5089,GOOG\n");

        assertRefused(CliRun.of("lookup", b.toString(), "--index", index.toString(), "--symbol", "GOOG"));
        assertRefused(CliRun.of("reconcile", "--master", b.toString(), "--index", index.toString(), "--fix",
                log.toString(), "--out", dir.resolve("d.csv").toString()));

        assertThat(Files.readAllBytes(index)).isEqualTo(before);
        String symbol = Files.readAllLines(a).get(1).split(",")[2];
        assertThat(CliRun.of("lookup", a.toString(), "--symbol", symbol).code()).isZero();
    }

    private static void assertRefused(CliRun run) {
        assertThat(run.code()).as(run.err()).isEqualTo(ExitCodes.USAGE);
        assertThat(run.err().strip()).doesNotContain("\n").contains("the index of another file, a.csv (",
                "not of b.csv (", "choose another index path with --index");
    }
}
