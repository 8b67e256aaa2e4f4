package io.chunkwise.dataset.sample;

import io.chunkwise.dataset.arrow.CacheTable;
import io.chunkwise.dataset.arrow.RowReader;
import java.util.Locale;

/**
 * The full-load baseline (a map-style dataset): every row is read into the heap and every sample
 * materialized up front, then batches copy from memory. Refuses, before allocating, when its
 * {@link MemoryEstimate} exceeds {@link MemoryEstimate#STANDARD_LIMIT} of the free heap.
 */
public final class StandardDataset implements SampleStore {
    private static final int MAX_ARRAY = Integer.MAX_VALUE - 16;
    private static final int LOAD_ROWS = 1 << 16;

    private final SampleLayout layout;
    private final float[][] blocks;
    private final float[] targets;
    private final int perBlock;

    private StandardDataset(SampleLayout layout, float[][] blocks, float[] targets, int perBlock) {
        this.layout = layout;
        this.blocks = blocks;
        this.targets = targets;
        this.perBlock = perBlock;
    }

    /**
     * Loads and materializes.
     *
     * @param table the cache
     * @param layout the samples
     * @return the dataset
     * @throws DatasetTooLargeException when it would not fit the heap
     */
    public static StandardDataset load(CacheTable table, SampleLayout layout) {
        // collected once before a refusal, so a second load is not refused for the first one's remains
        MemoryEstimate estimate = MemoryEstimate.of(layout, MemoryEstimate.STANDARD_LIMIT);
        long rawFloats = layout.rows() * layout.width();
        if (estimate.fraction() > MemoryEstimate.STANDARD_LIMIT || rawFloats > MAX_ARRAY
                || layout.samples() > MAX_ARRAY) {
            throw new DatasetTooLargeException("standard dataset of " + table.file() + " refused: "
                    + String.format(Locale.ROOT, "%,d samples of %d×%d floats ", layout.samples(), layout.window(), layout.width())
                    + estimate.describe() + "; use the iterable dataset, or raise the maximum heap");
        }
        int f = layout.width();
        int rows = (int) layout.rows();
        float[] raw = new float[rows * f];
        float[] rawTargets = new float[rows];
        int[] target = {layout.targetColumn()};
        try (RowReader reader = table.reader()) {
            for (int r = 0; r < rows; r += LOAD_ROWS) {
                int n = Math.min(LOAD_ROWS, rows - r);
                reader.read(r, n, layout.featureColumns(), raw, r * f);
                reader.read(r, n, target, rawTargets, r);
                FiniteValues.require(table, layout, raw, rawTargets, r, n, r);
            }
        }
        int wf = layout.windowFloats();
        int samples = (int) layout.samples();
        int perBlock = Math.max(1, (1 << 28) / wf);
        int blockCount = (samples + perBlock - 1) / perBlock;
        float[][] blocks = new float[blockCount][];
        float[] targets = new float[samples];
        int lead = layout.window() - 1 + layout.horizon();
        for (int b = 0; b < blockCount; b++) {
            int first = b * perBlock;
            int n = Math.min(perBlock, samples - first);
            float[] block = new float[n * wf];
            for (int i = 0; i < n; i++) {
                System.arraycopy(raw, (first + i) * f, block, i * wf, wf);
            }
            blocks[b] = block;
        }
        for (int s = 0; s < samples; s++) {
            targets[s] = rawTargets[s + lead];
        }
        return new StandardDataset(layout, blocks, targets, perBlock);
    }

    @Override
    public SampleLayout layout() {
        return layout;
    }

    @Override
    public long residentBytes() {
        return layout.samples() * (layout.windowFloats() + 1L) * Float.BYTES;
    }

    @Override
    public SampleCursor cursor() {
        int wf = layout.windowFloats();
        return new SampleCursor() {
            @Override
            public float copy(long sample, float[] dst, int offset) {
                int s = (int) sample;
                System.arraycopy(blocks[s / perBlock], (s % perBlock) * wf, dst, offset, wf);
                return targets[s];
            }

            @Override
            public void close() {
                // the dataset owns the arrays
            }
        };
    }

    @Override
    public void close() {
        // heap arrays only
    }
}
