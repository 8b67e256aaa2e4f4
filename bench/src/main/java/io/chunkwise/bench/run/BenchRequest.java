package io.chunkwise.bench.run;

import java.nio.file.Path;
import java.util.List;
import java.util.Objects;

/**
 * One {@code chunkwise bench} run of one suite.
 *
 * @param suite the suite to run
 * @param quick 1 fork, short iterations, smallest inputs (explicit JMH options still win)
 * @param outDir where {@code <suite>.json} and {@code <suite>.log} are written
 * @param jmhArgs further JMH command-line options and include regexes, as for {@code benchmarks.jar}
 * @param memoryProfiler whether to add the Chunkwise memory profiler
 * @param inputs the input cache directory handed to the forks
 * @param nmt whether forks run with {@code -XX:NativeMemoryTracking=summary} (fills
 *     {@code mem.peak.nmtCommitted.bytes}; NMT itself costs a little memory and time)
 */
public record BenchRequest(Suite suite, boolean quick, Path outDir, List<String> jmhArgs,
                           boolean memoryProfiler, Path inputs, boolean nmt) {
    /**
     * Validates and copies.
     *
     * @param suite the suite
     * @param quick quick mode
     * @param outDir the results directory
     * @param jmhArgs extra JMH options
     * @param memoryProfiler whether to profile memory
     * @param inputs the input cache directory
     * @param nmt whether forks track native memory
     */
    public BenchRequest {
        Objects.requireNonNull(suite, "suite");
        Objects.requireNonNull(outDir, "outDir");
        Objects.requireNonNull(inputs, "inputs");
        jmhArgs = List.copyOf(jmhArgs);
    }

    /**
     * A run without NMT.
     *
     * @param suite the suite
     * @param quick quick mode
     * @param outDir the results directory
     * @param jmhArgs extra JMH options
     * @param memoryProfiler whether to profile memory
     * @param inputs the input cache directory
     */
    public BenchRequest(Suite suite, boolean quick, Path outDir, List<String> jmhArgs, boolean memoryProfiler,
                        Path inputs) {
        this(suite, quick, outDir, jmhArgs, memoryProfiler, inputs, false);
    }

    /** @return the JMH JSON results file of this run */
    public Path resultFile() {
        return outDir.resolve(suite.id() + ".json");
    }

    /**
     * @return where an interrupted run keeps the benchmarks that finished, as JMH JSON: a name of its
     *     own, never {@link #resultFile()}'s, so that a half run is never read as a whole one
     */
    public Path partialFile() {
        return outDir.resolve(suite.id() + ".partial.json");
    }

    /** @return the JMH human-readable log of this run */
    public Path logFile() {
        return outDir.resolve(suite.id() + ".log");
    }
}
