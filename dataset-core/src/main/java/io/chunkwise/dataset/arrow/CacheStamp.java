package io.chunkwise.dataset.arrow;

import io.chunkwise.loader.io.SourceChangedException;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;

/**
 * A cache's size and modification time when it was opened. A file copied over it in place
 * ({@code cp other.arrow cache.arrow}) at the same size faults no read of the mapping, yet the
 * samples read meanwhile mix both files: only the time tells, so a run checks it at its end.
 *
 * @param file the cache
 * @param size its size
 * @param modifiedMillis its modification time, epoch milliseconds
 */
record CacheStamp(Path file, long size, long modifiedMillis) {
    /**
     * @param file a cache, before it is opened
     * @return its stamp
     * @throws UncheckedIOException when it cannot be read (missing, not permitted)
     */
    static CacheStamp of(Path file) {
        try {
            BasicFileAttributes a = Files.readAttributes(file, BasicFileAttributes.class);
            return new CacheStamp(file, a.size(), a.lastModifiedTime().toMillis());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** @throws SourceChangedException when the file's size or modification time is not the stamp's */
    void requireUnchanged() {
        CacheStamp now;
        try {
            now = of(file);
        } catch (UncheckedIOException e) {
            throw new SourceChangedException(file, "disappeared while being read", e);
        }
        if (now.size != size) {
            throw new SourceChangedException(file, "changed while being read (size was " + size + " bytes, now "
                    + now.size + ")", null);
        }
        if (now.modifiedMillis != modifiedMillis) {
            throw new SourceChangedException(file, "changed while being read (written to, its size still " + size
                    + " bytes): what was read may mix two files; read it again", null);
        }
    }
}
