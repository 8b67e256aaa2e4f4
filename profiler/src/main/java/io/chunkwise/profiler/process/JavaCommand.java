package io.chunkwise.profiler.process;

import java.lang.management.ManagementFactory;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** Builds the command lines of child JVMs. */
public final class JavaCommand {
    /** JVM options of this JVM that must not be passed on: the child gets its own. */
    private static final List<String> NOT_INHERITED = List.of(
            "-XX:StartFlightRecording", "-XX:FlightRecorderOptions", "-agentpath:", "-agentlib:", "-javaagent:",
            "-XX:NativeMemoryTracking", "-Xshare:dump");

    private JavaCommand() {
    }

    /**
     * A command that runs a main class in a JVM like this one: same {@code java.home}, same class
     * path, same JVM options (less agents, recordings and NMT, which the child gets from
     * {@code jvmOptions}).
     *
     * @param jvmOptions options for the child, placed after the inherited ones
     * @param mainClass the main class
     * @param args its arguments
     * @return the command line
     */
    public static List<String> sameJvm(List<String> jvmOptions, String mainClass, List<String> args) {
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        for (String option : ManagementFactory.getRuntimeMXBean().getInputArguments()) {
            if (NOT_INHERITED.stream().noneMatch(option::startsWith)) {
                command.add(option);
            }
        }
        command.addAll(jvmOptions);
        command.add("-cp");
        command.add(System.getProperty("java.class.path"));
        command.add(mainClass);
        command.addAll(args);
        return List.copyOf(command);
    }

    /**
     * Adds JVM options to a command that starts with a {@code java} launcher.
     *
     * @param command the command line
     * @param jvmOptions the options
     * @return the command with the options right after the launcher; empty when the command
     *     does not start with {@code java}
     */
    public static Optional<List<String>> withJvmOptions(List<String> command, List<String> jvmOptions) {
        if (!isJava(command)) {
            return Optional.empty();
        }
        List<String> out = new ArrayList<>();
        out.add(command.getFirst());
        out.addAll(jvmOptions);
        out.addAll(command.subList(1, command.size()));
        return Optional.of(List.copyOf(out));
    }

    /**
     * @param command a command line
     * @return whether it starts a {@code java} launcher
     */
    public static boolean isJava(List<String> command) {
        if (command.isEmpty()) {
            return false;
        }
        Path launcher = Path.of(command.getFirst()).getFileName();
        return launcher != null && launcher.toString().equals("java");
    }
}
