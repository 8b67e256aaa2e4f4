package io.chunkwise.cli.dataset;

import static org.assertj.core.api.Assertions.assertThat;

import io.chunkwise.cli.CliRun;
import io.chunkwise.cli.StoppedRun;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code dataset cache} stopped by SIGTERM while it writes, in a child JVM: one line names what it
 * left (no cache, no rejects file), and no scratch file is left beside them.
 */
class DatasetInterruptedTest {
    @TempDir
    Path dir;

    @Test
    void aStoppedCacheSaysNeitherOutputWasWrittenAndLeavesNoScratchFile() throws Exception {
        Path bars = dir.resolve("bars.csv");
        assertThat(CliRun.of("generate", "fxbars", "--rows", "1500000", "-o", bars.toString()).code()).isZero();
        Path out = Files.createDirectory(dir.resolve("out"));
        Path cache = out.resolve("bars.arrow");
        Path rejects = out.resolve("rejects.csv");
        StoppedRun run = StoppedRun.start(dir, "dataset", "cache", bars.toString(), "-o", cache.toString(),
                "--rejects", rejects.toString());
        // the cache's scratch file: batches are being written
        run.stopWhen(() -> names(out).anyMatch(n -> n.startsWith(".bars.arrow.")), "the cache's scratch file");
        assertThat(run.code()).as(run.err()).isEqualTo(StoppedRun.SIGTERM_STATUS);
        assertThat(run.err()).as("one line, not the failed write\'s or step\'s too").containsOnlyOnce("stopped");
        assertThat(run.lastLine()).isEqualTo("dataset cache: stopped (Ctrl-C or SIGTERM); " + cache + " was not written; "
                + rejects + " was not written");
        assertThat(names(out).toList()).as("no output, no scratch file").isEmpty();
    }

    private static Stream<String> names(Path d) {
        try (Stream<Path> files = Files.list(d)) {
            return files.map(p -> p.getFileName().toString()).toList().stream();
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
