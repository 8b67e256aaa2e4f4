package io.chunkwise.profiler.process;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ExitSignalTest {
    @Test
    void codesAbove128AreSignals() {
        assertThat(ExitSignal.of(137)).hasValueSatisfying(s -> {
            assertThat(s.name()).isEqualTo("SIGKILL");
            assertThat(s.describe()).startsWith("SIGKILL (signal 9: the kernel's out-of-memory killer");
        });
        assertThat(ExitSignal.of(143).orElseThrow().describe()).isEqualTo("SIGTERM (signal 15: kill, or a timeout)");
        assertThat(ExitSignal.of(131).orElseThrow().describe()).isEqualTo("SIGQUIT (signal 3)");
        assertThat(ExitSignal.of(168).orElseThrow().describe()).isEqualTo("signal 40");
    }

    @Test
    void otherCodesAreNot() {
        assertThat(ExitSignal.of(0)).isEmpty();
        assertThat(ExitSignal.of(5)).isEmpty();
        assertThat(ExitSignal.of(128)).isEmpty();
        assertThat(ExitSignal.of(193)).isEmpty();
        assertThat(ExitSignal.of(-1)).isEmpty();
    }
}
