package io.chunkwise.profiler.async;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Locale;

/**
 * async-profiler as a JVM agent of a child process: the native library bundled in the
 * {@code tools.profiler:async-profiler} jar is extracted to a file and loaded with
 * {@code -agentpath}, profiling from JVM start to exit, when the flame graph (HTML) is written.
 */
public final class AsyncProfilerAgent {
    /** The version of the bundled library. */
    public static final String VERSION = "3.0";

    private AsyncProfilerAgent() {
    }

    /**
     * Extracts the bundled native library for this platform.
     *
     * @param dir the directory to write it to
     * @return the library file
     * @throws AsyncProfilerUnavailableException when this platform has no bundled library
     * @throws UncheckedIOException when it cannot be written
     */
    public static Path extractLibrary(Path dir) {
        String resource = platformDirectory() + "/libasyncProfiler.so";
        try (InputStream in = AsyncProfilerAgent.class.getClassLoader().getResourceAsStream(resource)) {
            if (in == null) {
                throw new AsyncProfilerUnavailableException("async-profiler's native library (" + resource
                        + ") is not on the class path: add tools.profiler:async-profiler");
            }
            Files.createDirectories(dir);
            Path lib = dir.resolve("libasyncProfiler.so");
            Files.copy(in, lib, StandardCopyOption.REPLACE_EXISTING);
            return lib;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot extract async-profiler's library to " + dir, e);
        }
    }

    private static String platformDirectory() {
        String os = System.getProperty("os.name").toLowerCase(Locale.ROOT);
        String arch = System.getProperty("os.arch").toLowerCase(Locale.ROOT);
        if (!os.contains("linux")) {
            throw new AsyncProfilerUnavailableException("async-profiler flame graphs need Linux here (os.name=" + os + ")");
        }
        return switch (arch) {
            case "amd64", "x86_64" -> "linux-x64";
            case "aarch64", "arm64" -> "linux-arm64";
            default -> throw new AsyncProfilerUnavailableException("no bundled async-profiler library for " + arch);
        };
    }

    /**
     * Checks that the bundled version has a mode, so a session can refuse it before it writes anything.
     *
     * @param mode what to sample
     * @throws AsyncProfilerUnavailableException for {@link AsyncMode#NATIVEMEM}, which the
     *     bundled version does not have
     */
    public static void requireSupported(AsyncMode mode) {
        if (mode == AsyncMode.NATIVEMEM) {
            throw new AsyncProfilerUnavailableException("async-profiler " + VERSION
                    + " (the bundled version) has no nativemem mode (it came in 4.0); for native memory "
                    + "use NMT: the profile's nmt_committed_mb column");
        }
    }

    /**
     * The {@code -agentpath} option that profiles a JVM from start to exit.
     *
     * @param library the extracted library
     * @param mode what to sample
     * @param flameGraph the HTML flame graph to write at exit
     * @return the option
     * @throws AsyncProfilerUnavailableException for {@link AsyncMode#NATIVEMEM}, which the
     *     bundled version does not have
     * @throws IllegalArgumentException when a path holds a comma (the option cannot carry it)
     */
    public static String agentOption(Path library, AsyncMode mode, Path flameGraph) {
        requireSupported(mode);
        String lib = library.toAbsolutePath().toString();
        String out = flameGraph.toAbsolutePath().toString();
        if (lib.contains(",") || out.contains(",")) {
            throw new IllegalArgumentException("async-profiler paths cannot contain ',': " + out);
        }
        return "-agentpath:" + lib + "=start,event=" + mode.event() + ",file=" + out;
    }
}
