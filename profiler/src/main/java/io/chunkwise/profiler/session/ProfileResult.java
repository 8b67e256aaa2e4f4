package io.chunkwise.profiler.session;

import io.chunkwise.profiler.async.CpuEngine;
import io.chunkwise.profiler.output.RunSummary;
import io.chunkwise.profiler.process.ProcessRun;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/**
 * A profiled command and the files written for it.
 *
 * @param dir the output directory
 * @param run the child process: exit code, memory series
 * @param summary what {@code summary.json} holds
 * @param files the files written, in order
 * @param cpuEngine the engine async-profiler's cpu mode used, when cpu mode was asked for
 * @param notes what could not be measured, and why
 */
public record ProfileResult(Path dir, ProcessRun run, RunSummary summary, List<Path> files,
                            Optional<CpuEngine> cpuEngine, List<String> notes) {
    /** @return the child's exit code */
    public int exitCode() {
        return run.exitCode();
    }
}
