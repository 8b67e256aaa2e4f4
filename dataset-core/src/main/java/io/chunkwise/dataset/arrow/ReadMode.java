package io.chunkwise.dataset.arrow;

import io.chunkwise.loader.io.FileArguments;
import java.nio.file.Path;

/** How a cache is read: each constant opens a {@link CacheTable}. */
public enum ReadMode {
    /** Map the file with FFM and read each record batch's buffers in place: no copy, no allocator. */
    MAPPED {
        @Override
        public CacheTable open(Path file) {
            FileArguments.requireInput(file);
            return MappedCacheTable.open(file);
        }
    },
    /** Arrow Java's {@code ArrowFileReader}: each record batch is read into allocator buffers. */
    BUFFERED {
        @Override
        public CacheTable open(Path file) {
            FileArguments.requireInput(file);
            return BufferedCacheTable.open(file);
        }
    };

    /**
     * @param file the Arrow IPC file
     * @return the opened cache
     * @throws CacheFormatException when it is not a readable cache
     * @throws IllegalArgumentException when it is missing, a directory or not a regular file
     */
    public abstract CacheTable open(Path file);
}
