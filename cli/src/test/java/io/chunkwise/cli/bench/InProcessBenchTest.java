package io.chunkwise.cli.bench;

import static org.assertj.core.api.Assertions.assertThat;

import io.chunkwise.bench.input.InputCache;
import io.chunkwise.cli.CliRun;
import io.chunkwise.cli.ExitCodes;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code -f 0} (JMH runs the benchmarks in this JVM): what bench gives forks only is given here
 * (the input cache) or refused (NMT, JVM options), never dropped unsaid.
 */
class InProcessBenchTest {
    @TempDir
    Path dir;

    @BeforeAll
    static void allowConcurrentJmh() {
        // A developer may be running benchmarks on this machine: these runs measure nothing.
        System.setProperty("jmh.ignoreLock", "true");
    }

    @Test
    void nmtAndJvmOptionsWithForksOffAreUsageErrorsBeforeAnythingRuns() {
        Path out = dir.resolve("never");
        CliRun nmt = CliRun.of("bench", "--suite", "loader", "--quick", "--nmt", "--out", out.toString(),
                "--inputs", dir.resolve("in").toString(), "--", "-f", "0", "IndexBuild");
        assertThat(nmt.code()).isEqualTo(ExitCodes.USAGE);
        assertThat(nmt.err().strip()).isEqualTo("chunkwise bench: bad JMH option: -f 0 runs the benchmarks in this JVM, "
                + "but --nmt applies to forks only (this JVM is already running): leave out -f 0 or --nmt");
        CliRun jvmArgs = CliRun.of("bench", "--suite", "loader", "--quick", "--out", out.toString(),
                "--inputs", dir.resolve("in").toString(), "--", "-f", "0", "-jvmArgsAppend", "-Xmx1g", "IndexBuild");
        assertThat(jvmArgs.code()).isEqualTo(ExitCodes.USAGE);
        assertThat(jvmArgs.err().strip()).doesNotContain("\n")
                .endsWith("but -jvmArgsAppend applies to forks only (this JVM is already running): leave out -f 0 or -jvmArgsAppend");
        assertThat(out).as("nothing ran").doesNotExist();
    }

    @Test
    void anInProcessRunGeneratesItsInputsInTheGivenCacheAndSaysItRanInProcess() throws IOException {
        // before: the cache went to forks only, as -D; in this JVM the inputs went to ~/.cache unsaid
        Path inputs = dir.resolve("inputs");
        String before = System.getProperty(InputCache.PROPERTY);
        CliRun run = CliRun.of("bench", "--suite", "loader", "--quick", "--out", dir.resolve("res").toString(),
                "--inputs", inputs.toString(), "--", "-f", "0", "-wi", "0", "-i", "1", "-r", "100ms", "-p", "size=64KiB",
                "LookupBenchmark.openAndFirst");
        assertThat(run.code()).as(run.err()).isZero();
        try (Stream<Path> files = Files.list(inputs)) {
            assertThat(files.map(f -> f.getFileName().toString())).anyMatch(n -> n.startsWith("secmaster-") && n.endsWith(".csv"));
        }
        assertThat(run.err()).contains("bench: -f 0 runs the benchmarks in this JVM (JMH's debugging mode)");
        assertThat(System.getProperty(InputCache.PROPERTY)).as("restored after the run").isEqualTo(before);
    }

    @Test
    void theSummaryNamesEachModeAndKeepsATinyThroughputsDigits() {
        CliRun run = CliRun.of("bench", "--suite", "profiler", "--quick", "--out", dir.resolve("tu").toString(),
                "--inputs", dir.resolve("inputs").toString(), "--", "-f", "0", "-wi", "0", "-i", "1", "-r", "100ms",
                "-p", "sampling=OFF", "-bm", "thrpt", "-tu", "us");
        assertThat(run.code()).as(run.err()).isZero();
        assertThat(run.err()).contains("SamplerOverheadBenchmark.checksum (thrpt)").containsPattern("\\d\\.\\d\\de-\\d\\d ops/us")
                .doesNotContain("0.000 ops/us");
    }
}
