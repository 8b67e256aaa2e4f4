package io.chunkwise.bench.loader;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.chunkwise.loader.generate.SecMasterGenerator;
import io.chunkwise.loader.generate.SecMasterSpec;
import io.chunkwise.loader.index.IndexFile;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The benchmarks' index of a master: built in a child JVM when missing or stale, else opened as is. */
class SecMasterFilesTest {
    @TempDir
    Path dir;

    private final ByteArrayOutputStream err = new ByteArrayOutputStream();
    private PrintStream stderr;

    @BeforeEach
    void captureStderr() {
        stderr = System.err;
        System.setErr(new PrintStream(err, true, StandardCharsets.UTF_8));
    }

    @AfterEach
    void restoreStderr() {
        System.setErr(stderr);
    }

    @Test
    void aMissingIndexIsBuiltAStaleOneRebuiltAFreshOneOpened() throws IOException {
        Path master = dir.resolve("m.csv");
        new SecMasterGenerator(SecMasterSpec.ofSize(100_000).withSeed(1)).generate(master, done -> { });
        long first;
        try (IndexFile index = SecMasterFiles.openIndex(master)) {
            first = index.records();
        }
        assertThat(first).isPositive();
        Path cwx = SecMasterFiles.indexOf(master);
        long built = Files.getLastModifiedTime(cwx).toMillis();

        try (IndexFile index = SecMasterFiles.openIndex(master)) {
            assertThat(index.records()).isEqualTo(first);
        }
        assertThat(Files.getLastModifiedTime(cwx).toMillis()).as("a fresh index is not rebuilt").isEqualTo(built);

        // another master at the same path: the index is stale, and rebuilt for it
        new SecMasterGenerator(SecMasterSpec.ofSize(50_000).withSeed(2)).generate(master, done -> { });
        try (IndexFile index = SecMasterFiles.openIndex(master)) {
            assertThat(index.records()).isPositive().isLessThan(first);
        }
    }

    @Test
    void aFailingBuildNamesTheIndexAndTheChildsReason() throws IOException {
        Path master = Files.writeString(dir.resolve("m.csv"), "not,a,master\n1,2,3\n");
        assertThatThrownBy(() -> SecMasterFiles.openIndex(master))
                .isInstanceOf(UncheckedIOException.class)
                .hasMessageStartingWith("cannot build the index " + SecMasterFiles.indexOf(master) + ": MasterIndexRecipe exited with 1: ");
        assertThat(err.toString(StandardCharsets.UTF_8).lines())
                .isNotEmpty().allMatch(l -> l.startsWith("index m.cwx (no index yet): "));
    }
}
