package io.chunkwise.bench.input;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.locks.ReentrantLock;

/**
 * A directory of generated benchmark inputs, reused across runs and forks. Each input is named by
 * its {@link InputKey}; the first fork that needs it generates it into a temporary file under a
 * file lock and renames it into place, every later fork (and run) reuses it. A generation that
 * fails leaves nothing behind.
 *
 * <p>The directory is, in order: the system property {@value #PROPERTY}, the environment variable
 * {@value #ENV}, else {@code chunkwise/bench-inputs} under {@code $XDG_CACHE_HOME} or
 * {@code ~/.cache}.
 */
public final class InputCache {
    /** System property naming the cache directory (set by {@code chunkwise bench --inputs}). */
    public static final String PROPERTY = "chunkwise.bench.inputs";
    /** Environment variable naming the cache directory. */
    public static final String ENV = "CHUNKWISE_BENCH_INPUTS";

    /** File locks exclude other JVMs only; threads of this JVM also take this lock per file. */
    private static final ConcurrentHashMap<Path, ReentrantLock> IN_PROCESS = new ConcurrentHashMap<>();

    private final Path directory;

    /**
     * A cache in the given directory (created when needed).
     *
     * @param directory where inputs are kept
     */
    public InputCache(Path directory) {
        this.directory = Objects.requireNonNull(directory, "directory").toAbsolutePath();
    }

    /** @return the cache in the configured or default directory */
    public static InputCache fromEnvironment() {
        return new InputCache(defaultDirectory(System.getProperty(PROPERTY), System.getenv(ENV),
                System.getenv("XDG_CACHE_HOME"), System.getProperty("user.home")));
    }

    /**
     * Resolves the cache directory from its sources, first non-blank wins.
     *
     * @param property the system property's value, or null
     * @param env the environment variable's value, or null
     * @param xdgCacheHome {@code XDG_CACHE_HOME}, or null
     * @param userHome the user's home directory
     * @return the directory
     */
    static Path defaultDirectory(String property, String env, String xdgCacheHome, String userHome) {
        if (property != null && !property.isBlank()) {
            return Path.of(property);
        }
        if (env != null && !env.isBlank()) {
            return Path.of(env);
        }
        Path base = xdgCacheHome != null && !xdgCacheHome.isBlank()
                ? Path.of(xdgCacheHome) : Path.of(userHome, ".cache");
        return base.resolve("chunkwise").resolve("bench-inputs");
    }

    /** @return the cache directory */
    public Path directory() {
        return directory;
    }

    /**
     * The path where the input for {@code key} lives (whether or not it exists yet).
     *
     * @param key the input's key
     * @return its path in this cache
     */
    public Path pathOf(InputKey key) {
        return directory.resolve(key.fileName());
    }

    /**
     * Returns the input for {@code key}, generating it first if no run has yet.
     *
     * @param key the input's key
     * @param generator writes the input when it is missing
     * @return the path of the complete input file
     * @throws UncheckedIOException when the directory cannot be used or generation fails
     */
    public Path get(InputKey key, InputGenerator generator) {
        Path target = pathOf(key);
        if (Files.isRegularFile(target)) {
            return target;
        }
        ReentrantLock threads = IN_PROCESS.computeIfAbsent(target, p -> new ReentrantLock());
        threads.lock();
        try {
            return generateLocked(key, target, generator);
        } finally {
            threads.unlock();
        }
    }

    private Path generateLocked(InputKey key, Path target, InputGenerator generator) {
        try {
            Files.createDirectories(directory);
            Path lockFile = directory.resolve(key.fileName() + ".lock");
            try (FileChannel lockChannel = FileChannel.open(lockFile,
                    StandardOpenOption.CREATE, StandardOpenOption.WRITE);
                 FileLock lock = lockChannel.lock()) {
                if (!lock.isValid()) {
                    throw new IOException("lost the lock on " + lockFile);
                }
                if (Files.isRegularFile(target)) {
                    return target; // another fork generated it while we waited
                }
                Path temp = Files.createTempFile(directory, key.fileName() + ".", ".part");
                try {
                    generator.generate(temp);
                    moveIntoPlace(temp, target);
                } finally {
                    Files.deleteIfExists(temp);
                }
            }
            return target;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot generate benchmark input " + target + ": " + e.getMessage(), e);
        }
    }

    private static void moveIntoPlace(Path temp, Path target) throws IOException {
        // Same directory: the rename is atomic on every POSIX file system; no fallback.
        Files.move(temp, target, StandardCopyOption.ATOMIC_MOVE);
    }
}
