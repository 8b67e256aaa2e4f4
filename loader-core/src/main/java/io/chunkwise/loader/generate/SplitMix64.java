package io.chunkwise.loader.generate;

/**
 * SplitMix64: a small, fast, fully specified generator, so that generated files are the same on
 * every JDK. Reseedable in place, so a generator can derive a fresh stream per row or block from
 * {@code (seed, index)} without allocating. Not thread-safe: one per thread.
 */
public final class SplitMix64 {
    private static final long GOLDEN = 0x9E3779B97F4A7C15L;

    private long state;

    /**
     * @param seed the initial state
     */
    public SplitMix64(long seed) {
        this.state = seed;
    }

    /**
     * Restarts this generator on the stream of {@code (seed, stream)}: independent streams for
     * distinct indexes, the same numbers for the same pair.
     *
     * @param seed the user's seed
     * @param stream e.g. a row or block index
     * @return this generator
     */
    public SplitMix64 reset(long seed, long stream) {
        state = mix(seed ^ mix(stream * GOLDEN + 0x632BE59BD9B4E019L));
        return this;
    }

    /** @return the next 64 random bits */
    public long nextLong() {
        state += GOLDEN;
        return mix(state);
    }

    /**
     * @param bound the exclusive upper bound, positive
     * @return a number in {@code [0, bound)} (multiply-shift; the bias is below 2^-31)
     */
    public int nextInt(int bound) {
        return (int) (((nextLong() >>> 32) * bound) >>> 32);
    }

    /**
     * @param bound the exclusive upper bound, positive
     * @return a number in {@code [0, bound)}
     */
    public long nextLong(long bound) {
        return Math.floorMod(nextLong(), bound);
    }

    /** @return a number in {@code [0, 1)} with 53 random bits */
    public double nextDouble() {
        return (nextLong() >>> 11) * 0x1.0p-53;
    }

    /**
     * @param probability of {@code true}
     * @return whether the event happened
     */
    public boolean chance(double probability) {
        return nextDouble() < probability;
    }

    /** @return a standard normal variate (Box–Muller, one of the pair) */
    public double nextGaussian() {
        double u = 1.0 - nextDouble(); // (0, 1]
        double v = nextDouble();
        return Math.sqrt(-2.0 * Math.log(u)) * Math.cos(2.0 * Math.PI * v);
    }

    /**
     * A stateless hash of three values, for decisions that must be recomputable from an index alone.
     *
     * @param seed the user's seed
     * @param index e.g. a row index
     * @param salt distinguishes the decisions made about one index
     * @return 64 well-mixed bits
     */
    public static long hash(long seed, long index, long salt) {
        return mix(seed ^ mix(index * GOLDEN ^ mix(salt + GOLDEN)));
    }

    /**
     * @param bits a {@link #hash} value
     * @return it as a number in {@code [0, 1)}
     */
    public static double unit(long bits) {
        return (bits >>> 11) * 0x1.0p-53;
    }

    /**
     * The SplitMix64 finalizer (Stafford variant 13), a bijection on 64-bit values.
     *
     * @param z any value
     * @return its mix
     */
    public static long mix(long z) {
        z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
        z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
        return z ^ (z >>> 31);
    }
}
