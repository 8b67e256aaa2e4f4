package io.chunkwise.loader.load;

import io.chunkwise.loader.csv.CsvFormat;
import io.chunkwise.loader.io.ChunkLimits;
import java.util.function.LongConsumer;

/**
 * How to load: dialect, chunk size, worker threads and a progress callback.
 *
 * @param format the dialect
 * @param chunkSize bytes per chunk (buffer size for {@code chunked}); within {@link ChunkLimits}
 * @param workers threads for {@code parallel}; within {@link ChunkLimits}
 * @param progress receives bytes done, as deltas (may be called from one thread at a time)
 */
public record LoadOptions(CsvFormat format, long chunkSize, int workers, LongConsumer progress) {
    /** Default chunk size: 8 MiB. */
    public static final long DEFAULT_CHUNK_SIZE = 8L << 20;

    /** Checks the values. */
    public LoadOptions {
        ChunkLimits.check(chunkSize, workers);
        java.util.Objects.requireNonNull(format, "format");
        java.util.Objects.requireNonNull(progress, "progress");
    }

    /** @return RFC 4180, 8 MiB chunks, one worker per available processor, no progress */
    public static LoadOptions defaults() {
        return new LoadOptions(CsvFormat.RFC4180, DEFAULT_CHUNK_SIZE,
                ChunkLimits.defaultWorkers(), done -> { });
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
