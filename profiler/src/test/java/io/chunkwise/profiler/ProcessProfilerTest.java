package io.chunkwise.profiler;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.chunkwise.profiler.metric.MetricSummary;
import io.chunkwise.profiler.metric.Metrics;
import io.chunkwise.profiler.process.CommandStartException;
import io.chunkwise.profiler.process.JavaCommand;
import io.chunkwise.profiler.process.ProcessProfiler;
import io.chunkwise.profiler.process.ProcessRun;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;

/** A child process sampled from outside; its exit code passes through. */
class ProcessProfilerTest {
    private static final long MIB = 1024 * 1024;

    @Test
    void aChildJvmIsSampledFromOutsideWithItsJvmMetrics() throws InterruptedException {
        List<String> command = JavaCommand.sameJvm(List.of("-Xmx64m", "-XX:MaxDirectMemorySize=256m", "-XX:NativeMemoryTracking=summary"),
                ChildWorkload.class.getName(), List.of("3", "96", "600"));
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ProcessRun run = ProcessProfiler.builder(command).interval(Duration.ofMillis(20))
                .nmtPeriod(Duration.ofMillis(100)).stdout(out).run();

        assertThat(run.exitCode()).isEqualTo(3);
        assertThat(out.toString(StandardCharsets.UTF_8)).contains("child done " + 96 * MIB);
        assertThat(run.jvm()).hasValueSatisfying(jvm -> assertThat(jvm).contains("25"));
        assertThat(run.attachedAtMs()).isPositive();
        MetricSummary anon = run.series().summary(Metrics.RSS_ANON).orElseThrow();
        assertThat(anon.peak() - anon.initial()).isGreaterThan(90 * MIB);
        MetricSummary direct = run.series().summary(Metrics.DIRECT).orElseThrow();
        assertThat(direct.peak()).isEqualTo(96 * MIB);
        assertThat(run.heapMaxBytes()).isEqualTo(64 * MIB);
        assertThat(run.series().phases()).extracting(p -> p.name()).containsExactly("jvm attached");
        MetricSummary nmt = run.series().summary(Metrics.NMT_COMMITTED).orElseThrow();
        assertThat(nmt.peak()).isGreaterThan(96 * MIB);
        assertThat(run.notes()).noneMatch(n -> n.contains("NMT") || n.contains("none"));
    }

    @Test
    void aFailingCommandsExitCodePassesThrough() throws InterruptedException {
        ProcessRun run = ProcessProfiler.builder(List.of("sh", "-c", "sleep 0.3; exit 7"))
                .interval(Duration.ofMillis(10)).pss(true).run();
        assertThat(run.exitCode()).isEqualTo(7);
        assertThat(run.series().size()).isGreaterThanOrEqualTo(2);
        assertThat(run.series().summary(Metrics.RSS)).isPresent();
        assertThat(run.series().summary(Metrics.HEAP_USED)).isEmpty();
        assertThat(run.series().summary(Metrics.PSS).orElseThrow().peak()).isPositive();
        assertThat(run.jvm()).isEmpty();
        assertThat(run.notes()).anySatisfy(n -> assertThat(n).contains("JVM metrics: none"));
    }

    @Test
    void theChildsStderrCanBeCapturedApartFromItsStdout() throws InterruptedException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        ProcessRun run = ProcessProfiler.builder(List.of("sh", "-c", "echo to-out; echo to-err >&2; exit 2"))
                .interval(Duration.ofMillis(10)).attachJvm(false).stdout(out).stderr(err).run();
        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(out.toString(StandardCharsets.UTF_8)).isEqualTo("to-out\n");
        assertThat(err.toString(StandardCharsets.UTF_8)).isEqualTo("to-err\n");
    }

    @Test
    void aCommandThatEndsBeforeTheFirstSampleStillGivesItsExitCodeAndWallTime() throws InterruptedException {
        for (int i = 0; i < 5; i++) {
            for (String command : List.of("true", "false")) {
                ProcessRun run = ProcessProfiler.builder(List.of(command)).interval(Duration.ofMillis(10)).pss(true).run();
                assertThat(run.exitCode()).isEqualTo(command.equals("true") ? 0 : 1);
                assertThat(run.wallMs()).isNotNegative().isLessThan(30_000);
                if (run.series().size() == 0) {
                    assertThat(run.notes()).contains("no samples: the command ended before it could be sampled (exit "
                            + run.exitCode() + ")");
                }
            }
        }
    }

    @Test
    void aMissingCommandIsAClearError() {
        assertThatThrownBy(() -> ProcessProfiler.builder(List.of("no-such-command-xyz")).run())
                .isInstanceOf(CommandStartException.class).hasMessageContaining("no-such-command-xyz");
        assertThatThrownBy(() -> ProcessProfiler.builder(List.of("/no/such/program")).run())
                .isInstanceOf(CommandStartException.class)
                .hasMessage("cannot run '/no/such/program': No such file or directory");
        assertThatThrownBy(() -> ProcessProfiler.builder(List.of())).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void jvmOptionsGoRightAfterTheJavaLauncher() {
        assertThat(JavaCommand.withJvmOptions(List.of("/opt/jdk/bin/java", "-jar", "a.jar"), List.of("-Xmx1g")))
                .hasValue(List.of("/opt/jdk/bin/java", "-Xmx1g", "-jar", "a.jar"));
        assertThat(JavaCommand.withJvmOptions(List.of("python3", "x.py"), List.of("-Xmx1g"))).isEmpty();
    }
}
