package io.chunkwise.cli.report;

import io.chunkwise.cli.ByteSize;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/**
 * The chunk sizes of a sweep that hold the whole file (a small sample tuned for a large file):
 * each reads it as one chunk, on one worker, so their configurations time the same work and differ
 * by noise only; said before the sweep, so that a recommendation among them is not read as a finding.
 */
final class WholeFileChunks {
    private WholeFileChunks() {
    }

    /**
     * @param file the file tuned for
     * @param inputBytes its size
     * @param chunks the sweep's chunk sizes
     * @return a note when two or more chunk sizes are at least the file's size; else empty
     */
    static Optional<String> note(Path file, long inputBytes, List<ByteSize> chunks) {
        List<String> whole = chunks.stream().filter(c -> c.bytes() >= inputBytes).map(ByteSize::toString).toList();
        if (whole.size() < 2) {
            return Optional.empty();
        }
        return Optional.of("tune: " + file + " (" + ByteSize.format(inputBytes) + ") fits in one chunk of each of "
                + String.join(", ", whole) + ": those configurations read it alike, one chunk on one worker, and differ by"
                + " noise only; tune on a file of the size you will run, or with chunk sizes below its size");
    }
}
