package io.chunkwise.bench.run;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Locale;

/**
 * The async-profiler native library bundled in {@code tools.profiler:async-profiler}'s jar,
 * copied to a file so that JMH's {@code -prof async:libPath=…} can load it.
 */
public final class AsyncProfilerLibrary {
    private AsyncProfilerLibrary() {
    }

    /**
     * The resource name of the bundled library for an OS and architecture.
     *
     * @param osName {@code os.name}
     * @param osArch {@code os.arch}
     * @return e.g. {@code linux-x64/libasyncProfiler.so}
     * @throws IllegalStateException on a platform the jar has no library for
     */
    static String resourceFor(String osName, String osArch) {
        String os = osName.toLowerCase(Locale.ROOT);
        String arch = osArch.toLowerCase(Locale.ROOT);
        if (os.contains("linux")) {
            if (arch.equals("amd64") || arch.equals("x86_64")) {
                return "linux-x64/libasyncProfiler.so";
            }
            if (arch.equals("aarch64") || arch.equals("arm64")) {
                return "linux-arm64/libasyncProfiler.so";
            }
        } else if (os.contains("mac")) {
            return "macos/libasyncProfiler.so";
        }
        throw new IllegalStateException("async-profiler has no bundled library for " + osName + "/" + osArch);
    }

    /**
     * Copies the bundled library for this platform into {@code directory} (once; reused after).
     *
     * @param directory where to put it
     * @return the library's path
     * @throws IllegalStateException when the jar or the platform's library is missing
     * @throws UncheckedIOException when it cannot be written
     */
    public static Path extract(Path directory) {
        String resource = resourceFor(System.getProperty("os.name"), System.getProperty("os.arch"));
        Path target = directory.resolve("async-profiler-" + resource.replace('/', '-'));
        try (InputStream in = AsyncProfilerLibrary.class.getClassLoader().getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("async-profiler's library " + resource
                        + " is not on the class path (tools.profiler:async-profiler missing?)");
            }
            byte[] bytes = in.readAllBytes();
            if (Files.isRegularFile(target) && Files.size(target) == bytes.length) {
                return target;
            }
            Files.createDirectories(directory);
            Path temp = Files.createTempFile(directory, "async-profiler", ".part");
            Files.write(temp, bytes);
            Files.move(temp, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            return target;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot extract async-profiler's library to " + directory, e);
        }
    }
}
