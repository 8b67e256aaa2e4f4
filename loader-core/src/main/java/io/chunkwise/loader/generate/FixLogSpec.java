package io.chunkwise.loader.generate;

/**
 * What {@link FixLogGenerator} makes. The bytes depend on the master, the message count (or the
 * size), the rate and the seed — never on {@code workers} or {@code blockMessages}.
 *
 * @param messages how many messages, at least 0; or {@code -1} when {@code maxBytes} decides
 * @param maxBytes the log's size not to exceed (messages are added while they fit), or {@code -1}
 * @param discrepancyRate fraction of instrument-bearing messages planted with a discrepancy
 *     (symbol mismatch, unknown security or unknown symbol, equally often), in [0, 1]
 * @param seed same seed (and master), same bytes
 * @param workers threads, at least 1
 * @param blockMessages messages per unit of parallel work, at least 1
 */
public record FixLogSpec(long messages, long maxBytes, double discrepancyRate, long seed, int workers, int blockMessages) {
    /** The default seed. */
    public static final long DEFAULT_SEED = 42;
    /** The default discrepancy rate. */
    public static final double DEFAULT_DISCREPANCY_RATE = 0.02;
    private static final int DEFAULT_BLOCK = 8192;
    private static final int MAX_BLOCK = 1 << 20;

    /** Checks every parameter, naming the bad one. */
    public FixLogSpec {
        if ((messages < 0) == (maxBytes < 0)) {
            throw new IllegalArgumentException("give either a message count or a size (messages=" + messages + ", size="
                    + maxBytes + ")");
        }
        if (!(discrepancyRate >= 0 && discrepancyRate <= 1)) {
            throw new IllegalArgumentException("discrepancy rate must be between 0 and 1: " + discrepancyRate);
        }
        if (workers < 1) {
            throw new IllegalArgumentException("workers must be at least 1: " + workers);
        }
        if (blockMessages < 1 || blockMessages > MAX_BLOCK) {
            throw new IllegalArgumentException("block messages must be between 1 and " + MAX_BLOCK + ": " + blockMessages);
        }
    }

    /**
     * @param messages how many messages
     * @return a spec with the default rate, seed and the processor count as workers
     */
    public static FixLogSpec of(long messages) {
        if (messages < 0) {
            throw new IllegalArgumentException("messages cannot be negative: " + messages);
        }
        return new FixLogSpec(messages, -1, DEFAULT_DISCREPANCY_RATE, DEFAULT_SEED,
                Runtime.getRuntime().availableProcessors(), DEFAULT_BLOCK);
    }

    /**
     * @param maxBytes the log's size not to exceed: whole messages are added while they fit
     * @return a spec with the default rate, seed and the processor count as workers
     */
    public static FixLogSpec ofSize(long maxBytes) {
        if (maxBytes < 0) {
            throw new IllegalArgumentException("a size cannot be negative: " + maxBytes);
        }
        return new FixLogSpec(-1, maxBytes, DEFAULT_DISCREPANCY_RATE, DEFAULT_SEED,
                Runtime.getRuntime().availableProcessors(), DEFAULT_BLOCK);
    }

    /**
     * @param rate fraction of planted discrepancies
     * @return a copy with this rate
     */
    public FixLogSpec withDiscrepancyRate(double rate) {
        return new FixLogSpec(messages, maxBytes, rate, seed, workers, blockMessages);
    }

    /**
     * @param s the seed
     * @return a copy with this seed
     */
    public FixLogSpec withSeed(long s) {
        return new FixLogSpec(messages, maxBytes, discrepancyRate, s, workers, blockMessages);
    }

    /**
     * @param n worker threads
     * @return a copy with this many workers
     */
    public FixLogSpec withWorkers(int n) {
        return new FixLogSpec(messages, maxBytes, discrepancyRate, seed, n, blockMessages);
    }

    /**
     * @param n messages per block
     * @return a copy with this block size
     */
    public FixLogSpec withBlockMessages(int n) {
        return new FixLogSpec(messages, maxBytes, discrepancyRate, seed, workers, n);
    }
}
