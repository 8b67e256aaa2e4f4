package io.chunkwise.dataset.sample;

/**
 * A batch of samples in reused buffers: {@code features} is float32 {@code [B, W, F]} row-major,
 * {@code targets} is {@code [B]}, {@code samples} the sample index of each row (for audits). Only
 * the first {@link #size()} rows are valid. A batch from a loader is valid until the next call.
 */
public final class Batch {
    private final float[] features;
    private final float[] targets;
    private final long[] samples;
    private final int windowFloats;
    private int size;
    private long index;
    private double checksum;
    private long bitsChecksum;

    /**
     * @param capacity samples per batch (B)
     * @param windowFloats floats per sample window (W × F)
     */
    public Batch(int capacity, int windowFloats) {
        long floats = (long) capacity * windowFloats;
        if (floats > Integer.MAX_VALUE - 8) {
            throw new IllegalArgumentException("batch of " + capacity + " × " + windowFloats
                    + " floats does not fit one array; lower the batch size or the window");
        }
        this.features = new float[(int) floats];
        this.targets = new float[capacity];
        this.samples = new long[capacity];
        this.windowFloats = windowFloats;
    }

    /** @return the features, {@code [B, W, F]} row-major */
    public float[] features() {
        return features;
    }

    /** @return the targets, {@code [B]} */
    public float[] targets() {
        return targets;
    }

    /** @return each row's sample index */
    public long[] samples() {
        return samples;
    }

    /** @return valid rows */
    public int size() {
        return size;
    }

    /** @return capacity B */
    public int capacity() {
        return targets.length;
    }

    /** @return floats per sample window */
    public int windowFloats() {
        return windowFloats;
    }

    /** @return this batch's index in the epoch */
    public long index() {
        return index;
    }

    void fill(long batchIndex, int rows, SampleOrder.Cursor order, SampleCursor cursor, long firstPosition) {
        index = batchIndex;
        size = rows;
        for (int i = 0; i < rows; i++) {
            long s = order.sampleAt(firstPosition + i);
            samples[i] = s;
            targets[i] = cursor.copy(s, features, i * windowFloats);
        }
        checksum = sum();
        bitsChecksum = bitsSum();
    }

    /**
     * Sum of every valid window value and target, as doubles; the same for the same samples in any
     * row order up to rounding. Computed from this batch's buffers by the thread that assembled it
     * (so K workers share the work), right after assembly.
     *
     * @return the batch's checksum contribution
     */
    public double checksum() {
        return checksum;
    }

    /**
     * Sum, modulo 2<sup>64</sup>, of the IEEE bits of every valid window value and target: an
     * integer sum, so unlike {@link #checksum()} it is exactly the same for the same samples in any
     * order, batching or shuffle, and any changed value changes it.
     *
     * @return the batch's contribution to the exact checksum
     */
    public long bitsChecksum() {
        return bitsChecksum;
    }

    private long bitsSum() {
        long bits = 0;
        float[] v = features;
        for (int i = 0, n = size * windowFloats; i < n; i++) {
            bits += Float.floatToRawIntBits(v[i]);
        }
        for (int r = 0; r < size; r++) {
            bits += Float.floatToRawIntBits(targets[r]);
        }
        return bits;
    }

    private double sum() {
        double a0 = 0;
        double a1 = 0;
        double a2 = 0;
        double a3 = 0;
        double a4 = 0;
        double a5 = 0;
        double a6 = 0;
        double a7 = 0;
        float[] v = features;
        int n = size * windowFloats;
        int i = 0;
        for (; i + 7 < n; i += 8) {
            a0 += v[i];
            a1 += v[i + 1];
            a2 += v[i + 2];
            a3 += v[i + 3];
            a4 += v[i + 4];
            a5 += v[i + 5];
            a6 += v[i + 6];
            a7 += v[i + 7];
        }
        for (; i < n; i++) {
            a0 += v[i];
        }
        for (int r = 0; r < size; r++) {
            a1 += targets[r];
        }
        return ((a0 + a1) + (a2 + a3)) + ((a4 + a5) + (a6 + a7));
    }
}
