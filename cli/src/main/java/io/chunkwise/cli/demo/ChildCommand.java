package io.chunkwise.cli.demo;

import com.fasterxml.jackson.databind.JsonNode;
import io.chunkwise.cli.CommandJvmOptions;
import io.chunkwise.cli.Json;
import io.chunkwise.cli.StopNotice;
import io.chunkwise.profiler.jfr.JfrSettings;
import io.chunkwise.profiler.process.ChildGuard;
import io.chunkwise.profiler.process.JavaCommand;
import io.chunkwise.profiler.session.ProfileResult;
import io.chunkwise.profiler.session.ProfileSession;
import io.chunkwise.reports.chart.MemoryTimelineChart;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Runs a chunkwise command in a child JVM like this one, exactly as a user would run it, and
 * reads the one JSON value it prints with {@code --json}. A profiled run is also sampled from
 * outside by the profiler, so each step's memory is its own and not the demo's.
 */
final class ChildCommand {
    private static final String MAIN = "io.chunkwise.cli.Main";
    private static final Duration INTERVAL = Duration.ofMillis(20);

    private final Path logs;
    private final ProfileUnderWay profiling;

    /**
     * @param logs directory for each child's stderr
     * @param profiling told of each profiled step's folder, for a stop to remove one written part-way
     */
    ChildCommand(Path logs, ProfileUnderWay profiling) {
        this.logs = logs;
        this.profiling = profiling;
    }

    /**
     * What a child run produced.
     *
     * @param step the step's name
     * @param args the chunkwise arguments
     * @param exitCode the child's exit code
     * @param json the JSON it printed
     * @param seconds wall time of the child, start to exit
     * @param profile the profiled run, or null when not profiled
     */
    record Outcome(String step, List<String> args, int exitCode, JsonNode json, double seconds, ProfileResult profile) {
        /** @return the command as a user would type it */
        String commandLine() {
            return "chunkwise " + String.join(" ", args);
        }

        /**
         * @param metric a profiler column, e.g. {@code rss_anon_mb}
         * @return its peak in this run, or NaN when not profiled or not sampled
         */
        double peak(String metric) {
            if (profile == null) {
                return Double.NaN;
            }
            Object metrics = profile.summary().asMap().get("metrics");
            if (metrics instanceof Map<?, ?> m && m.get(metric) instanceof Map<?, ?> summary
                    && summary.get("peak") instanceof Number peak) {
                return peak.doubleValue();
            }
            return Double.NaN;
        }
    }

    /**
     * Runs a command without profiling.
     *
     * @param step the step's name (names the log)
     * @param allowedExitCodes exit codes that are success for this step
     * @param args the chunkwise arguments ({@code --json} is added)
     * @return the outcome
     */
    Outcome run(String step, Set<Integer> allowedExitCodes, String... args) {
        List<String> full = withJson(args);
        Path log = logs.resolve(step + ".log");
        ProcessBuilder builder = new ProcessBuilder(JavaCommand.sameJvm(CommandJvmOptions.of(full), MAIN, full))
                .redirectError(log.toFile());
        long start = System.nanoTime();
        try {
            Process process = builder.start();
            byte[] out;
            int code;
            ChildGuard guard = ChildGuard.of(process.toHandle());
            try {
                process.getOutputStream().close();
                out = process.getInputStream().readAllBytes();
                code = process.waitFor();
            } finally {
                guard.close();
            }
            double seconds = (System.nanoTime() - start) / 1e9;
            stoppedWith(step, code);
            return check(new Outcome(step, full, code, parse(step, out, log), seconds, null), allowedExitCodes, log);
        } catch (IOException e) {
            throw new UncheckedIOException("demo step " + step + ": cannot start a child JVM", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("demo interrupted during " + step, e);
        }
    }

    /**
     * Runs a command in a child JVM sampled by the profiler (memory.csv, summary.json, JFR,
     * memory.png in {@code dir}).
     *
     * @param step the step's name
     * @param dir the profile directory
     * @param allowedExitCodes exit codes that are success for this step
     * @param args the chunkwise arguments ({@code --json} is added)
     * @return the outcome, with its profile
     */
    Outcome profiled(String step, Path dir, Set<Integer> allowedExitCodes, String... args) {
        List<String> full = withJson(args);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        long start = System.nanoTime();
        profiling.begin(dir);
        boolean whole = false;
        try {
            ProfileResult result = ProfileSession.javaMain(dir, MAIN, full)
                    .jvmOptions(CommandJvmOptions.of(full))
                    .displayAs(displayed(full))
                    .interval(INTERVAL)
                    .jfr(JfrSettings.DEFAULT)
                    .nmt(true)
                    .stdout(out)
                    .run();
            double seconds = (System.nanoTime() - start) / 1e9;
            stoppedWith(step, result.exitCode());
            MemoryTimelineChart.write(dir, dir.resolve("memory.png"));
            Path log = dir.resolve("stdout.json");
            Files.write(log, out.toByteArray());
            whole = true;
            return check(new Outcome(step, full, result.exitCode(), parse(step, out.toByteArray(), log), seconds, result),
                    allowedExitCodes, log);
        } catch (IOException e) {
            throw new UncheckedIOException("demo step " + step + ": cannot write " + dir, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("demo interrupted during " + step, e);
        } finally {
            profiling.end(whole);
        }
    }

    /**
     * A child ended by the Ctrl-C or SIGTERM that is stopping the demo: the stop's own line says so,
     * not a failed step's.
     *
     * @throws IllegalStateException when the demo is being stopped
     */
    private static void stoppedWith(String step, int code) throws InterruptedException {
        if (StopNotice.stoppedWith(code)) {
            throw new IllegalStateException("demo stopped during " + step);
        }
    }

    private static List<String> withJson(String... args) {
        List<String> full = new ArrayList<>(List.of(args));
        full.add("--json");
        return full;
    }

    private static List<String> displayed(List<String> args) {
        List<String> shown = new ArrayList<>();
        shown.add("chunkwise");
        shown.addAll(args);
        return shown;
    }

    private static JsonNode parse(String step, byte[] out, Path log) {
        try {
            return Json.mapper().readTree(out);
        } catch (IOException e) {
            throw new IllegalStateException("demo step " + step + " printed no JSON (see " + log + ")", e);
        }
    }

    private static Outcome check(Outcome outcome, Set<Integer> allowed, Path log) {
        if (!allowed.contains(outcome.exitCode())) {
            throw new IllegalStateException("demo step " + outcome.step() + " failed with exit code "
                    + outcome.exitCode() + ": " + outcome.commandLine() + " (see " + log + ")");
        }
        if (outcome.json() == null || outcome.json().isMissingNode()) {
            throw new IllegalStateException("demo step " + outcome.step() + " printed no JSON (see " + log + ")");
        }
        return outcome;
    }
}
