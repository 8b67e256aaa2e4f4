package io.chunkwise.bench.profiler;

import io.chunkwise.bench.memory.InputVolume;
import io.chunkwise.profiler.monitor.MemoryMonitor;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.time.Duration;
import java.util.SplittableRandom;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.AuxCounters;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;

/**
 * What the profiler module's in-process memory sampler costs: one workload (a checksum over a
 * 64 MiB heap array, memory-bound like our scans) with the sampler off, and sampling every 10 ms
 * and every 5 ms. Compare the primary scores side by side; {@code samplerCpuMs} is the sampler
 * thread's CPU time and {@code samples} the samples it took (JMH sums these event counters over
 * the measurement iterations: divide by iterations × iteration time for a rate).
 *
 * {@snippet lang="shell" :
 * ./chunkwise bench --suite profiler
 * java -jar bench/target/benchmarks.jar SamplerOverhead
 * }
 */
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Fork(value = 3, jvmArgsAppend = {"--add-opens=java.base/java.nio=ALL-UNNAMED",
        "--enable-native-access=ALL-UNNAMED", "--sun-misc-unsafe-memory-access=allow"})
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
public class SamplerOverheadBenchmark {
    private static final int SIZE = 64 << 20;

    /** The workload's input, shared by every mode. */
    @State(Scope.Benchmark)
    public static class Data {
        byte[] bytes;

        /** Fills the array (deterministic). */
        @Setup(Level.Trial)
        public void fill() {
            bytes = new byte[SIZE];
            new SplittableRandom(7).nextBytes(bytes);
            InputVolume.declare(SIZE, -1);
        }
    }

    /** How the workload is sampled: each constant starts its sampler (or none). */
    public enum Sampling {
        /** No sampler: the baseline. */
        OFF(null),
        /** The default for benchmarks and {@code profile --interval 10ms}. */
        EVERY_10MS(Duration.ofMillis(10)),
        /** The shortest interval the monitor allows. */
        EVERY_5MS(Duration.ofMillis(5));

        private final Duration interval;

        Sampling(Duration interval) {
            this.interval = interval;
        }

        MemoryMonitor start() {
            return interval == null ? null : MemoryMonitor.builder().interval(interval).start();
        }
    }

    /** The sampler for one iteration, and what it cost (event counters, summed over iterations). */
    @State(Scope.Thread)
    @AuxCounters(AuxCounters.Type.EVENTS)
    public static class Sampler {
        private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();

        @Param
        protected Sampling sampling;

        /** Samples taken in the iteration. */
        public long samples;
        /** CPU time of the sampler thread in the iteration, ms. */
        public double samplerCpuMs;

        private MemoryMonitor monitor;

        /** Starts the sampler. */
        @Setup(Level.Iteration)
        public void start() {
            samples = 0;
            samplerCpuMs = 0;
            monitor = sampling.start();
        }

        /** Stops it and records its samples and CPU time. */
        @TearDown(Level.Iteration)
        public void stop() {
            if (monitor == null) {
                return;
            }
            long cpu = samplerThreadCpuNanos();
            samples = monitor.stop().size();
            samplerCpuMs = cpu / 1e6;
            monitor = null;
        }

        private static long samplerThreadCpuNanos() {
            for (Thread t : Thread.getAllStackTraces().keySet()) {
                if (t.getName().equals("chunkwise-memory-sampler")) {
                    return THREADS.getThreadCpuTime(t.threadId());
                }
            }
            throw new IllegalStateException("the sampler thread is not running");
        }
    }

    /**
     * The workload: a checksum over every byte, so the result depends on all of it.
     *
     * @param data the array
     * @param sampler the sampler (running or not)
     * @return the checksum
     */
    @Benchmark
    public long checksum(Data data, Sampler sampler) {
        byte[] b = data.bytes;
        long h = 0;
        for (int i = 0; i < b.length; i++) {
            h = h * 31 + b[i];
        }
        return h;
    }
}
