package io.chunkwise.cli.report;

import static org.assertj.core.api.Assertions.assertThat;

import io.chunkwise.cli.ByteSize;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Review: tune on a file smaller than several of its chunk sizes recommended one of them, though
 * each read the file as one chunk: the same work, told apart by noise. It is now said first.
 */
class WholeFileChunksTest {
    private static final Path FILE = Path.of("sample.csv");

    @Test
    void twoChunkSizesThatHoldTheWholeFileAreNamed() {
        List<ByteSize> chunks = List.of(new ByteSize(256L << 10), new ByteSize(1L << 20), new ByteSize(8L << 20));
        assertThat(WholeFileChunks.note(FILE, 600L << 10, chunks)).contains("tune: sample.csv (600.0 KiB) fits in one chunk"
                + " of each of 1.0 MiB, 8.0 MiB: those configurations read it alike, one chunk on one worker, and differ by noise"
                + " only; tune on a file of the size you will run, or with chunk sizes below its size");
    }

    @Test
    void oneOrNoneIsNoNews() {
        List<ByteSize> chunks = List.of(new ByteSize(256L << 10), new ByteSize(1L << 20), new ByteSize(8L << 20));
        assertThat(WholeFileChunks.note(FILE, 2L << 20, chunks)).isEmpty();
        assertThat(WholeFileChunks.note(FILE, 64L << 20, chunks)).isEmpty();
    }
}
