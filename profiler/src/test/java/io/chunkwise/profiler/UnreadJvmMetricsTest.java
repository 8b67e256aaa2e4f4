package io.chunkwise.profiler;

import static org.assertj.core.api.Assertions.assertThat;

import io.chunkwise.profiler.metric.Metrics;
import io.chunkwise.profiler.process.JavaCommand;
import io.chunkwise.profiler.process.ProcessProfiler;
import io.chunkwise.profiler.process.ProcessRun;
import java.io.ByteArrayOutputStream;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A child JVM attached to, yet ended before any sample read it (here: an interval longer than the
 * run), gives a note saying its JVM metrics are missing, not a summary that leaves them out unexplained.
 */
class UnreadJvmMetricsTest {
    @Test
    void aJvmAttachedButNeverReadIsNoted() throws InterruptedException {
        List<String> command = JavaCommand.sameJvm(List.of("-Xmx64m", "-XX:NativeMemoryTracking=summary"),
                ChildWorkload.class.getName(), List.of("0", "1", "0"));
        ProcessRun run = ProcessProfiler.builder(command).interval(Duration.ofMinutes(10))
                .stdout(new ByteArrayOutputStream()).run();

        assertThat(run.exitCode()).isZero();
        assertThat(run.attachedAtMs()).isPositive();
        assertThat(run.series().summary(Metrics.HEAP_USED)).isEmpty();
        assertThat(run.notes()).contains("JVM metrics: none (attached at %,d ms, the command ended before a sample read them): RSS only"
                .formatted(run.attachedAtMs()));
    }

    @Test
    void aJvmReadGetsNoSuchNote() throws InterruptedException {
        List<String> command = JavaCommand.sameJvm(List.of("-Xmx64m"), ChildWorkload.class.getName(), List.of("0", "1", "300"));
        ProcessRun run = ProcessProfiler.builder(command).interval(Duration.ofMillis(20))
                .stdout(new ByteArrayOutputStream()).run();

        assertThat(run.series().summary(Metrics.HEAP_USED)).isPresent();
        assertThat(run.notes()).noneMatch(n -> n.contains("none (attached at"));
    }
}
