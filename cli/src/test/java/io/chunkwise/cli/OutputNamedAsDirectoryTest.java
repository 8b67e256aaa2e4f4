package io.chunkwise.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * An output named with a trailing '/' (a directory to put it in) is refused by every command that
 * writes a file, as scan, index, lookup and generate secmaster refuse it: a path drops the slash,
 * so {@code generate fixlog -o logs/} wrote the log as a file named {@code logs}.
 */
class OutputNamedAsDirectoryTest {
    @TempDir
    static Path dir;

    private static Path master;
    private static Path log;
    private static Path bars;
    private static Path results;

    @BeforeAll
    static void inputs() {
        master = dir.resolve("m.csv");
        log = dir.resolve("o.log");
        bars = dir.resolve("bars.csv");
        results = dir.resolve("r.json");
        for (CliRun gen : List.of(CliRun.of("generate", "secmaster", "--rows", "1000", "-o", master.toString()),
                CliRun.of("generate", "fixlog", "--master", master.toString(), "--rows", "1000", "-o", log.toString()),
                CliRun.of("generate", "fxbars", "--rows", "1000", "-o", bars.toString()))) {
            assertThat(gen.code()).as(gen.err()).isZero();
        }
        try {
            Files.writeString(results, "[]");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Test
    void everyFileOutputEndingInASlashIsRefusedAndNothingIsWritten() throws IOException {
        Path named = dir.resolve("out");
        String out = named + "/";
        List<List<String>> runs = List.of(
                List.of("generate", "fixlog", "--master", master.toString(), "--rows", "1000", "-o", out),
                List.of("generate", "fxbars", "--rows", "1000", "-o", out),
                List.of("reconcile", "--master", master.toString(), "--fix", log.toString(), "--out", out),
                List.of("reconcile", "--master", master.toString(), "--fix", log.toString(), "--rejects", out),
                List.of("reconcile", "--master", master.toString(), "--fix", log.toString(), "--index", out),
                List.of("fixscan", log.toString(), "--rejects", out),
                List.of("dataset", "cache", bars.toString(), "-o", out),
                List.of("dataset", "cache", bars.toString(), "-o", dir.resolve("c.arrow").toString(), "--rejects", out),
                List.of("compare", results.toString(), results.toString(), "--markdown", out));
        for (List<String> args : runs) {
            CliRun run = CliRun.of(args.toArray(String[]::new));
            assertThat(run.code()).as(args + ": " + run.err()).isEqualTo(ExitCodes.USAGE);
            assertThat(run.err().strip()).as(args.toString()).doesNotContain("\n")
                    .contains(out + " ends with '/', a directory's name: name the file in it");
            assertThat(named).as(args + " wrote nothing").doesNotExist();
        }
    }
}
