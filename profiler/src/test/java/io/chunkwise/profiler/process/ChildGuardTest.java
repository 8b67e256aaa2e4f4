package io.chunkwise.profiler.process;

import static org.assertj.core.api.Assertions.assertThat;

import io.chunkwise.profiler.GuardedWhileStopping;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

class ChildGuardTest {
    @Test
    void aChildGuardedWhileTheJvmStopsIsStoppedNotLeftRunning() throws Exception {
        Process jvm = new ProcessBuilder(JavaCommand.sameJvm(List.of(), GuardedWhileStopping.class.getName(), List.of()))
                .redirectError(ProcessBuilder.Redirect.DISCARD).start();
        String out = new String(jvm.getInputStream().readAllBytes(), StandardCharsets.UTF_8).strip();
        assertThat(jvm.waitFor(20, TimeUnit.SECONDS)).isTrue();
        long pid = Long.parseLong(out);
        ProcessHandle child = ProcessHandle.of(pid).orElse(null);
        if (child != null) {
            try {
                child.onExit().completeOnTimeout(child, 5, TimeUnit.SECONDS).join();
                assertThat(child.isAlive()).as("the sleep started while the JVM stopped, left running").isFalse();
            } finally {
                child.destroyForcibly();
            }
        }
    }
}
