package io.chunkwise.loader.index;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.stream.Stream;

/** An index entry as the spiller tests see it, in index order, and the run files left on disk. */
record SpilledEntry(long hash, long offset, long k1, long k2) {
    static final Comparator<SpilledEntry> INDEX_ORDER =
            (a, b) -> EntrySort.compare(a.hash(), a.offset(), b.hash(), b.offset());

    static long filesIn(Path dir) {
        try (Stream<Path> s = Files.list(dir)) {
            return s.count();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
