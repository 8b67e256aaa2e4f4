package io.chunkwise.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ClassesGoneTest {
    @TempDir
    Path dir;

    @Test
    void aJarRebuiltAfterTheStartIsNamedAsTheCause() throws IOException {
        Path old = Files.writeString(dir.resolve("old.jar"), "x");
        Path rebuilt = Files.writeString(dir.resolve("rebuilt.jar"), "x");
        long started = System.currentTimeMillis() - 60_000;
        Files.setLastModifiedTime(old, FileTime.fromMillis(started - 60_000));
        String classPath = old + File.pathSeparator + rebuilt + File.pathSeparator + dir.resolve("lib") + "/*";

        String line = ClassesGone.describe(new NoClassDefFoundError("io/chunkwise/Gone"), classPath, started);

        assertThat(line).startsWith("cannot load a class (java.lang.NoClassDefFoundError: io/chunkwise/Gone)")
                .contains(rebuilt + " was rebuilt or removed").endsWith("run the command again").doesNotContain("old.jar");
    }

    @Test
    void aJarRemovedIsNamedToo() throws IOException {
        Path kept = Files.writeString(dir.resolve("kept.jar"), "x");
        Files.setLastModifiedTime(kept, FileTime.fromMillis(0));
        String classPath = kept + File.pathSeparator + dir.resolve("removed.jar");

        assertThat(ClassesGone.changedSince(classPath, 1000)).contains(dir.resolve("removed.jar").toString());
    }

    @Test
    void unchangedJarsMeanAnInternalError() throws IOException {
        Path jar = Files.writeString(dir.resolve("a.jar"), "x");
        Files.setLastModifiedTime(jar, FileTime.fromMillis(0));

        assertThat(ClassesGone.describe(new NoSuchMethodError("m"), jar.toString(), 1000))
                .isEqualTo("internal error: java.lang.NoSuchMethodError: m (run with --verbose for the stack trace)");
    }
}
