package io.chunkwise.cli.bench;

import static org.assertj.core.api.Assertions.assertThat;

import io.chunkwise.cli.CliRun;
import io.chunkwise.cli.ExitCodes;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * JVM options no fork can start with (a misspelt {@code -XX:} flag, {@code -Xmx0}, a {@code -jvm}
 * that is no program) are a usage error before any suite runs, naming the JVM's reason: every fork
 * failed, and bench exited 4 (internal) with "FAILED (see the log)" per benchmark.
 */
class BenchForkJvmTest {
    @TempDir
    Path dir;

    @Test
    void aJvmOptionNoForkCanStartWithIsAUsageErrorNamingTheJvmsReason() {
        Path out = dir.resolve("out");
        CliRun flag = CliRun.of("bench", "--suite", "loader", "--out", out.toString(), "--", "-f", "1", "-wi", "0", "-i", "1",
                "-jvmArgsAppend", "-XX:+NoSuchFlagX", "LookupBenchmark.offsets");
        assertThat(flag.code()).isEqualTo(ExitCodes.USAGE);
        assertThat(flag.err().strip()).isEqualTo("chunkwise bench: bad JMH option: the benchmarks' forks cannot start the JVM with "
                + "-XX:+NoSuchFlagX: Unrecognized VM option 'NoSuchFlagX' (-jvmArgs, -jvmArgsAppend, -jvmArgsPrepend)");
        assertThat(Files.exists(out)).as("nothing written").isFalse();

        CliRun heap = CliRun.of("bench", "--suite", "loader", "--out", out.toString(), "--", "-jvmArgs", "-Xmx0", "LookupBenchmark");
        assertThat(heap.code()).isEqualTo(ExitCodes.USAGE);
        assertThat(heap.err()).contains("cannot start the JVM with -Xmx0: Invalid maximum heap size: -Xmx0").doesNotContain("\tat ");

        CliRun jvm = CliRun.of("bench", "--suite", "loader", "--out", out.toString(), "--", "-jvm", dir.resolve("no-java").toString(),
                "LookupBenchmark");
        assertThat(jvm.code()).isEqualTo(ExitCodes.USAGE);
        assertThat(jvm.err()).contains("bad JMH option: -jvm " + dir.resolve("no-java") + ": cannot start it (").doesNotContain("\tat ");
        assertThat(Files.exists(out)).isFalse();
    }
}
