package io.chunkwise.profiler;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.chunkwise.profiler.async.AsyncMode;
import io.chunkwise.profiler.async.AsyncProfilerAgent;
import io.chunkwise.profiler.async.AsyncProfilerUnavailableException;
import io.chunkwise.profiler.async.CpuEngine;
import io.chunkwise.profiler.async.CpuEngineWatch;
import io.chunkwise.profiler.process.JavaCommand;
import io.chunkwise.profiler.process.ProcessProfiler;
import io.chunkwise.profiler.process.ProcessRun;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AsyncProfilerAgentTest {
    @Test
    void cpuFlameGraphOfAChildJvmAndTheEngineItReallyUsed(@TempDir Path dir) throws Exception {
        Path lib = AsyncProfilerAgent.extractLibrary(dir.resolve("lib"));
        Path html = dir.resolve(AsyncMode.CPU.flameGraphFileName());
        List<String> command = JavaCommand.sameJvm(List.of(AsyncProfilerAgent.agentOption(lib, AsyncMode.CPU, html)),
                SpinWorkload.class.getName(), List.of("1000"));
        AtomicReference<CpuEngineWatch> watch = new AtomicReference<>();
        ProcessRun run = ProcessProfiler.builder(command).attachJvm(false).stdout(new ByteArrayOutputStream())
                .onStart(p -> watch.set(CpuEngineWatch.start(p))).run();
        CpuEngine engine = watch.get().stop();

        assertThat(run.exitCode()).isZero();
        assertThat(engine.engine()).isIn("perf_events", "ctimer");
        assertThat(engine.evidence()).isNotBlank();
        String flame = Files.readString(html);
        assertThat(flame).contains("<html").contains("SpinWorkload");
    }

    @Test
    void nativememIsRefusedClearlyByTheBundledVersion(@TempDir Path dir) {
        assertThatThrownBy(() -> AsyncProfilerAgent.agentOption(dir.resolve("lib.so"), AsyncMode.NATIVEMEM,
                dir.resolve("x.html")))
                .isInstanceOf(AsyncProfilerUnavailableException.class).hasMessageContaining("nativemem")
                .hasMessageContaining("NMT");
    }

    @Test
    void noPerfEventsInAProcessThatIsNotProfiled() throws IOException {
        assertThat(CpuEngineWatch.perfEventFds(ProcessHandle.current().pid())).isZero();
        assertThat(CpuEngineWatch.perfEventFds(Long.MAX_VALUE)).isEqualTo(-1);
    }
}
