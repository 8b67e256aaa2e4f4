package io.chunkwise.reports.files;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A file written whole or not at all: a write that fails part-way leaves the earlier file and nothing beside it. */
class WholeFileTest {
    @TempDir
    Path dir;

    @Test
    void aWriteThatFailsPartWayLeavesTheEarlierFileAsItWas() throws Exception {
        Path chart = dir.resolve("memory.png");
        Files.writeString(chart, "the earlier chart");
        assertThatThrownBy(() -> WholeFile.write(chart, out -> {
            out.write("half a ch".getBytes(StandardCharsets.UTF_8));
            throw new IOException("No space left on device");
        })).isInstanceOf(IOException.class).hasMessage("No space left on device");
        assertThat(chart).hasContent("the earlier chart");
        assertThat(files()).as("nothing left beside it").containsExactly("memory.png");
    }

    @Test
    void aWholeWriteReplacesTheFileAndLeavesNothingBeside() throws Exception {
        Path chart = dir.resolve("memory.svg");
        Files.writeString(chart, "the earlier chart");
        WholeFile.write(chart, out -> {
            out.write("<svg/>".getBytes(StandardCharsets.UTF_8));
            out.close(); // as an encoder may: the file is still forced and renamed
        });
        assertThat(chart).hasContent("<svg/>");
        assertThat(files()).containsExactly("memory.svg");
    }

    private java.util.List<String> files() throws IOException {
        try (Stream<Path> all = Files.list(dir)) {
            return all.map(p -> p.getFileName().toString()).toList();
        }
    }
}
