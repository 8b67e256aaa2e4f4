package io.chunkwise.cli.bench;

import io.chunkwise.cli.UserError;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.runner.options.CommandLineOptions;

/**
 * Starts the forks' JVM once with the JVM options given to JMH ({@code -jvm}, {@code -jvmArgs},
 * {@code -jvmArgsAppend}, {@code -jvmArgsPrepend}) and {@code -version}, before a suite runs: a
 * misspelt {@code -XX:} flag or a JVM path that is none failed every fork, and the run exited 4
 * (an internal error) with "FAILED (see the log)" for each benchmark and the JVM's words in the
 * log only. As the launcher tries {@code CHUNKWISE_JAVA_OPTS}, options that start an agent, a
 * recording or a log file are not tried (they would write files, or wait).
 */
final class ForkJvmCheck {
    /** A JVM that prints its version takes well under a second; one that takes this long is left to the run. */
    private static final long TIMEOUT_SECONDS = 30;

    private ForkJvmCheck() {
    }

    /**
     * @param options the JMH options as given
     * @throws UserError (exit 2) naming the options and the JVM's reason when it cannot start with them
     */
    static void check(CommandLineOptions options) {
        List<String> jvmArgs = new ArrayList<>();
        // in the order JMH gives them to a fork
        jvmArgs.addAll(options.getJvmArgsPrepend().orElse(List.of()));
        jvmArgs.addAll(options.getJvmArgs().orElse(List.of()));
        jvmArgs.addAll(options.getJvmArgsAppend().orElse(List.of()));
        if (!options.getJvm().hasValue() && jvmArgs.isEmpty() || jvmArgs.stream().anyMatch(ForkJvmCheck::hasEffects)) {
            return;
        }
        String jvm = options.getJvm().orElse(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        List<String> command = new ArrayList<>();
        command.add(jvm);
        command.addAll(jvmArgs);
        command.add("-version");
        String output;
        int code;
        try {
            Process p = new ProcessBuilder(command).redirectErrorStream(true).start();
            p.getOutputStream().close();
            // waited for before its output is read, which a JVM that hangs would never end; its
            // error and version lines fit a pipe's buffer (one that prints more is left to the run)
            if (!p.waitFor(TIMEOUT_SECONDS, TimeUnit.SECONDS)) {
                p.destroyForcibly();
                return;
            }
            code = p.exitValue();
            output = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UserError("bad JMH option: -jvm " + jvm + ": cannot start it (" + String.valueOf(e.getMessage()).strip() + ")");
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return;
        }
        if (code != 0) {
            throw new UserError("bad JMH option: the benchmarks' forks cannot start " + (options.getJvm().hasValue() ? jvm + " " : "the JVM ")
                    + "with " + String.join(" ", jvmArgs) + ": " + reason(output) + " (-jvmArgs, -jvmArgsAppend, -jvmArgsPrepend)");
        }
    }

    /** @return the JVM's first line of its own, before its "Could not create the Java Virtual Machine" */
    private static String reason(String output) {
        return output.lines().map(String::strip).filter(l -> !l.isEmpty() && !l.startsWith("Error: Could not create")
                && !l.startsWith("Error: A fatal exception")).findFirst().orElse("the JVM exited with an error");
    }

    private static boolean hasEffects(String arg) {
        return startsWithAny(arg, "-javaagent", "-agentlib", "-agentpath", "-Xlog", "-Xloggc", "-XX:StartFlightRecording",
                "-XX:+StartFlightRecording", "-XX:FlightRecorderOptions", "-XX:+FlightRecorder", "-XX:HeapDumpPath", "-XX:ErrorFile",
                "-XX:LogFile", "-XX:+LogCompilation");
    }

    private static boolean startsWithAny(String arg, String... prefixes) {
        for (String p : prefixes) {
            if (arg.startsWith(p)) {
                return true;
            }
        }
        return false;
    }
}
