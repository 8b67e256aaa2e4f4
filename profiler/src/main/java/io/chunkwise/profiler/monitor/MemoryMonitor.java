package io.chunkwise.profiler.monitor;

import io.chunkwise.profiler.metric.Metric;
import io.chunkwise.profiler.metric.Metrics;
import io.chunkwise.profiler.probe.Gauge;
import io.chunkwise.profiler.probe.JvmMemoryProbe;
import io.chunkwise.profiler.probe.NmtProbe;
import io.chunkwise.profiler.probe.ProcStatusProbe;
import io.chunkwise.profiler.probe.Probe;
import io.chunkwise.profiler.probe.SmapsRollupProbe;
import io.chunkwise.profiler.probe.TargetGoneException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.LockSupport;
import java.util.function.Consumer;
import java.util.function.LongSupplier;

/**
 * Samples memory on a daemon thread until closed, and returns the series.
 *
 * {@snippet :
 * try (MemoryMonitor monitor = MemoryMonitor.builder().interval(Duration.ofMillis(10)).start()) {
 *     monitor.mark("load");
 *     load();
 *     MemorySeries series = monitor.stop();
 *     long peakAnon = series.summary(Metrics.RSS_ANON).orElseThrow().peak();
 * }
 * }
 *
 * A sample is taken at {@link Builder#start()}, every interval after, and at {@link #stop()}, so
 * even a short run has an initial and a final value. Sampling this process reads
 * {@code /proc/self/status}, the JVM's memory beans and, when the JVM runs with
 * {@code -XX:NativeMemoryTracking=summary}, the NMT total.
 */
public final class MemoryMonitor implements AutoCloseable {
    /** The default sampling interval. */
    public static final Duration DEFAULT_INTERVAL = Duration.ofMillis(50);
    /** The shortest interval allowed. */
    public static final Duration MIN_INTERVAL = Duration.ofMillis(5);

    private static final List<Metric> STANDARD_ORDER = List.of(
            Metrics.RSS, Metrics.RSS_ANON, Metrics.RSS_FILE, Metrics.RSS_SHMEM, Metrics.VM_HWM, Metrics.PSS,
            Metrics.HEAP_USED, Metrics.HEAP_COMMITTED, Metrics.NONHEAP_USED,
            Metrics.DIRECT, Metrics.MAPPED, Metrics.NMT_COMMITTED, Metrics.GC_COUNT, Metrics.GC_TIME,
            Metrics.DESCENDANTS_RSS_ANON, Metrics.DESCENDANTS_RSS_FILE, Metrics.DESCENDANTS);

    private final List<Probe> probes;
    private final long[] periods;
    private final long[] lastRead;
    private final int[] rowToColumn;
    private final long[] row;
    private final long[] ordered;
    private final List<Guard> guards;
    private final long intervalNanos;
    private final Duration interval;
    private final MemorySeries.Buffer buffer;
    private final long startNanos;
    private final Thread thread;
    private volatile boolean running = true;
    private volatile boolean targetGone;
    private MemorySeries result;
    /** When the first sample was taken, by {@link #start}; its guards are checked by the sampler. */
    private long firstAt = -1;

    private MemoryMonitor(Builder b) {
        this.probes = List.copyOf(b.probes);
        this.periods = probes.stream().mapToLong(p -> p.minPeriod().toNanos()).toArray();
        this.lastRead = new long[probes.size()];
        this.interval = b.interval;
        this.intervalNanos = b.interval.toNanos();
        List<Metric> probeOrder = new ArrayList<>();
        probes.forEach(p -> probeOrder.addAll(p.metrics()));
        List<Metric> columns = new ArrayList<>(probeOrder);
        columns.sort(Comparator.comparingInt(MemoryMonitor::standardRank));
        this.rowToColumn = new int[probeOrder.size()];
        for (int i = 0; i < probeOrder.size(); i++) {
            rowToColumn[i] = columns.indexOf(probeOrder.get(i));
        }
        this.row = new long[probeOrder.size()];
        this.ordered = new long[probeOrder.size()];
        this.guards = b.guards.stream().map(g -> new Guard(g, columns.indexOf(g.metric()))).toList();
        this.buffer = new MemorySeries.Buffer(columns);
        this.startNanos = System.nanoTime();
        this.thread = Thread.ofPlatform().daemon().name("chunkwise-memory-sampler").unstarted(this::loop);
    }

    private static int standardRank(Metric m) {
        int i = STANDARD_ORDER.indexOf(m);
        return i < 0 ? STANDARD_ORDER.size() : i;
    }

    /** @return a builder that samples this JVM's process: /proc status, JVM beans, NMT */
    public static Builder builder() {
        Builder b = new Builder(ProcessHandle.current().pid(), null)
                .probe(ProcStatusProbe.self())
                .probe(JvmMemoryProbe.local());
        b.columns.add(Metrics.NMT_COMMITTED.column());
        b.nmtPeriod = NmtProbe.DEFAULT_PERIOD;
        return b;
    }

    /**
     * A builder that samples another process from outside: its {@code /proc/<pid>/status}. Add
     * probes (e.g. {@link JvmMemoryProbe#remote}) for more.
     *
     * @param pid the process id
     * @return the builder
     */
    public static Builder builder(long pid) {
        return new Builder(pid, null).probe(ProcStatusProbe.of(pid));
    }

    /**
     * A builder that samples a process this JVM started (or otherwise knows existed) from outside.
     * Unlike {@link #builder(long)}, a process that has already ended is no error: sampling then
     * ends at once, with no samples (a short command can exit before its first sample).
     *
     * @param process the process
     * @return the builder
     */
    public static Builder builder(ProcessHandle process) {
        return new Builder(process.pid(), process).probe(ProcStatusProbe.of(process));
    }

    /**
     * Starts sampling this process with the defaults (50 ms).
     *
     * @return the running monitor
     */
    public static MemoryMonitor start() {
        return builder().start();
    }

    /**
     * Marks the start of a phase (shown on charts, listed in {@code phases.csv}).
     *
     * @param phase its name
     */
    public void mark(String phase) {
        buffer.mark(new Phase(Objects.requireNonNull(phase, "phase"), elapsedMs()));
    }

    /** @return ms since sampling started */
    public long elapsedMs() {
        return TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - startNanos);
    }

    /** @return the samples taken so far (sampling goes on) */
    public MemorySeries snapshot() {
        return buffer.snapshot(interval);
    }

    /** @return whether the sampled process has exited (sampling then ends by itself) */
    public boolean targetGone() {
        return targetGone;
    }

    /**
     * Stops sampling, takes a final sample (unless the process is gone) and returns the series.
     * Calling it again returns the same series. A guard's callback may call it too (to stop when
     * over budget): the series then ends with the sample that crossed, and the sampler closes
     * the probes as it ends.
     *
     * @return the series
     */
    public MemorySeries stop() {
        running = false;
        if (Thread.currentThread() == thread) {
            // from a guard's callback: the sampler cannot wait for itself to end
            synchronized (this) {
                if (result == null) {
                    result = buffer.finish(interval);
                }
                return result;
            }
        }
        LockSupport.unpark(thread);
        // joined without the lock: a guard calling stop() meanwhile must not wait for this thread
        boolean interrupted = false;
        while (thread.isAlive()) {
            try {
                thread.join();
            } catch (InterruptedException e) {
                interrupted = true;
            }
        }
        if (interrupted) {
            Thread.currentThread().interrupt();
        }
        synchronized (this) {
            if (result == null) {
                if (!targetGone) {
                    sample(true);
                }
                probes.forEach(Probe::close);
                result = buffer.finish(interval);
            }
            return result;
        }
    }

    /** Stops sampling; the series stays available from {@link #stop()}. */
    @Override
    public void close() {
        stop();
    }

    private void begin() {
        firstAt = sample(true);
        thread.start();
    }

    private void loop() {
        // the first sample's guards are checked here, not in start(): a guard already over budget
        // then runs on this thread, where it may stop the monitor, as every later crossing does
        if (firstAt >= 0) {
            checkGuards(firstAt);
        }
        long next = startNanos + intervalNanos;
        while (running && !targetGone) {
            long wait = next - System.nanoTime();
            if (wait > 0) {
                LockSupport.parkNanos(this, wait);
                continue;
            }
            long at = sample(false);
            if (at >= 0) {
                checkGuards(at);
            }
            next += intervalNanos;
            long now = System.nanoTime();
            if (next < now) {
                // Fell behind (a slow read, a paused machine): skip the missed ticks.
                next = now + intervalNanos;
            }
        }
        synchronized (this) {
            if (result != null) {
                // a guard stopped the monitor from this thread: nobody else will close the probes
                probes.forEach(Probe::close);
            }
        }
    }

    /** @return when the sample was taken (ms since the start), -1 when the process is gone */
    private long sample(boolean everyProbe) {
        long now = System.nanoTime();
        long at = TimeUnit.NANOSECONDS.toMillis(now - startNanos);
        int offset = 0;
        for (int p = 0; p < probes.size(); p++) {
            Probe probe = probes.get(p);
            int n = probe.metrics().size();
            if (!everyProbe && periods[p] > 0 && now - lastRead[p] < periods[p]) {
                for (int i = 0; i < n; i++) {
                    row[offset + i] = Metric.MISSING;
                }
                offset += n;
                continue;
            }
            lastRead[p] = now;
            try {
                probe.read(row, offset);
            } catch (TargetGoneException e) {
                targetGone = true;
                return -1;
            } catch (RuntimeException e) {
                for (int i = 0; i < n; i++) {
                    row[offset + i] = Metric.MISSING;
                }
                buffer.note(probe.metrics().getFirst().column() + ": cannot read: " + e);
            }
            offset += n;
        }
        for (int i = 0; i < row.length; i++) {
            ordered[rowToColumn[i]] = row[i];
        }
        buffer.append(at, ordered);
        return at;
    }

    private void checkGuards(long at) {
        for (Guard g : guards) {
            g.check(ordered[g.column], at, buffer);
        }
    }

    /** A guard and whether its metric is over budget now. */
    private static final class Guard {
        private final GuardSpec spec;
        private final int column;
        private boolean over;

        Guard(GuardSpec spec, int column) {
            this.spec = spec;
            this.column = column;
        }

        void check(long value, long at, MemorySeries.Buffer notes) {
            if (value == Metric.MISSING) {
                return;
            }
            boolean now = value > spec.budget();
            if (now && !over) {
                try {
                    spec.action().accept(new GuardEvent(spec.metric(), value, spec.budget(), at));
                } catch (RuntimeException e) {
                    notes.note("guard on " + spec.metric().column() + " failed: " + e);
                }
            }
            over = now;
        }
    }

    private record GuardSpec(Metric metric, long budget, Consumer<GuardEvent> action) {
    }

    /** Configures and starts a monitor. */
    public static final class Builder {
        private final long pid;
        /** The process when known by handle (then an ended process is no error), else null. */
        private final ProcessHandle process;
        private final List<Probe> probes = new ArrayList<>();
        private final List<GuardSpec> guards = new ArrayList<>();
        private boolean started;
        private final Set<String> columns = new HashSet<>();
        private Duration interval = DEFAULT_INTERVAL;
        private Duration nmtPeriod;

        private Builder(long pid, ProcessHandle process) {
            this.pid = pid;
            this.process = process;
        }

        /**
         * @param interval time between samples, at least {@link #MIN_INTERVAL}
         * @return this builder
         */
        public Builder interval(Duration interval) {
            if (interval.compareTo(MIN_INTERVAL) < 0) {
                throw new IllegalArgumentException("sampling interval must be at least "
                        + MIN_INTERVAL.toMillis() + "ms, got " + interval.toMillis() + "ms");
            }
            this.interval = interval;
            return this;
        }

        /**
         * Sets how often this JVM's NMT total is read (default {@link NmtProbe#DEFAULT_PERIOD}:
         * the JVM formats its whole summary for each read, about 0.5 ms).
         *
         * @param period the shortest time between two reads, {@link Duration#ZERO} for every sample
         * @return this builder
         * @throws IllegalStateException when this builder does not sample this JVM
         */
        public Builder nmtPeriod(Duration period) {
            if (nmtPeriod == null) {
                throw new IllegalStateException("NMT is read only when sampling this JVM (MemoryMonitor.builder())");
            }
            this.nmtPeriod = Objects.requireNonNull(period, "period");
            return this;
        }

        /**
         * Adds a probe; its metrics become columns.
         *
         * @param probe the probe
         * @return this builder
         * @throws IllegalArgumentException when one of its metrics is already sampled
         */
        public Builder probe(Probe probe) {
            for (Metric m : probe.metrics()) {
                if (!columns.add(m.column())) {
                    throw new IllegalArgumentException("metric " + m.column() + " is sampled twice");
                }
            }
            probes.add(probe);
            return this;
        }

        /**
         * Adds the proportional set size from {@code smaps_rollup} (costlier: the kernel walks
         * every mapping).
         *
         * @return this builder
         */
        public Builder pss() {
            return probe(process != null ? SmapsRollupProbe.of(process) : SmapsRollupProbe.of(pid));
        }

        /**
         * Adds a gauge, e.g. an Arrow allocator's allocated bytes.
         *
         * @param metric the metric, e.g. {@code Metric.bytes("arrow_allocated", "ArrowAllocated")}
         * @param supplier reads the value; called on the sampler thread
         * @return this builder
         */
        public Builder gauge(Metric metric, LongSupplier supplier) {
            return probe(new Gauge(metric, supplier));
        }

        /**
         * Calls back when a metric goes over a budget (again each time it comes back under and
         * crosses again). The callback runs on the sampler thread: keep it short. It may call
         * {@link MemoryMonitor#stop()} to end sampling there.
         *
         * @param metric a sampled metric
         * @param budget the budget, in the metric's base unit (bytes for memory)
         * @param action what to do
         * @return this builder
         */
        public Builder guard(Metric metric, long budget, Consumer<GuardEvent> action) {
            guards.add(new GuardSpec(Objects.requireNonNull(metric), budget, Objects.requireNonNull(action)));
            return this;
        }

        /**
         * Takes the first sample and starts the sampler thread. Once per builder: the monitor
         * owns the probes added to it.
         *
         * @return the running monitor
         * @throws IllegalArgumentException when a guard names a metric that no probe samples
         * @throws IllegalStateException when this builder has started a monitor already
         */
        public MemoryMonitor start() {
            if (started) {
                throw new IllegalStateException("this builder has started a monitor already: a monitor owns its probes "
                        + "and closes them when it stops; make another builder for another monitor");
            }
            for (GuardSpec g : guards) {
                if (!columns.contains(g.metric().column())) {
                    throw new IllegalArgumentException("guard on " + g.metric().column() + ", which is not sampled");
                }
            }
            if (nmtPeriod != null) {
                probes.add(NmtProbe.enabledInThisJvm() ? NmtProbe.local(nmtPeriod) : new Gauge(Metrics.NMT_COMMITTED, () -> Metric.MISSING));
                nmtPeriod = null;
            }
            started = true;
            MemoryMonitor monitor = new MemoryMonitor(this);
            monitor.begin();
            return monitor;
        }
    }
}
