package io.chunkwise.bench.memory;

import io.chunkwise.profiler.monitor.MemoryMonitor;
import io.chunkwise.profiler.monitor.MemorySeries;
import java.time.Duration;
import java.util.Collection;
import java.util.List;
import org.openjdk.jmh.infra.BenchmarkParams;
import org.openjdk.jmh.infra.IterationParams;
import org.openjdk.jmh.profile.InternalProfiler;
import org.openjdk.jmh.profile.ProfilerException;
import org.openjdk.jmh.results.IterationResult;
import org.openjdk.jmh.results.Result;

/**
 * A JMH profiler reporting, per iteration, the peak resident anonymous memory (RssAnon), resident
 * file-backed memory (RssFile, e.g. mapped input), heap used and NMT committed (when the fork runs
 * with {@code -XX:NativeMemoryTracking=summary}), as secondary results aggregated with MAX, plus
 * RssAnon per input byte and per record when the benchmark declared its {@link InputVolume}.
 * JMH's {@code mempool} sees only the heap; this sees what matters for mapped files.
 *
 * <p>Run it with {@code -prof io.chunkwise.bench.memory.MemoryProfiler} (or
 * {@code -prof io.chunkwise.bench.memory.MemoryProfiler:interval=5}, at least 5 ms; {@code interval=0}
 * samples only at the start and the end of each iteration, with no thread running in between);
 * {@code chunkwise bench} adds it by default. Samples come from the profiler module's
 * {@link MemoryMonitor} ({@code /proc/self/status}, the JVM's memory beans, NMT), taken at the
 * start of the iteration, every interval, and at its end.
 *
 * {@snippet lang="shell" :
 * java -jar bench/target/benchmarks.jar -prof io.chunkwise.bench.memory.MemoryProfiler:interval=10 IndexBuild
 * }
 */
public final class MemoryProfiler implements InternalProfiler {
    /** The class name, as given to {@code -prof}. */
    public static final String NAME = "io.chunkwise.bench.memory.MemoryProfiler";
    static final Duration DEFAULT_INTERVAL = Duration.ofMillis(10);

    private final Duration interval;
    private MemoryMonitor monitor;
    private MemorySeries atStart;

    /** A profiler sampling every 10 ms. */
    public MemoryProfiler() {
        this.interval = DEFAULT_INTERVAL;
    }

    /**
     * A profiler configured by JMH's {@code -prof NAME:options} text.
     *
     * @param initLine {@code interval=MILLIS}, or empty
     * @throws ProfilerException when the options are malformed
     */
    public MemoryProfiler(String initLine) throws ProfilerException {
        this.interval = ProfilerOptions.interval(initLine, DEFAULT_INTERVAL);
    }

    @Override
    public String getDescription() {
        return "Chunkwise memory: peak RssAnon, RssFile, heap used, NMT committed per iteration (MAX)";
    }

    @Override
    public void beforeIteration(BenchmarkParams benchmarkParams, IterationParams iterationParams) {
        if (interval.isZero()) {
            atStart = MemoryMonitor.builder().start().stop();
        } else {
            monitor = MemoryMonitor.builder().interval(interval).start();
        }
    }

    @Override
    public Collection<? extends Result<?>> afterIteration(BenchmarkParams benchmarkParams,
                                                         IterationParams iterationParams,
                                                         IterationResult result) {
        PeakTracker peaks;
        if (atStart != null) {
            peaks = SeriesPeaks.of(atStart);
            SeriesPeaks.addTo(peaks, MemoryMonitor.builder().start().stop());
            atStart = null;
        } else if (monitor != null) {
            peaks = SeriesPeaks.of(monitor.stop());
            monitor = null;
        } else {
            return List.of();
        }
        return peaks.results(InputVolume.bytes(), InputVolume.records());
    }
}
