package io.chunkwise.profiler.session;

import io.chunkwise.profiler.async.AsyncMode;
import io.chunkwise.profiler.async.AsyncProfilerAgent;
import io.chunkwise.profiler.async.AsyncProfilerUnavailableException;
import io.chunkwise.profiler.async.CpuEngine;
import io.chunkwise.profiler.async.CpuEngineWatch;
import io.chunkwise.profiler.async.StartBannerFilter;
import io.chunkwise.profiler.jfr.JfrSession;
import io.chunkwise.profiler.jfr.JfrSettings;
import io.chunkwise.profiler.jfr.JfrSummary;
import io.chunkwise.profiler.metric.Metrics;
import io.chunkwise.profiler.monitor.MemoryMonitor;
import io.chunkwise.profiler.output.ProfileFiles;
import io.chunkwise.profiler.output.RunSummary;
import io.chunkwise.profiler.process.CommandStartException;
import io.chunkwise.profiler.process.JavaCommand;
import io.chunkwise.profiler.process.ProcessProfiler;
import io.chunkwise.profiler.process.ProcessRun;
import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;

/**
 * Profiles one command into a directory: memory sampled from outside ({@code memory.csv},
 * {@code phases.csv}), a JFR recording of a JVM child ({@code recording.jfr}, summarised), an
 * async-profiler flame graph when asked, and {@code summary.json} tying them together. The chart
 * is not drawn here (the profiler draws no charts): render {@code memory.csv} with the reports
 * module.
 *
 * <p>A JVM child is read over JMX (RMI), and the connection is closed once it exits; the JDK's RMI
 * client still keeps a daemon thread per child ({@code RMI RenewClean-[127.0.0.1:port]}) retrying to
 * tell the gone JVM it dropped its references, every {@code sun.rmi.dgc.cleanInterval} (3 minutes)
 * up to 5 times: a long-lived caller running many sessions sees them come and go.
 */
public final class ProfileSession {
    private final Builder b;

    private ProfileSession(Builder b) {
        this.b = b;
    }

    /**
     * Profiles a command: a {@code java} launcher gets the JVM options (JFR, NMT, async-profiler);
     * any other command is sampled through {@code /proc} only.
     *
     * @param dir the output directory
     * @param command the command line
     * @return a builder
     */
    public static Builder command(Path dir, List<String> command) {
        return new Builder(dir, List.copyOf(command), null, List.of());
    }

    /**
     * Profiles a main class run in a JVM like this one (same java, class path and options).
     *
     * @param dir the output directory
     * @param mainClass the main class
     * @param args its arguments
     * @return a builder
     */
    public static Builder javaMain(Path dir, String mainClass, List<String> args) {
        return new Builder(dir, List.of(), Objects.requireNonNull(mainClass), List.copyOf(args));
    }

    private boolean jvm() {
        return b.mainClass != null || JavaCommand.isJava(b.command);
    }

    private ProfileResult run() throws InterruptedException {
        Path dir = b.dir;
        if (b.async != null) {
            // a mode the bundled version lacks is refused for any command, a JVM or not
            AsyncProfilerAgent.requireSupported(b.async);
        }
        if (b.async != null && !jvm()) {
            throw new AsyncProfilerUnavailableException(
                    "async-profiler profiles JVMs only; '" + b.command.getFirst() + "' is not a java command");
        }
        List<Path> created = missingDirectories(dir);
        prepare(dir);
        List<String> notes = new ArrayList<>();
        List<String> jvmOptions = new ArrayList<>(b.jvmOptions);
        Path recording = dir.resolve(ProfileFiles.RECORDING_JFR);
        boolean jfr = b.jfr != null && jvm();
        if (jfr) {
            jvmOptions.add(JfrSession.startFlightRecordingOption(b.jfr, recording));
        } else if (b.jfr != null) {
            notes.add("jfr: not a JVM command, no recording");
        }
        if (jfr) {
            // JFR's "Started recording… use jcmd" lines would mix with the command's own output.
            jvmOptions.add("-Xlog:jfr+startup=error");
        }
        if (b.nmt && jvm()) {
            jvmOptions.add("-XX:NativeMemoryTracking=summary");
        }
        Path libDir = null;
        Path flame = null;
        if (b.async != null) {
            flame = dir.resolve(b.async.flameGraphFileName());
            libDir = tempDir();
            try {
                jvmOptions.add(AsyncProfilerAgent.agentOption(AsyncProfilerAgent.extractLibrary(libDir), b.async, flame));
            } catch (RuntimeException e) {
                deleteQuietly(libDir); // e.g. a mode the bundled library lacks
                throw e;
            }
        }
        List<String> command = b.mainClass != null
                ? JavaCommand.sameJvm(jvmOptions, b.mainClass, b.args)
                : JavaCommand.withJvmOptions(b.command, jvmOptions).orElse(b.command);

        AtomicReference<CpuEngineWatch> watch = new AtomicReference<>();
        ProcessProfiler.Builder profiler = ProcessProfiler.builder(command).interval(b.interval).attachJvm(jvm())
                .pss(b.pss);
        if (b.async != null) {
            // the agent's "Profiling started" would open the command's own output
            profiler.stdout(new StartBannerFilter(b.stdout != null ? b.stdout : new FileOutputStream(FileDescriptor.out)));
        } else if (b.stdout != null) {
            profiler.stdout(b.stdout);
        }
        if (b.async == AsyncMode.CPU) {
            profiler.onStart(p -> watch.set(CpuEngineWatch.start(p)));
        }
        ProcessRun run;
        try {
            run = profiler.run();
        } catch (CommandStartException e) {
            // Nothing ran, so nothing was written: leave no empty output directory behind.
            created.forEach(ProfileSession::deleteIfEmpty);
            throw e;
        } finally {
            deleteQuietly(libDir);
        }
        notes.addAll(run.notes());
        Optional<CpuEngine> engine = Optional.ofNullable(watch.get()).map(CpuEngineWatch::stop);

        RunSummary summary = new RunSummary(b.displayCommand(), run.jvm().orElse(null),
                run.series(), run.exitCode());
        summary.with("pid", run.pid());
        summary.with("wallMs", run.wallMs());
        // attached, yet maybe too late for any sample to read the JVM: then there are no JVM metrics
        boolean jvmSampled = run.series().metrics().contains(Metrics.HEAP_USED)
                && run.series().summary(Metrics.HEAP_USED).isPresent();
        summary.with("jvmMetricsFromMs", run.attachedAtMs() < 0 || !jvmSampled ? null : run.attachedAtMs());
        summary.with("heapMaxMb", run.heapMaxBytes() < 0 ? null : run.heapMaxBytes() / (1024 * 1024));
        List<Path> files = new ArrayList<>(List.of(dir.resolve(ProfileFiles.MEMORY_CSV),
                dir.resolve(ProfileFiles.PHASES_CSV), dir.resolve(ProfileFiles.SUMMARY_JSON)));
        if (jfr) {
            jfrSection(recording, b.jfr, notes).ifPresent(section -> {
                summary.with("jfr", section);
                files.add(recording);
            });
        }
        if (b.async != null) {
            Map<String, Object> section = new LinkedHashMap<>();
            section.put("version", AsyncProfilerAgent.VERSION);
            section.put("mode", b.async.event());
            if (Files.isRegularFile(flame)) {
                section.put("flameGraph", flame.getFileName().toString());
                files.add(flame);
            } else {
                section.put("flameGraph", null);
                notes.add("async-profiler: no flame graph was written (the child was killed, or the agent failed: see its stderr)");
            }
            engine.ifPresent(e -> {
                section.put("cpuEngine", e.engine());
                section.put("cpuEngineEvidence", e.evidence());
            });
            summary.with("asyncProfiler", section);
        }
        if (!notes.isEmpty()) {
            summary.with("notes", List.copyOf(notes));
        }
        ProfileFiles.write(dir, run.series(), summary);
        return new ProfileResult(dir, run, summary, List.copyOf(files), engine, List.copyOf(notes));
    }

    /**
     * Summarises the child's recording. A JVM that dies abruptly (killed, halted, out of memory with
     * {@code -XX:+ExitOnOutOfMemoryError}) leaves an empty or unreadable file: that is a note, and
     * the memory series, the very thing wanted from such a run, is still written.
     */
    private static Optional<Map<String, Object>> jfrSection(Path recording, JfrSettings settings, List<String> notes) {
        if (!Files.isRegularFile(recording)) {
            notes.add("jfr: the child wrote no recording (it was killed, or exited before JFR started)");
            return Optional.empty();
        }
        try {
            if (Files.size(recording) == 0) {
                Files.delete(recording);
                notes.add("jfr: the child's recording is empty, and was removed (the JVM ended abruptly: killed, halted "
                        + "or out of memory, before JFR wrote it)");
                return Optional.empty();
            }
            Map<String, Object> section = new LinkedHashMap<>();
            section.put("file", ProfileFiles.RECORDING_JFR);
            section.put("settings", settings.configurationName());
            section.putAll(JfrSummary.read(recording).asMap());
            return Optional.of(section);
        } catch (IOException | RuntimeException e) {
            // written by another process that may have died mid-write: whatever fails here is its damage
            notes.add("jfr: the child's recording could not be read (" + e.getMessage() + "); " + ProfileFiles.RECORDING_JFR
                    + " is kept as it is");
            return Optional.empty();
        }
    }

    /** @return the directory and those of its parents that do not exist yet, innermost first */
    private static List<Path> missingDirectories(Path dir) {
        List<Path> missing = new ArrayList<>();
        for (Path p = dir.toAbsolutePath().normalize(); p != null && !Files.exists(p); p = p.getParent()) {
            missing.add(p);
        }
        return missing;
    }

    private static void deleteIfEmpty(Path dir) {
        try {
            Files.deleteIfExists(dir);
        } catch (IOException e) {
            // not empty (something else wrote there) or not ours to remove: leave it
        }
    }

    /** Creates the directory and removes outputs of an earlier run that this one might not rewrite. */
    private static void prepare(Path dir) {
        if (Files.exists(dir) && !Files.isDirectory(dir)) {
            throw new IllegalArgumentException(dir + " exists and is not a directory");
        }
        try {
            Files.createDirectories(dir);
            for (String name : List.of(ProfileFiles.MEMORY_CSV, ProfileFiles.PHASES_CSV, ProfileFiles.SUMMARY_JSON,
                    ProfileFiles.RECORDING_JFR, ProfileFiles.MEMORY_PNG, "memory.svg")) {
                Files.deleteIfExists(dir.resolve(name));
            }
            for (AsyncMode mode : AsyncMode.values()) {
                Files.deleteIfExists(dir.resolve(mode.flameGraphFileName()));
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot prepare output directory " + dir + ": " + e.getMessage(), e);
        }
    }

    private static Path tempDir() {
        try {
            return Files.createTempDirectory("chunkwise-async-profiler");
        } catch (IOException e) {
            throw new UncheckedIOException("cannot create a temporary directory for async-profiler", e);
        }
    }

    private static void deleteQuietly(Path dir) {
        if (dir == null) {
            return;
        }
        try (DirectoryStream<Path> files = Files.newDirectoryStream(dir)) {
            for (Path f : files) {
                Files.deleteIfExists(f);
            }
            Files.deleteIfExists(dir);
        } catch (IOException e) {
            // a temporary copy of the library; the OS cleans the temp directory
        }
    }

    /** Configures and runs a profile. */
    public static final class Builder {
        private final Path dir;
        private final List<String> command;
        private final String mainClass;
        private final List<String> args;
        private List<String> display;
        private Duration interval = MemoryMonitor.DEFAULT_INTERVAL;
        private JfrSettings jfr = JfrSettings.DEFAULT;
        private AsyncMode async;
        private boolean nmt = true;
        private boolean pss;
        private OutputStream stdout;
        private List<String> jvmOptions = List.of();

        private Builder(Path dir, List<String> command, String mainClass, List<String> args) {
            this.dir = Objects.requireNonNull(dir, "dir");
            if (mainClass == null && command.isEmpty()) {
                throw new IllegalArgumentException("no command to profile");
            }
            this.command = command;
            this.mainClass = mainClass;
            this.args = args;
        }

        private List<String> displayCommand() {
            if (display != null) {
                return display;
            }
            if (mainClass == null) {
                return command;
            }
            List<String> d = new ArrayList<>(List.of(mainClass));
            d.addAll(args);
            return d;
        }

        /**
         * @param options JVM options for a main class's run, after this JVM's own (ignored for a command)
         * @return this builder
         */
        public Builder jvmOptions(List<String> options) {
            this.jvmOptions = List.copyOf(options);
            return this;
        }

        /**
         * @param shownAs the command as the user wrote it, for {@code summary.json}
         * @return this builder
         */
        public Builder displayAs(List<String> shownAs) {
            this.display = List.copyOf(shownAs);
            return this;
        }

        /**
         * @param interval time between samples (default 50 ms, at least 5 ms)
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
         * @param settings JFR settings for a JVM child, or null for no recording (default: {@code default})
         * @return this builder
         */
        public Builder jfr(JfrSettings settings) {
            this.jfr = settings;
            return this;
        }

        /**
         * @param mode an async-profiler flame graph to make, or null for none (the default)
         * @return this builder
         */
        public Builder async(AsyncMode mode) {
            this.async = mode;
            return this;
        }

        /**
         * @param on whether a JVM child runs with {@code -XX:NativeMemoryTracking=summary} (default
         *     true; it costs the child a little memory and time, and gives {@code nmt_committed_mb})
         * @return this builder
         */
        public Builder nmt(boolean on) {
            this.nmt = on;
            return this;
        }

        /**
         * @param on whether to sample PSS from {@code smaps_rollup} too (column {@code pss_mb})
         * @return this builder
         */
        public Builder pss(boolean on) {
            this.pss = on;
            return this;
        }

        /**
         * @param sink where the child's standard output goes (default: this process's stdout)
         * @return this builder
         */
        public Builder stdout(OutputStream sink) {
            this.stdout = Objects.requireNonNull(sink);
            return this;
        }

        /**
         * Runs the command to its end and writes the files.
         *
         * @return the result
         * @throws AsyncProfilerUnavailableException when async-profiler was asked for and cannot run
         * @throws io.chunkwise.profiler.process.CommandStartException when the command cannot start
         * @throws UncheckedIOException when a file cannot be written
         * @throws InterruptedException when interrupted while waiting for the child
         */
        public ProfileResult run() throws InterruptedException {
            return new ProfileSession(this).run();
        }
    }
}
