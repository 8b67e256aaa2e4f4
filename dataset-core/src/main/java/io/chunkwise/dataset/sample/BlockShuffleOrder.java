package io.chunkwise.dataset.sample;

/**
 * A locality-friendly shuffle: samples are cut into blocks of {@code blockSize} consecutive samples;
 * the blocks are permuted, then samples within each block. The order depends only on
 * (samples, blockSize, seed, epoch) — never on workers or chunk size — and a position's sample is
 * computed in O(1) after a block's permutation (O(blockSize), cached per cursor).
 */
public final class BlockShuffleOrder implements SampleOrder {
    private final long samples;
    private final int blockSize;
    private final long seed;
    private final long epoch;
    private final int[] blockPermutation;
    private final int lastBlock;
    private final int lastSize;
    private final int lastSlot;

    /**
     * @param samples how many samples
     * @param blockSize samples per shuffle block
     * @param seed the seed
     * @param epoch the epoch (each epoch a different order)
     */
    public BlockShuffleOrder(long samples, int blockSize, long seed, long epoch) {
        if (blockSize < 1) {
            throw new IllegalArgumentException("shuffle block must be ≥ 1: " + blockSize);
        }
        long blocks = (samples + blockSize - 1) / blockSize;
        if (blocks > Integer.MAX_VALUE - 8) {
            throw new IllegalArgumentException("too many shuffle blocks (" + blocks + "); raise the shuffle block size");
        }
        this.samples = samples;
        this.blockSize = blockSize;
        this.seed = seed;
        this.epoch = epoch;
        this.blockPermutation = permutation((int) blocks, mix(seed, epoch, -1));
        this.lastBlock = (int) blocks - 1;
        this.lastSize = blocks == 0 ? 0 : (int) (samples - (long) lastBlock * blockSize);
        int slot = 0;
        for (int i = 0; i < blockPermutation.length; i++) {
            if (blockPermutation[i] == lastBlock) {
                slot = i;
            }
        }
        this.lastSlot = slot;
    }

    static long mix(long seed, long epoch, long block) {
        long z = seed * 0x9E3779B97F4A7C15L + epoch * 0xBF58476D1CE4E5B9L + block * 0x94D049BB133111EBL;
        z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
        z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
        return z ^ (z >>> 31);
    }

    private static int[] permutation(int n, long seed) {
        int[] p = new int[n];
        fill(p, n, seed);
        return p;
    }

    /** Fisher–Yates with a SplitMix64 stream (no allocation), bounded by multiply-shift. */
    private static void fill(int[] p, int n, long seed) {
        for (int i = 0; i < n; i++) {
            p[i] = i;
        }
        long state = seed;
        for (int i = n - 1; i > 0; i--) {
            state += 0x9E3779B97F4A7C15L;
            long z = state;
            z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
            z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
            z ^= z >>> 31;
            int j = (int) (((z >>> 32) * (i + 1L)) >>> 32);
            int t = p[i];
            p[i] = p[j];
            p[j] = t;
        }
    }

    @Override
    public long samples() {
        return samples;
    }

    /** @return samples per shuffle block */
    public int blockSize() {
        return blockSize;
    }

    @Override
    public Cursor cursor() {
        return new Cursor() {
            private final int[] within = new int[(int) Math.min(blockSize, Math.max(1, samples))];
            private int cached = -1;

            @Override
            public long sampleAt(long position) {
                long slot;
                long offset;
                long beforeLast = (long) lastSlot * blockSize;
                if (position < beforeLast) {
                    slot = position / blockSize;
                    offset = position % blockSize;
                } else if (position < beforeLast + lastSize) {
                    slot = lastSlot;
                    offset = position - beforeLast;
                } else {
                    long q = position - beforeLast - lastSize;
                    slot = lastSlot + 1 + q / blockSize;
                    offset = q % blockSize;
                }
                int block = blockPermutation[(int) slot];
                if (block != cached) {
                    int size = block == lastBlock ? lastSize : blockSize;
                    fill(within, size, mix(seed, epoch, block));
                    cached = block;
                }
                return (long) block * blockSize + within[(int) offset];
            }
        };
    }
}
