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

    /** @return a process id that no process has now */
    private static long findGonePid() {
        for (long pid = 4_000_000; ; pid++) {
            if (ProcessHandle.of(pid).isEmpty()) {
                return pid;
            }
        }
    }
}
