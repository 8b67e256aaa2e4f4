package io.chunkwise.profiler.process;

import io.chunkwise.profiler.metric.MetricSummary;
import io.chunkwise.profiler.metric.Metrics;
import io.chunkwise.profiler.monitor.MemoryMonitor;
import io.chunkwise.profiler.monitor.MemorySeries;
import io.chunkwise.profiler.probe.DescendantsProbe;
import io.chunkwise.profiler.probe.FailureReason;
import io.chunkwise.profiler.probe.JvmMemoryProbe;
import io.chunkwise.profiler.probe.NmtProbe;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.lang.management.ManagementFactory;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;

/**
 * Runs a command and samples it from outside, like psrecord: {@code /proc/<pid>/status} from the
 * first moment, and — when the child is a JVM — heap, buffer pools, GC and NMT through the
 * Attach API once the JVM is up. The child's exit code is returned, never replaced.
 *
 * {@snippet :
 * ProcessRun run = ProcessProfiler.builder(List.of("java", "-jar", "app.jar"))
 *         .interval(Duration.ofMillis(20))
 *         .run();
 * }
 */
public final class ProcessProfiler {
    private final Builder config;

    private ProcessProfiler(Builder config) {
        this.config = config;
    }

    /**
     * @param command the command line to run
     * @return a builder
     */
    public static Builder builder(List<String> command) {
        if (command.isEmpty()) {
            throw new IllegalArgumentException("no command to profile");
        }
        return new Builder(List.copyOf(command));
    }

    private ProcessRun run() throws InterruptedException {
        ProcessBuilder pb = new ProcessBuilder(config.command).redirectInput(ProcessBuilder.Redirect.INHERIT)
                .redirectError(config.stderr == null ? ProcessBuilder.Redirect.INHERIT : ProcessBuilder.Redirect.PIPE)
                .redirectOutput(config.stdout == null ? ProcessBuilder.Redirect.INHERIT : ProcessBuilder.Redirect.PIPE);
        Process process;
        long startedAt = System.nanoTime();
        try {
            process = pb.start();
        } catch (IOException e) {
            throw new CommandStartException(config.command.getFirst(), e);
        }
        Thread pump = config.stdout == null ? null : pump(process.getInputStream(), config.stdout, "stdout");
        Thread errorPump = config.stderr == null ? null : pump(process.getErrorStream(), config.stderr, "stderr");
        List<String> notes = new CopyOnWriteArrayList<>();
        DeferredProbe jvmProbe = new DeferredProbe(JvmMemoryProbe.local().metrics(), Duration.ZERO);
        DeferredProbe nmtProbe = new DeferredProbe(List.of(Metrics.NMT_COMMITTED), config.nmtPeriod);
        // read apart from /proc: a busy child JVM answers late, and must not hold back its RSS samples
        List<BackgroundProbe> jvmReads = config.attach
                ? List.of(new BackgroundProbe(jvmProbe, config.interval), new BackgroundProbe(nmtProbe, config.interval))
                : List.of();
        MemoryMonitor monitor;
        try {
            MemoryMonitor.Builder b = MemoryMonitor.builder(process.toHandle()).interval(config.interval)
                    .probe(new DescendantsProbe(process.toHandle()));
            if (config.pss) {
                b.pss();
            }
            jvmReads.forEach(b::probe);
            monitor = b.start();
        } catch (RuntimeException e) {
            jvmReads.forEach(BackgroundProbe::close);
            process.destroy();
            throw e;
        }
        config.onStart.accept(process.toHandle());
        Attacher attacher = config.attach ? new Attacher(process.toHandle(), monitor, jvmProbe, nmtProbe, notes) : null;
        if (attacher != null) {
            attacher.thread.start();
        }
        int exit;
        ChildGuard guard = ChildGuard.of(process.toHandle());
        try {
            exit = process.waitFor();
        } finally {
            guard.close();
        }
        long endedAt = System.nanoTime();
        MemorySeries series = monitor.stop();
        if (attacher != null) {
            attacher.thread.interrupt();
            attacher.thread.join();
            attacher.close();
            JvmMemoryProbe probe = attacher.probe;
            // Reads fail while a JVM shuts down: only an earlier loss is worth a note.
            if (probe != null && probe.failure().isPresent()
                    && endedAt - probe.failedAtNanos() > TimeUnit.SECONDS.toNanos(1)) {
                notes.add("JVM metrics stopped " + TimeUnit.NANOSECONDS.toMillis(endedAt - probe.failedAtNanos())
                        + " ms before the process ended: " + probe.failure().get());
            }
        }
        if (pump != null) {
            pump.join();
        }
        if (errorPump != null) {
            errorPump.join();
        }
        List<String> allNotes = new ArrayList<>(notes);
        if (attacher != null && attacher.attachedAtMs >= 0) {
            unread(series, nmtProbe.isSet(), attacher.attachedAtMs).ifPresent(allNotes::add);
        }
        if (series.size() == 0) {
            allNotes.add("no samples: the command ended before it could be sampled (exit " + exit + ")");
        } else if (series.size() == 1) {
            Number every = series.intervalMillis();
            allNotes.add(String.format(Locale.ROOT, "1 sample: the command ended before a second one (sampled every %s ms), so"
                    + " initial, peak and final are one reading taken at %,d ms, not the run's peaks: sample more often",
                    every instanceof Long whole ? String.format(Locale.ROOT, "%,d", whole) : every, series.elapsedMs(0)));
        }
        allNotes.addAll(series.notes());
        series.summary(Metrics.DESCENDANTS_RSS_ANON).filter(s -> s.peak() > 0).ifPresent(s -> allNotes.add(String.format(
                java.util.Locale.ROOT, "processes the command started peaked at %.1f MiB RssAnon (descendants_rss_anon), "
                        + "not counted in its own rss_anon; %d of them ran at most at once", s.peak() / 1048576.0,
                series.summary(Metrics.DESCENDANTS).map(MetricSummary::peak).orElse(0L))));
        return new ProcessRun(config.command, process.pid(), exit, TimeUnit.NANOSECONDS.toMillis(endedAt - startedAt), series,
                attacher == null ? Optional.empty() : Optional.ofNullable(attacher.description),
                attacher == null ? -1 : attacher.attachedAtMs, attacher == null ? -1 : attacher.heapMax,
                List.copyOf(allNotes));
    }

    /**
     * Attached, yet no sample took a reading of the JVM's figures, or of NMT (the command ended
     * first, or the interval is longer than what was left of it): said, or the summary leaves the
     * columns out unexplained.
     *
     * @param series the run's samples
     * @param nmtOn whether NMT was on in the child, to be read
     * @param attachedAtMs when the child was attached, in ms since the start
     * @return the note, or empty when every figure was read
     */
    private static Optional<String> unread(MemorySeries series, boolean nmtOn, long attachedAtMs) {
        boolean heap = series.summary(Metrics.HEAP_USED).isPresent();
        boolean nmt = series.summary(Metrics.NMT_COMMITTED).isPresent();
        String unread;
        if (!heap && !nmt) {
            unread = "JVM metrics: none (attached at %,d ms, the command ended before a sample read them): RSS only";
        } else if (!heap) {
            unread = "JVM heap, buffers and GC: none (attached at %,d ms, the command ended before a sample read them)";
        } else if (nmtOn && !nmt) {
            unread = "nmt_committed_mb: none (attached at %,d ms, the command ended before a sample read it)";
        } else {
            return Optional.empty();
        }
        return Optional.of(String.format(Locale.ROOT, unread, attachedAtMs));
    }

    private static Thread pump(InputStream in, OutputStream out, String stream) {
        return Thread.ofPlatform().daemon().name("chunkwise-child-" + stream).start(() -> {
            try (in) {
                in.transferTo(out);
                out.flush();
            } catch (IOException e) {
                // the child closed its output: nothing more to copy
            }
        });
    }

    /** Attaches to the child JVM in the background, then lets the deferred probes read it. */
    private static final class Attacher {
        private static final String NO_JVM =
                "JVM metrics: none (not a HotSpot JVM, or it exited before it could be attached)";
        private final Thread thread;
        private volatile AttachedJvm jvm;
        private volatile String description;
        private volatile long attachedAtMs = -1;
        private volatile long heapMax = -1;
        private volatile JvmMemoryProbe probe;

        Attacher(ProcessHandle child, MemoryMonitor monitor, DeferredProbe jvmProbe, DeferredProbe nmtProbe,
                 List<String> notes) {
            this.thread = Thread.ofPlatform().daemon().name("chunkwise-attach").unstarted(() -> {
                try {
                    Optional<AttachedJvm> attached = AttachedJvm.attach(child, Duration.ofDays(1));
                    if (attached.isEmpty()) {
                        notes.add(NO_JVM);
                        return;
                    }
                    jvm = attached.get();
                    description = jvm.description();
                    attachedAtMs = monitor.elapsedMs();
                    monitor.mark("jvm attached");
                    probe = JvmMemoryProbe.remote(jvm.connection());
                    heapMax = probe.heapMax();
                    jvmProbe.set(probe);
                    if (nmtOn(jvm)) {
                        nmtProbe.set(NmtProbe.remote(jvm.connection(), nmtProbe.minPeriod()));
                    } else {
                        notes.add("nmt_committed_mb: Native Memory Tracking is off in the child JVM");
                    }
                } catch (InterruptedException e) {
                    notes.add(NO_JVM);
                    Thread.currentThread().interrupt();
                } catch (RuntimeException e) {
                    notes.add(attachFailed(child.isAlive(), e));
                }
            });
        }

        /**
         * @return the note for an attach or first read of the child JVM that threw: a child that
         *     exited meanwhile is the usual short-command case, not a failure worth a reason
         */
        private static String attachFailed(boolean childAlive, RuntimeException e) {
            return childAlive
                    ? "JVM metrics: none (attaching to the child JVM failed: " + FailureReason.of(e) + ")"
                    : NO_JVM;
        }

        private static boolean nmtOn(AttachedJvm jvm) {
            try {
                return !"off".equals(ManagementFactory.newPlatformMXBeanProxy(jvm.connection(),
                        "com.sun.management:type=HotSpotDiagnostic", com.sun.management.HotSpotDiagnosticMXBean.class)
                        .getVMOption("NativeMemoryTracking").getValue());
            } catch (IOException | RuntimeException e) {
                return false;
            }
        }

        void close() {
            AttachedJvm j = jvm;
            if (j != null) {
                j.close();
            }
        }
    }

    /** Configures and runs a profiled child process. */
    public static final class Builder {
        private final List<String> command;
        private Duration interval = MemoryMonitor.DEFAULT_INTERVAL;
        private Duration nmtPeriod = NmtProbe.DEFAULT_PERIOD;
        private boolean attach = true;
        private boolean pss;
        private OutputStream stdout;
        private OutputStream stderr;
        private Consumer<ProcessHandle> onStart = h -> { };

        private Builder(List<String> command) {
            this.command = command;
        }

        /**
         * @param interval time between samples, at least {@link MemoryMonitor#MIN_INTERVAL}
         * @return this builder
         */
        public Builder interval(Duration interval) {
            if (interval.compareTo(MemoryMonitor.MIN_INTERVAL) < 0) {
                throw new IllegalArgumentException("sampling interval must be at least "
                        + MemoryMonitor.MIN_INTERVAL.toMillis() + "ms, got " + interval.toMillis() + "ms");
            }
            this.interval = interval;
            return this;
        }

        /**
         * @param period the shortest time between two NMT reads of the child JVM
         * @return this builder
         */
        public Builder nmtPeriod(Duration period) {
            this.nmtPeriod = Objects.requireNonNull(period);
            return this;
        }

        /**
         * @param attach whether to attach to the child as a JVM for heap, buffer, GC and NMT
         *     metrics (default true; the columns stay empty when false)
         * @return this builder
         */
        public Builder attachJvm(boolean attach) {
            this.attach = attach;
            return this;
        }

        /**
         * @param on whether to sample the proportional set size from {@code smaps_rollup} too
         *     (costlier; at most every 250 ms)
         * @return this builder
         */
        public Builder pss(boolean on) {
            this.pss = on;
            return this;
        }

        /**
         * Sends the child's standard output to a stream instead of this process's stdout.
         *
         * @param sink where to copy it
         * @return this builder
         */
        public Builder stdout(OutputStream sink) {
            this.stdout = Objects.requireNonNull(sink);
            return this;
        }

        /**
         * Sends the child's standard error to a stream instead of this process's stderr (e.g. to
         * report the child's own error message in the caller's words).
         *
         * @param sink where to copy it
         * @return this builder
         */
        public Builder stderr(OutputStream sink) {
            this.stderr = Objects.requireNonNull(sink);
            return this;
        }

        /**
         * @param action called once the child has started (e.g. to watch its file descriptors)
         * @return this builder
         */
        public Builder onStart(Consumer<ProcessHandle> action) {
            this.onStart = Objects.requireNonNull(action);
            return this;
        }

        /**
         * Runs the command to its end, sampling it.
         *
         * @return the run: exit code, series, notes
         * @throws CommandStartException when the command cannot be started
         * @throws InterruptedException when interrupted while waiting for the child
         */
        public ProcessRun run() throws InterruptedException {
            return new ProcessProfiler(this).run();
        }
    }

}
