package io.chunkwise.loader.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ScratchFilesTest {
    @TempDir
    Path dir;

    private List<String> names() throws IOException {
        try (Stream<Path> s = Files.list(dir)) {
            return s.map(p -> p.getFileName().toString()).sorted().toList();
        }
    }

    @Test
    void anOutputIsReplacedWholeOrNotAtAll() throws IOException {
        Path out = Files.writeString(dir.resolve("out.csv"), "old\n");
        assertThatThrownBy(() -> ScratchFiles.writeWhole(out, scratch -> {
            Files.writeString(scratch, "half of the new");
            throw new IOException("disk full (injected)");
        })).hasMessageContaining("injected");
        assertThat(out).hasContent("old\n");
        assertThat(names()).containsExactly("out.csv");

        long n = ScratchFiles.writeWhole(out, scratch -> Files.size(Files.writeString(scratch, "new\n")));
        assertThat(n).isEqualTo(4);
        assertThat(out).hasContent("new\n");
        assertThat(names()).containsExactly("out.csv");
    }

    @Test
    void theLeftoversOfAGoneProcessAreSweptAndThoseOfALiveOneKept() throws IOException {
        Path out = dir.resolve("m.csv.cwx");
        long gone = findGonePid();
        Path deadFile = Files.writeString(dir.resolve(".m.csv.cwx." + gone + "-abc123.tmp"), "x");
        Path deadRuns = Files.createDirectory(dir.resolve(".m.csv.cwx.runs-" + gone + "-zz9"));
        Files.writeString(deadRuns.resolve("symbol-0.run"), "spilled");
        Path mine = ScratchFiles.directory(out);
        Path otherOutput = Files.writeString(dir.resolve(".other.cwx." + gone + "-abc.tmp"), "not this output's");
        Path notScratch = Files.writeString(dir.resolve(".m.csv.cwx.notes"), "someone's");

        ScratchFiles.sweep(out);

        assertThat(deadFile).doesNotExist();
        assertThat(deadRuns).doesNotExist();
        assertThat(mine).isDirectory();
        assertThat(otherOutput).exists();
        assertThat(notScratch).exists();
        ScratchFiles.delete(mine);
        assertThat(mine).doesNotExist();
    }

    @Test
    void aScratchFileHasTheDirectorysUsualPermissionsNotATempFiles() throws IOException {
        Path usual = Files.createFile(dir.resolve("usual"));
        Path scratch = ScratchFiles.file(dir.resolve("out.csv"));
        try {
            assertThat(scratch.getFileName().toString()).startsWith(".out.csv." + ProcessHandle.current().pid() + "-")
                    .endsWith(".tmp");
            assertThat(Files.getPosixFilePermissions(scratch)).isEqualTo(Files.getPosixFilePermissions(usual));
        } finally {
            ScratchFiles.delete(scratch);
        }
    }

    @Test
    void anOutputWithALongNameOrGlobCharactersGetsScratchFilesThatFitAndAreSwept() throws IOException {
        // 250 bytes: the longest name an output may have with room for its own rejects suffix
        for (String name : List.of("é".repeat(100) + "x".repeat(46) + ".csv", "m[1]{a,b}*.csv")) {
            Path out = dir.resolve(name);
            long size = ScratchFiles.writeWhole(out, scratch -> {
                assertThat(scratch.getFileName().toString().getBytes(java.nio.charset.StandardCharsets.UTF_8))
                        .hasSizeLessThanOrEqualTo(255);
                return Files.size(Files.writeString(scratch, "whole\n"));
            });
            assertThat(size).isEqualTo(6);
            assertThat(out).hasContent("whole\n");
            Path runs = ScratchFiles.directory(out);
            assertThat(runs.getFileName().toString().getBytes(java.nio.charset.StandardCharsets.UTF_8))
                    .hasSizeLessThanOrEqualTo(255);
            ScratchFiles.delete(runs);
            long gone = findGonePid();
            Path dead = Files.writeString(dir.resolve(ScratchFiles.stem(out) + "." + gone + "-abc.tmp"), "x");
            ScratchFiles.sweep(out);
            assertThat(dead).doesNotExist();
            assertThat(names()).containsExactly(name);
            Files.delete(out);
        }
        assertThat(ScratchFiles.stem(dir.resolve("a".repeat(240)))).as("distinct long names, distinct stems")
                .isNotEqualTo(ScratchFiles.stem(dir.resolve("a".repeat(239) + "b")));
    }

    /** @return a process id that no process has now */
    private static long findGonePid() {
        for (long pid = 4_000_000; ; pid++) {
            if (ProcessHandle.of(pid).isEmpty()) {
                return pid;
            }
        }
    }
}
