package io.chunkwise.loader.fix;

import io.chunkwise.loader.io.ChunkLimits;
import java.util.function.LongConsumer;

/**
 * How to scan a log.
 *
 * @param workers threads (1 scans in the calling thread)
 * @param chunkSize bytes per chunk (the one asked for: a log is cut into at most {@value
 *     io.chunkwise.loader.io.ChunkPlanner#MAX_CHUNKS}, {@link ScanSummary#chunkSize()}); results of at
 *     most {@code 2 × workers} chunks are held at once
 * @param countLines whether line numbers are wanted ({@link ChunkStats#firstLine()} is 0 when not)
 * @param progress receives bytes scanned, as deltas, in chunk order
 * @param delimiter the printable byte the log writes for SOH, accepted beside it ({@code |} unless
 *     {@link FixLogFormat#inspect} found another)
 */
public record ScanOptions(int workers, long chunkSize, boolean countLines, LongConsumer progress,
        PrintableDelimiter delimiter) {
    /** Default chunk size: 16 MiB. */
    public static final long DEFAULT_CHUNK_SIZE = 16L << 20;

    /** Validates the options. */
    public ScanOptions {
        ChunkLimits.check(chunkSize, workers);
        if (progress == null) {
            progress = bytes -> { };
        }
        if (delimiter == null) {
            delimiter = PrintableDelimiter.PIPE;
        }
    }

    /**
     * Options for a log delimited by SOH or {@code |}.
     *
     * @param workers threads (1 scans in the calling thread)
     * @param chunkSize bytes per chunk
     * @param countLines whether line numbers are wanted
     * @param progress receives bytes scanned, or {@code null}
     */
    public ScanOptions(int workers, long chunkSize, boolean countLines, LongConsumer progress) {
        this(workers, chunkSize, countLines, progress, PrintableDelimiter.PIPE);
    }

    /** @return one worker, one chunk of 16 MiB at a time, line numbers counted */
    public static ScanOptions serial() {
        return new ScanOptions(1, DEFAULT_CHUNK_SIZE, true, null);
    }

    /**
     * @param workers threads
     * @return {@code workers} threads over 16 MiB chunks, line numbers counted
     */
    public static ScanOptions parallel(int workers) {
        return new ScanOptions(workers, DEFAULT_CHUNK_SIZE, true, null);
    }

    /** @return these options with another chunk size */
    public ScanOptions withChunkSize(long bytes) {
        return new ScanOptions(workers, bytes, countLines, progress, delimiter);
    }

    /** @return these options with line counting on or off */
    public ScanOptions withCountLines(boolean count) {
        return new ScanOptions(workers, chunkSize, count, progress, delimiter);
    }

    /** @return these options reporting progress to {@code consumer} */
    public ScanOptions withProgress(LongConsumer consumer) {
        return new ScanOptions(workers, chunkSize, countLines, consumer, delimiter);
    }

    /** @return these options for a log that writes {@code printable} for SOH */
    public ScanOptions withDelimiter(PrintableDelimiter printable) {
        return new ScanOptions(workers, chunkSize, countLines, progress, printable);
    }
}
