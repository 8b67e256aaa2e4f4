package io.chunkwise.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class BuildHeapTest {
    private static final int PROCESSORS = 2;

    private static Optional<String> heap(String... args) {
        return BuildHeap.option(List.of(args), PROCESSORS);
    }

    @Test
    void theDefaultBuildGetsItsBudgetItsChunksAndTheirEntries() {
        // 30 MiB for the 24 MiB budget, 16 for the JVM, 8 of chunk buffers, 16 for four chunks' entries
        assertThat(heap("m.csv")).contains("-Xmx70m");
        assertThat(heap("m.csv", "--json", "--index", "m.cwx")).contains("-Xmx70m");
        // one chunk in flight: under the least heap given
        assertThat(heap("m.csv", "--strategy", "chunked")).contains("-Xmx64m");
        assertThat(heap("m.csv", "--strategy=MMAP")).contains("-Xmx64m");
    }

    @Test
    void theHeapFollowsTheBudgetTheChunksAndTheWorkers() {
        assertThat(heap("m.csv", "--memory-budget", "512MiB")).contains("-Xmx680m");
        assertThat(heap("m.csv", "--memory-budget=64m", "--strategy", "chunked")).contains("-Xmx108m");
        assertThat(heap("m.csv", "--chunk-size", "32MiB", "--workers", "4")).contains("-Xmx238m");
        assertThat(heap("m.csv", "--memory-budget", "1MiB", "--strategy", "mmap")).contains("-Xmx64m");
    }

    @Test
    void noBoundForTheFullLoadOrAboveAGibibyte() {
        assertThat(heap("m.csv", "--strategy", "full")).isEmpty();
        assertThat(heap("m.csv", "--strategy=Full", "--memory-budget", "16MiB")).isEmpty();
        assertThat(heap("m.csv", "--memory-budget", "2GiB")).isEmpty();
        assertThat(heap("m.csv", "--memory-budget", "1000MiB")).isEmpty(); // 1.25 times it is above 1 GiB
        assertThat(heap("m.csv", "--workers", "64", "--chunk-size", "64MiB")).isEmpty();
    }

    @Test
    void argumentsThatDoNotParseAreLeftToTheCommand() {
        assertThat(heap("m.csv", "--memory-budget", "lots")).isEmpty();
        assertThat(heap("m.csv", "--memory-budget")).isEmpty();
        assertThat(heap("m.csv", "--workers", "two")).isEmpty();
        assertThat(heap("m.csv", "--workers", "0")).isEmpty();
        assertThat(heap("m.csv", "--chunk-size", "0")).isEmpty();
        assertThat(heap("m.csv", "--strategy", "fast")).isEmpty();
    }

    /** The launcher's copy ({@code bin/build-heap.sh}) gives the same heap on every one of these. */
    @Test
    void theLauncherComputesTheSameHeap() throws Exception {
        List<List<String>> lines = List.of(List.of("m.csv"), List.of("m.csv", "--strategy", "chunked"),
                List.of("m.csv", "--strategy=MMAP"), List.of("m.csv", "--strategy", "full"),
                List.of("m.csv", "--memory-budget", "512MiB"), List.of("m.csv", "--memory-budget=1.5GB"),
                List.of("m.csv", "--memory-budget", "300MB", "--workers", "3"),
                List.of("m.csv", "--memory-budget", " 96 m"), List.of("m.csv", "--memory-budget", "0.5GiB"),
                List.of("m.csv", "--memory-budget", "4096"), List.of("m.csv", "--memory-budget", "1000MiB"),
                List.of("m.csv", "--chunk-size", "32MiB", "--workers", "4"), List.of("m.csv", "--chunk-size=1k"),
                List.of("m.csv", "--chunk-size", "2GiB"), List.of("m.csv", "--workers", "300"),
                List.of("m.csv", "--workers", "+8"), List.of("m.csv", "--workers", "x"),
                List.of("m.csv", "--memory-budget", "lots"), List.of("m.csv", "--memory-budget", "12KI"),
                List.of("m.csv", "--memory-budget"), List.of("m.csv", "--index", "--strategy"),
                List.of("m.csv", "--json", "--index", "a=b.cwx", "--strategy", "Parallel"));
        for (List<String> line : lines) {
            assertThat(launcher(line)).as(String.join(" ", line)).isEqualTo(BuildHeap.option(line, PROCESSORS).orElse(""));
        }
    }

    private static String launcher(List<String> args) throws IOException, InterruptedException {
        Path script = Path.of("..", "bin", "build-heap.sh").toAbsolutePath();
        List<String> command = new ArrayList<>(List.of("bash", "-c", ". \"$0\"; chunkwise_build_heap " + PROCESSORS
                + " \"$@\"", script.toString()));
        command.addAll(args);
        Process p = new ProcessBuilder(command).redirectErrorStream(true).start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8).strip();
        assertThat(p.waitFor()).as(out).isZero();
        return out;
    }
}
