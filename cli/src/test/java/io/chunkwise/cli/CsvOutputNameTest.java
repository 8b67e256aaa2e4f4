package io.chunkwise.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A CSV output named as another format is written as CSV, and said to be: a tool that goes by the name would fail on it. */
class CsvOutputNameTest {
    @TempDir
    Path dir;

    @Test
    void anotherFormatsExtensionIsSaidAndOthersAreNot() {
        assertThat(CsvOutputName.mismatch("--out", Path.of("found.JSON"))).contains(
                "--out found.JSON: written as CSV, the one format it has, whatever its name's .json says");
        assertThat(CsvOutputName.mismatch("--rejects", Path.of("r.xlsx"))).isPresent();
        assertThat(CsvOutputName.mismatch("--out", Path.of("found.csv"))).isEmpty();
        assertThat(CsvOutputName.mismatch("--out", Path.of("found.txt"))).isEmpty();
        assertThat(CsvOutputName.mismatch("--out", Path.of("found"))).isEmpty();
        assertThat(CsvOutputName.mismatch("--out", null)).isEmpty();
    }

    @Test
    void reconcileAndScanSayItAndWriteCsv() throws IOException {
        Path master = dir.resolve("m.csv");
        Path log = dir.resolve("o.log");
        assertThat(CliRun.of("generate", "secmaster", "--rows", "2000", "-o", master.toString()).code()).isZero();
        assertThat(CliRun.of("generate", "fixlog", "--master", master.toString(), "--rows", "2000", "-o", log.toString())
                .code()).isZero();
        Path found = dir.resolve("found.json");
        CliRun run = CliRun.of("reconcile", "--master", master.toString(), "--fix", log.toString(), "--out", found.toString());
        assertThat(run.code()).as(run.err()).isEqualTo(ExitCodes.NOT_FOUND);
        assertThat(run.err()).contains("reconcile: --out " + found + ": written as CSV, the one format it has, whatever its"
                + " name's .json says");
        assertThat(Files.readAllLines(found).getFirst()).doesNotStartWith("{").doesNotStartWith("[").contains(",");

        Path rejects = dir.resolve("rejects.json");
        CliRun scan = CliRun.of("scan", master.toString(), "--rejects", rejects.toString());
        assertThat(scan.code()).as(scan.err()).isIn(ExitCodes.OK, ExitCodes.NOT_FOUND);
        assertThat(scan.err()).contains("scan: --rejects " + rejects + ": written as CSV");
    }
}
