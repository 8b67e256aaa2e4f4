package io.chunkwise.loader.load;

import io.chunkwise.loader.csv.CsvFormat;
import java.util.function.LongConsumer;

/**
 * How to load: dialect, chunk size, worker threads and a progress callback.
 *
 * @param format the dialect
 * @param chunkSize bytes per chunk (buffer size for {@code chunked}); at least 1
 * @param workers threads for {@code parallel}; at least 1
 * @param progress receives bytes done, as deltas (may be called from one thread at a time)
 */
public record LoadOptions(CsvFormat format, long chunkSize, int workers, LongConsumer progress) {
    /** Default chunk size: 8 MiB. */
    public static final long DEFAULT_CHUNK_SIZE = 8L << 20;

    /** Checks the values. */
    public LoadOptions {
        if (chunkSize < 1) {
            throw new IllegalArgumentException("chunk size must be at least 1 byte, was " + chunkSize);
        }
        if (chunkSize > (1L << 30)) {
            throw new IllegalArgumentException("chunk size must be at most 1 GiB, was " + chunkSize);
        }
        if (workers < 1 || workers > 256) {
            throw new IllegalArgumentException("workers must be between 1 and 256, was " + workers);
        }
        java.util.Objects.requireNonNull(format, "format");
        java.util.Objects.requireNonNull(progress, "progress");
    }

    /** @return RFC 4180, 8 MiB chunks, one worker per available processor, no progress */
    public static LoadOptions defaults() {
        return new LoadOptions(CsvFormat.RFC4180, DEFAULT_CHUNK_SIZE,
                Runtime.getRuntime().availableProcessors(), done -> { });
    }

    /**
     * @param f the dialect
     * @return a copy with it
     */
    public LoadOptions withFormat(CsvFormat f) {
        return new LoadOptions(f, chunkSize, workers, progress);
    }

    /**
     * @param bytes the chunk size
     * @return a copy with it
     */
    public LoadOptions withChunkSize(long bytes) {
        return new LoadOptions(format, bytes, workers, progress);
    }

    /**
     * @param n the worker count
     * @return a copy with it
     */
    public LoadOptions withWorkers(int n) {
        return new LoadOptions(format, chunkSize, n, progress);
    }

    /**
     * @param p the progress callback
     * @return a copy with it
     */
    public LoadOptions withProgress(LongConsumer p) {
        return new LoadOptions(format, chunkSize, workers, p);
    }
}
