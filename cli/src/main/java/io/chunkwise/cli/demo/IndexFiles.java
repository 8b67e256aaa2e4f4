package io.chunkwise.cli.demo;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/** Compares index files byte for byte: the strongest form of "every strategy agrees". */
final class IndexFiles {
    private IndexFiles() {
    }

    static boolean identical(List<Path> files) {
        try {
            for (Path f : files.subList(1, files.size())) {
                if (Files.mismatch(files.getFirst(), f) != -1L) {
                    return false;
                }
            }
            return true;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
