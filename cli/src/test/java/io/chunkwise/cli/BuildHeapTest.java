package io.chunkwise.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class BuildHeapTest {
    private static final int PROCESSORS = 2;

    private static Optional<String> heap(String... args) {
        return BuildHeap.option(List.of(args), PROCESSORS);
    }

    @Test
    void theDefaultBuildGetsItsBudgetItsChunksAndTheirEntries() {
        // 30 MiB for the default 24 MiB of sort buffers, 16 for the JVM, 8 of chunk buffers, 16 for four chunks' entries
        assertThat(heap("m.csv")).contains("-Xmx70m");
        assertThat(heap("m.csv", "--json", "--index", "m.cwx")).contains("-Xmx70m");
        // one chunk in flight: under the least heap given
        assertThat(heap("m.csv", "--strategy", "chunked")).contains("-Xmx64m");
        assertThat(heap("m.csv", "--strategy=MMAP")).contains("-Xmx64m");
    }

    @Test
    void aBudgetsHeapIsTheBudgetLessTheJvmsMemoryBesideIt() {
        // 56 MiB beside the heap, 1 MiB per worker, for chunked its chunk's direct buffer
        assertThat(heap("m.csv", "--memory-budget", "512MiB")).contains("-Xmx454m");
        assertThat(heap("m.csv", "--memory-budget", "128MiB")).contains("-Xmx70m"); // the default build's
        assertThat(heap("m.csv", "--memory-budget=160m", "--strategy", "chunked")).contains("-Xmx95m"); // and a chunk
        assertThat(heap("m.csv", "--memory-budget", "2GiB")).contains("-Xmx1990m");
        assertThat(heap("m.csv", "--memory-budget", "1000MiB", "--workers", "4")).contains("-Xmx940m");
    }

    @Test
    void withoutABudgetTheHeapFollowsTheChunksAndTheWorkers() {
        // 30 MiB for the default sort buffers, 16 for the JVM, 64 of chunk buffers, 128 for eight chunks' entries
        assertThat(heap("m.csv", "--chunk-size", "32MiB", "--workers", "4")).contains("-Xmx238m");
    }

    @Test
    void aBudgetTooSmallToBuildInIsLeftToTheCommand() {
        // 58 MiB beside the heap, 40 MiB of heap beside the sort buffers, 1.25 MiB for the least of them
        assertThat(heap("m.csv", "--memory-budget", "100MiB")).contains("-Xmx42m");
        assertThat(heap("m.csv", "--memory-budget", "99MiB")).isEmpty();
        assertThat(heap("m.csv", "--memory-budget=64m", "--strategy", "chunked")).isEmpty();
        assertThat(heap("m.csv", "--memory-budget", "1MiB", "--strategy", "mmap")).isEmpty();
    }

    @Test
    void aChunkedBuildReadsIntoOneChunkWhateverTheWorkers() {
        // 30 MiB for the budget, 16 for the JVM, the 384 MiB buffer, 192 for its chunk's entries
        assertThat(heap("m.csv", "--strategy", "chunked", "--chunk-size", "384MiB", "--workers", "1"))
                .contains("-Xmx622m");
        assertThat(heap("m.csv", "--strategy", "chunked", "--chunk-size", "384MiB", "--workers", "4"))
                .contains("-Xmx622m");
    }

    @Test
    void noBoundForTheFullLoadOrAboveAGibibyteWithoutABudget() {
        assertThat(heap("m.csv", "--strategy", "full")).isEmpty();
        assertThat(heap("m.csv", "--strategy=Full", "--memory-budget", "16MiB")).isEmpty();
        assertThat(heap("m.csv", "--workers", "64", "--chunk-size", "64MiB")).isEmpty();
        assertThat(heap("m.csv", "--memory-budget", "65GiB")).isEmpty(); // a heap above 64 GiB
        assertThat(heap("m.csv", "--memory-budget", "64GiB")).contains("-Xmx65478m");
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
                List.of("m.csv", "--memory-budget", "128MiB"), List.of("m.csv", "--memory-budget", "99MiB"),
                List.of("m.csv", "--memory-budget", "100MiB"), List.of("m.csv", "--memory-budget", "99.9MiB"),
                List.of("m.csv", "--memory-budget", "160m", "--strategy", "chunked"),
                List.of("m.csv", "--memory-budget", "100MiB", "--strategy", "chunked", "--chunk-size", "24MiB"),
                List.of("m.csv", "--memory-budget", "64GiB"), List.of("m.csv", "--memory-budget", "65GiB"),
                List.of("m.csv", "--memory-budget", "1GiB", "--workers", "7", "--chunk-size", "3MB"),
                List.of("m.csv", "--chunk-size", "32MiB", "--workers", "4"), List.of("m.csv", "--chunk-size=1k"),
                List.of("m.csv", "--strategy", "chunked", "--chunk-size", "384MiB", "--workers", "1"),
                List.of("m.csv", "--chunk-size", "2GiB"), List.of("m.csv", "--workers", "300"),
                List.of("m.csv", "--workers", "+8"), List.of("m.csv", "--workers", "x"),
                List.of("m.csv", "--memory-budget", "lots"), List.of("m.csv", "--memory-budget", "12KI"),
                List.of("m.csv", "--memory-budget", "0EiB"), List.of("m.csv", "--memory-budget", "0.0000000001EB"),
                List.of("m.csv", "--memory-budget", "8EiB"), List.of("m.csv", "--memory-budget", "0ZiB"),
                List.of("m.csv", "--memory-budget", "1YB"),
                List.of("m.csv", "--memory-budget"), List.of("m.csv", "--index", "--strategy"),
                List.of("m.csv", "--json", "--index", "a=b.cwx", "--strategy", "Parallel"));
        for (List<String> line : lines) {
            assertThat(launcher(line)).as(String.join(" ", line)).isEqualTo(BuildHeap.option(line, PROCESSORS).orElse(""));
        }
    }

    /** A reconciliation gets 128 MiB, or the default build's heap where more processors need more. */
    @Test
    void aReconciliationGetsItsCacheOrTheDefaultBuildsHeap() throws Exception {
        assertThat(BuildHeap.reconcileOption(2)).contains("-Xmx128m");
        assertThat(BuildHeap.reconcileOption(16)).contains("-Xmx238m"); // 30 + 16 + 64 + 128 MiB
        // the default build's heap unbounded, above 1 GiB: the JVM's default, not 128 MiB it could not build in
        assertThat(BuildHeap.reconcileOption(256)).isEmpty();
        for (int processors : new int[] {1, 2, 8, 16, 64, 256}) {
            assertThat(bash("chunkwise_reconcile_heap \"$1\"", String.valueOf(processors))).as("%d processors", processors)
                    .isEqualTo(BuildHeap.reconcileOption(processors).orElse(""));
        }
    }

    /**
     * The launcher counts processors as the JVM does: a CPU quota of the process's cgroup, or of one
     * above it, rounded up, when it allows fewer than the CPUs (a container on a larger host).
     */
    @Test
    void theLauncherCountsTheProcessorsACpuQuotaAllows(@TempDir Path root) throws Exception {
        Path v2 = root.resolve("v2");
        write(v2.resolve("cpu.max"), "max 100000");
        write(v2.resolve("kubepods/pod1/cpu.max"), "50000 100000");
        write(v2.resolve("kubepods/pod1/c1/cpu.max"), "max 100000");
        write(root.resolve("self-v2"), "0::/kubepods/pod1/c1");
        assertThat(processors(v2, root.resolve("self-v2"))).isEqualTo("1");

        // a container's view: its own cgroup is the mount's root, whatever path the process file names
        Path container = root.resolve("container");
        write(container.resolve("cpu.max"), "100000 100000");
        assertThat(processors(container, root.resolve("self-v2"))).isEqualTo("1");

        Path v1 = root.resolve("v1");
        write(v1.resolve("cpu,cpuacct/docker/abc/cpu.cfs_quota_us"), "30000");
        write(v1.resolve("cpu,cpuacct/docker/abc/cpu.cfs_period_us"), "100000");
        write(root.resolve("self-v1"), "4:memory:/docker/abc\n3:cpu,cpuacct:/docker/abc\n0::/");
        assertThat(processors(v1, root.resolve("self-v1"))).isEqualTo("1");
    }

    @Test
    void withoutAQuotaTheLauncherCountsTheCpusItMayRunOn(@TempDir Path root) throws Exception {
        String cpus = bash("env -u OMP_NUM_THREADS -u OMP_THREAD_LIMIT nproc");
        write(root.resolve("v2/cpu.max"), "max 100000");
        write(root.resolve("v2/a/cpu.max"), "1000000000 100000"); // a quota above the CPUs
        write(root.resolve("v1/cpu/a/cpu.cfs_quota_us"), "-1");
        write(root.resolve("v1/cpu/a/cpu.cfs_period_us"), "100000");
        write(root.resolve("self-v2"), "0::/a");
        write(root.resolve("self-v1"), "2:cpu:/a");
        assertThat(processors(root.resolve("v2"), root.resolve("self-v2"))).isEqualTo(cpus);
        assertThat(processors(root.resolve("v1"), root.resolve("self-v1"))).isEqualTo(cpus);
        assertThat(processors(root.resolve("none"), root.resolve("no-such-file"))).isEqualTo(cpus);
    }

    private static void write(Path file, String text) throws IOException {
        Files.createDirectories(file.getParent());
        Files.writeString(file, text + "\n");
    }

    private static String processors(Path mount, Path self) throws IOException, InterruptedException {
        return bash("chunkwise_processors \"$1\" \"$2\"", mount.toString(), self.toString());
    }

    private static String launcher(List<String> args) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of(String.valueOf(PROCESSORS)));
        command.addAll(args);
        return bash("chunkwise_build_heap \"$@\"", command.toArray(String[]::new));
    }

    /** Runs {@code script} in bash with {@code bin/build-heap.sh} sourced; its arguments are $1, $2… */
    private static String bash(String script, String... args) throws IOException, InterruptedException {
        Path source = Path.of("..", "bin", "build-heap.sh").toAbsolutePath();
        List<String> command = new ArrayList<>(List.of("bash", "-c", "set -euo pipefail; . \"$0\"; " + script, source.toString()));
        command.addAll(List.of(args));
        Process p = new ProcessBuilder(command).redirectErrorStream(true).start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8).strip();
        assertThat(p.waitFor()).as(out).isZero();
        return out;
    }
}
