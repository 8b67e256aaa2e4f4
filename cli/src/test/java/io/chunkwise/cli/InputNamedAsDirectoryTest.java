package io.chunkwise.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * An input file named with a trailing '/' is refused by every command that reads one, as
 * {@code cat m.csv/} refuses it: a path drops the slash, so {@code scan m.csv/} read {@code m.csv}.
 */
class InputNamedAsDirectoryTest {
    @TempDir
    static Path dir;

    private static Path master;
    private static Path log;
    private static Path bars;

    @BeforeAll
    static void inputs() {
        master = dir.resolve("m.csv");
        log = dir.resolve("o.log");
        bars = dir.resolve("bars.csv");
        for (CliRun gen : List.of(CliRun.of("generate", "secmaster", "--rows", "1000", "-o", master.toString()),
                CliRun.of("generate", "fixlog", "--master", master.toString(), "--rows", "1000", "-o", log.toString()),
                CliRun.of("generate", "fxbars", "--rows", "1000", "-o", bars.toString()))) {
            assertThat(gen.code()).as(gen.err()).isZero();
        }
    }

    private static String slashed(Path file) {
        return file + "/";
    }

    @Test
    void everyInputFileEndingInASlashIsRefusedInOneLineAndNothingIsWritten() throws IOException {
        Path json = Files.writeString(dir.resolve("r.json"), "[]");
        List<String> before = names();
        Path out = dir.resolve("out");
        String m = slashed(master);
        List<List<String>> runs = List.of(
                List.of("scan", m),
                List.of("index", m),
                List.of("lookup", m, "--cusip", "037833100"),
                List.of("fixscan", slashed(log)),
                List.of("reconcile", "--master", m, "--fix", log.toString()),
                List.of("reconcile", "--master", master.toString(), "--fix", slashed(log)),
                List.of("generate", "fixlog", "--master", m, "--rows", "10", "-o", out.toString()),
                List.of("dataset", "cache", slashed(bars), "-o", out.toString()),
                List.of("dataset", "iterate", slashed(bars)),
                List.of("compare", slashed(json), json.toString()),
                List.of("compare", json.toString(), slashed(json)),
                List.of("report", slashed(json), "--out", out.toString()),
                List.of("plan", slashed(json), "--target", "1GiB"),
                List.of("tune", m, "--budget", "64MiB", "--out", out.toString()));
        for (List<String> args : runs) {
            CliRun run = CliRun.of(args.toArray(String[]::new));
            String named = args.stream().filter(a -> a.endsWith("/")).findFirst().orElseThrow();
            assertThat(run.code()).as(args + ": " + run.err()).isEqualTo(ExitCodes.USAGE);
            assertThat(run.err().strip()).as(args.toString()).doesNotContain("\n")
                    .contains(named + ": not a directory (a trailing '/' names a directory; leave it out to name the file "
                            + named.substring(0, named.length() - 1) + ")");
            assertThat(out).as(args + " wrote nothing").doesNotExist();
        }
        assertThat(names()).as("no index, rejects or cache beside the inputs").isEqualTo(before);
    }

    private static List<String> names() throws IOException {
        try (Stream<Path> files = Files.list(dir)) {
            return files.map(p -> p.getFileName().toString()).sorted().toList();
        }
    }

    @Test
    void aDirectoryMayEndInASlash() throws IOException {
        Path results = Files.createDirectory(dir.resolve("results"));
        CliRun run = CliRun.of("scan", results + "/");
        assertThat(run.code()).isEqualTo(ExitCodes.USAGE);
        assertThat(run.err()).as("refused as a directory, not for its slash").contains("is a directory, not a file")
                .doesNotContain("trailing");
        Files.delete(results);
    }
}
