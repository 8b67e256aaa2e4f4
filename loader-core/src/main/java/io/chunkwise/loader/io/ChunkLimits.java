package io.chunkwise.loader.io;

/**
 * The bounds of chunk sizes and worker counts, the same for every chunked reader (CSV loads and
 * FIX scans): beyond them a run would start more threads than any machine has cores for, or hold
 * chunks the size of a small file's whole memory budget.
 */
public final class ChunkLimits {
    /** The most worker threads a reader starts. */
    public static final int MAX_WORKERS = 256;
    /** The largest chunk: 1 GiB. */
    public static final long MAX_CHUNK_SIZE = 1L << 30;

    private ChunkLimits() {
    }

    /**
     * @param chunkSize bytes per chunk
     * @param workers threads
     * @throws IllegalArgumentException when either is out of bounds
     */
    public static void check(long chunkSize, int workers) {
        if (chunkSize < 1 || chunkSize > MAX_CHUNK_SIZE) {
            throw new IllegalArgumentException("chunk size must be between 1 byte and 1 GiB, was " + chunkSize);
        }
        if (workers < 1 || workers > MAX_WORKERS) {
            throw new IllegalArgumentException("workers must be between 1 and " + MAX_WORKERS + ", was " + workers);
        }
    }

    /** @return one worker per available processor, within the bounds */
    public static int defaultWorkers() {
        return Math.min(MAX_WORKERS, Runtime.getRuntime().availableProcessors());
    }
}
