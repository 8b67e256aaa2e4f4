package io.chunkwise.bench.memory;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.infra.BenchmarkParams;
import org.openjdk.jmh.infra.IterationParams;
import org.openjdk.jmh.profile.InternalProfiler;
import org.openjdk.jmh.results.AggregationPolicy;
import org.openjdk.jmh.results.IterationResult;
import org.openjdk.jmh.results.Result;
import org.openjdk.jmh.results.ScalarResult;

/**
 * Restates each iteration's primary score in user units, from the {@link InputVolume} the
 * benchmark declared: {@code rate.mb} in MB/s (10^6 bytes) and {@code rate.records} in records
 * (or msgs, samples) per second. Works for every mode: throughput scores are operations per time
 * unit, the others time per operation.
 *
 * {@snippet lang="shell" :
 * java -jar bench/target/benchmarks.jar -prof io.chunkwise.bench.memory.ThroughputProfiler IndexBuild
 * }
 */
public final class ThroughputProfiler implements InternalProfiler {
    /** The class name, as given to {@code -prof}. */
    public static final String NAME = "io.chunkwise.bench.memory.ThroughputProfiler";
    /** Megabytes (10^6 bytes) of input per second. */
    public static final String RATE_MB = "rate.mb";
    /** Records (messages, samples) of input per second. */
    public static final String RATE_RECORDS = "rate.records";

    /** The profiler; it has no options. */
    public ThroughputProfiler() {
    }

    @Override
    public String getDescription() {
        return "Chunkwise throughput in user units: MB/s and records (msgs, samples)/s of the declared input";
    }

    @Override
    public void beforeIteration(BenchmarkParams benchmarkParams, IterationParams iterationParams) {
        // Nothing to start: the rate derives from the iteration's primary result.
    }

    @Override
    public Collection<? extends Result<?>> afterIteration(BenchmarkParams benchmarkParams,
                                                         IterationParams iterationParams,
                                                         IterationResult result) {
        if (result.getRawPrimaryResults().isEmpty()) {
            return List.of(); // the iteration failed: let JMH report the benchmark's own error
        }
        double opsPerSecond = opsPerSecond(benchmarkParams.getMode(), benchmarkParams.getTimeUnit(),
                result.getPrimaryResult().getScore());
        return rates(opsPerSecond, InputVolume.bytes(), InputVolume.records(), InputVolume.recordNoun());
    }

    /**
     * Operations per second from a primary score.
     *
     * @param mode the benchmark mode
     * @param unit the score's time unit
     * @param score the primary score: ops per unit (throughput) or units per op (the others)
     * @return operations per second, NaN when not computable
     */
    static double opsPerSecond(Mode mode, TimeUnit unit, double score) {
        double unitsPerSecond = (double) TimeUnit.SECONDS.toNanos(1) / unit.toNanos(1);
        if (mode == Mode.Throughput) {
            return score * unitsPerSecond;
        }
        return score > 0 ? unitsPerSecond / score : Double.NaN;
    }

    static List<Result<?>> rates(double opsPerSecond, long bytes, long records, String noun) {
        List<Result<?>> out = new ArrayList<>();
        if (Double.isNaN(opsPerSecond)) {
            return out;
        }
        if (bytes > 0) {
            out.add(new ScalarResult(RATE_MB, opsPerSecond * bytes / 1e6, "MB/s", AggregationPolicy.AVG));
        }
        if (records > 0) {
            out.add(new ScalarResult(RATE_RECORDS, opsPerSecond * records, noun + "/s", AggregationPolicy.AVG));
        }
        return out;
    }
}
