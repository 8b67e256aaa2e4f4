package io.chunkwise.cli.loader;

import static org.assertj.core.api.Assertions.assertThat;

import io.chunkwise.cli.CliRun;
import io.chunkwise.cli.StoppedRun;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code index} stopped by SIGTERM (Ctrl-C likewise) mid-build says so in one line; nothing is published, no scratch is left. */
class IndexInterruptedTest {
    @TempDir
    Path dir;

    @Test
    void aStoppedBuildSaysItsIndexWasNotWritten() throws Exception {
        Path work = Files.createDirectory(dir.resolve("work"));
        Path master = work.resolve("m.csv");
        CliRun gen = CliRun.of("generate", "secmaster", "--size", "400MiB", "-o", master.toString());
        assertThat(gen.code()).as(gen.err()).isZero();
        List<String> before = names(work);
        Path index = work.resolve("m.csv.cwx");
        Path rejects = work.resolve("m.csv.rejects.csv");
        StoppedRun run = StoppedRun.start(dir, "index", master.toString(), "--index", index.toString());
        // the build's scratch beside the index: the master is being read
        run.stopWhen(() -> names(work).size() > before.size(), "the build's scratch files");
        assertThat(run.code()).as(run.err()).isEqualTo(StoppedRun.SIGTERM_STATUS);
        assertThat(run.err()).as("one line").containsOnlyOnce("stopped");
        assertThat(run.lastLine()).isEqualTo("index: stopped (Ctrl-C or SIGTERM); " + index + " was not written; " + rejects
                + " was not written");
        assertThat(names(work)).as("no index, no rejects, no scratch (the lock file aside)")
                .allMatch(n -> before.contains(n) || n.endsWith(".lock"));
    }

    private static List<String> names(Path d) {
        try (Stream<Path> files = Files.list(d)) {
            return files.map(p -> p.getFileName().toString()).toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
