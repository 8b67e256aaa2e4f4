package io.chunkwise.bench.loader;

import io.chunkwise.bench.input.InputCache;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.stream.Stream;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;

/** A fresh directory beside the inputs (same file system) for the indexes a trial builds. */
@State(Scope.Benchmark)
public class Scratch {
    Path dir;

    /** Creates the directory. */
    @Setup(Level.Trial)
    public void create() {
        try {
            Path base = InputCache.fromEnvironment().directory().resolve("scratch");
            Files.createDirectories(base);
            dir = Files.createTempDirectory(base, "index-");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    Path index() {
        return dir.resolve("secmaster.cwx");
    }

    /** Deletes the directory and what the trial built in it. */
    @TearDown(Level.Trial)
    public void delete() {
        try (Stream<Path> files = Files.walk(dir)) {
            for (Path p : files.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(p);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
