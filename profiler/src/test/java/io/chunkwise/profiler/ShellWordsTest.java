package io.chunkwise.profiler;

import static org.assertj.core.api.Assertions.assertThat;

import io.chunkwise.profiler.monitor.MemoryMonitor;
import io.chunkwise.profiler.monitor.MemorySeries;
import io.chunkwise.profiler.output.ProfileFiles;
import io.chunkwise.profiler.output.RunSummary;
import io.chunkwise.profiler.output.ShellWords;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The profiled command is recorded as a line a shell reads back into the same arguments, and as the arguments. */
class ShellWordsTest {
    @Test
    void onlyArgumentsAShellWouldSplitOrExpandAreQuoted() {
        assertThat(ShellWords.join(List.of("sh", "-c", "exit 3"))).isEqualTo("sh -c 'exit 3'");
        assertThat(ShellWords.join(List.of("scan", "m.csv", "--chunk-size", "64KiB", "--out=a/b:c,d@e%f+g")))
                .isEqualTo("scan m.csv --chunk-size 64KiB --out=a/b:c,d@e%f+g");
        assertThat(ShellWords.join(List.of("echo", "it's", "", "$HOME", "a*b", "x;y", "~")))
                .isEqualTo("echo 'it'\\''s' '' '$HOME' 'a*b' 'x;y' '~'");
    }

    @Test
    void theQuotedLineRunsTheSameArgumentsInAShell() throws IOException, InterruptedException {
        List<String> argv = List.of("printf", "[%s]", "it's", "", "$HOME", "a  b", "*", "back\\slash", "new\nline");
        Process sh = new ProcessBuilder("sh", "-c", ShellWords.join(argv)).start();
        String out = new String(sh.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(sh.waitFor(30, TimeUnit.SECONDS)).isTrue();
        assertThat(out).isEqualTo("[it's][][$HOME][a  b][*][back\\slash][new\nline]");
    }

    @Test
    void summaryJsonHoldsTheQuotedLineAndTheArguments(@TempDir Path dir) throws IOException, InterruptedException {
        MemorySeries series;
        try (MemoryMonitor monitor = MemoryMonitor.builder().interval(Duration.ofMillis(10)).start()) {
            Thread.sleep(20);
            series = monitor.stop();
        }
        ProfileFiles.write(dir, series, new RunSummary(List.of("sh", "-c", "exit 3"), null, series, 3));
        assertThat(Files.readString(dir.resolve("summary.json")))
                .contains("\"command\": \"sh -c 'exit 3'\"")
                .containsPattern("\"argv\": \\[\\s*\"sh\",\\s*\"-c\",\\s*\"exit 3\"\\s*\\]");
    }
}
