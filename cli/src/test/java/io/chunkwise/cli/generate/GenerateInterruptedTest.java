package io.chunkwise.cli.generate;

import static org.assertj.core.api.Assertions.assertThat;

import io.chunkwise.cli.StoppedRun;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code generate} stopped by SIGTERM (Ctrl-C likewise) in a child JVM: it says in one line what it
 * stopped and what it left; the output is not there, or is the earlier one, and no scratch file is.
 */
class GenerateInterruptedTest {
    @TempDir
    Path dir;

    @Test
    void aStoppedSecmasterSaysItsOutputWasNotWrittenAndLeavesNoFile() throws Exception {
        Path out = Files.createDirectory(dir.resolve("out")).resolve("m.csv");
        StoppedRun run = StoppedRun.start(dir, "generate", "secmaster", "--size", "2GiB", "--workers", "1", "-o", out.toString());
        // the scratch file beside the output: rows are being written
        run.stopWhen(() -> names(out.getParent()).findAny().isPresent(), "the scratch file");
        assertThat(run.code()).as(run.err()).isEqualTo(StoppedRun.SIGTERM_STATUS);
        assertThat(run.err()).as("one line, not the failed write\'s or step\'s too").containsOnlyOnce("stopped");
        assertThat(run.lastLine()).isEqualTo("secmaster: stopped (Ctrl-C or SIGTERM); " + out + " was not written");
        assertThat(names(out.getParent()).toList()).as("no output, no scratch file").isEmpty();
    }

    @Test
    void aStoppedFxbarsSaysTheEarlierOutputIsLeftAsItWas() throws Exception {
        Path out = Files.createDirectory(dir.resolve("out")).resolve("bars.csv");
        Files.writeString(out, "an earlier run's\n");
        StoppedRun run = StoppedRun.start(dir, "generate", "fxbars", "--size", "2GiB", "-o", out.toString());
        run.stopWhen(() -> names(out.getParent()).count() > 1, "the scratch file");
        assertThat(run.code()).as(run.err()).isEqualTo(StoppedRun.SIGTERM_STATUS);
        assertThat(run.err()).as("one line, not the failed write\'s or step\'s too").containsOnlyOnce("stopped");
        assertThat(run.lastLine()).isEqualTo("fxbars: stopped (Ctrl-C or SIGTERM); " + out + " is left as it was");
        assertThat(out).hasContent("an earlier run's");
        assertThat(names(out.getParent()).toList()).containsExactly("bars.csv");
    }

    private static Stream<String> names(Path d) {
        try (Stream<Path> files = Files.list(d)) {
            return files.map(p -> p.getFileName().toString()).toList().stream();
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
