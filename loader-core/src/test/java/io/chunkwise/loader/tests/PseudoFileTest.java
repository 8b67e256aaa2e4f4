package io.chunkwise.loader.tests;

import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.chunkwise.loader.csv.CsvFormat;
import io.chunkwise.loader.csv.CsvParseException;
import io.chunkwise.loader.csv.HeaderReader;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A /proc file gives its size as 0 and holds text: named as such, never as an empty file. */
class PseudoFileTest {
    @TempDir
    Path dir;

    @Test
    void aFileOfSizeZeroThatHoldsTextIsNotCalledEmpty() {
        Path status = Path.of("/proc/self/status");
        assumeTrue(Files.isRegularFile(status), "Linux /proc");
        assertThatThrownBy(() -> HeaderReader.read(status, CsvFormat.RFC4180))
                .isInstanceOf(CsvParseException.class)
                .hasMessage(status + ":1 (byte 0): the file's size is 0, yet it holds text: a file made as it is read"
                        + " (/proc, /sys), read here by its size; copy it to a file first (cp " + status + " m.csv)");
    }

    @Test
    void anEmptyFileIsStillOne() throws Exception {
        Path empty = Files.createFile(dir.resolve("m.csv"));
        assertThatThrownBy(() -> HeaderReader.read(empty, CsvFormat.RFC4180))
                .hasMessage(empty + ":1 (byte 0): empty file: expected a header row on line 1");
    }
}
