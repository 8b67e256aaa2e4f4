package io.chunkwise.dataset.sample;

import io.chunkwise.dataset.arrow.CacheTable;
import io.chunkwise.dataset.arrow.RowReader;

/**
 * The streaming dataset: each cursor holds one chunk — the rows of {@code chunkSamples} consecutive
 * window starts plus the W + H − 1 rows that complete the last window and its target — so windows
 * crossing chunk boundaries are exact, and memory per cursor is
 * {@code (chunk + W + H − 1) × (F + 1)} floats whatever the number of rows.
 */
public final class IterableDataset implements SampleStore {
    private final CacheTable table;
    private final SampleLayout layout;
    private final int chunkSamples;

    /**
     * @param table the cache (must stay open while cursors are used)
     * @param layout the samples
     * @param chunkSamples window starts per chunk (the {@code --chunk-size} in rows); capped at the
     *     layout's samples, so a chunk larger than the file costs no more than the file
     */
    public IterableDataset(CacheTable table, SampleLayout layout, int chunkSamples) {
        if (chunkSamples < 1) {
            throw new IllegalArgumentException("chunk size must be ≥ 1: " + chunkSamples);
        }
        // a chunk never needs more window starts than the file has samples
        int capped = (int) Math.min(chunkSamples, Math.max(1, layout.samples()));
        long rowsPerChunk = (long) capped + layout.overlap();
        if (rowsPerChunk * layout.width() > Integer.MAX_VALUE - 16) {
            throw new IllegalArgumentException("chunk size " + chunkSamples + " is too large for one array");
        }
        this.table = table;
        this.layout = layout;
        this.chunkSamples = capped;
    }

    /** @return window starts per chunk */
    public int chunkSamples() {
        return chunkSamples;
    }

    @Override
    public SampleLayout layout() {
        return layout;
    }

    @Override
    public long residentBytes() {
        return ((long) chunkSamples + layout.overlap()) * (layout.width() + 1L) * Float.BYTES;
    }

    @Override
    public SampleCursor cursor() {
        return new ChunkCursor();
    }

    @Override
    public void close() {
        // cursors own their readers; the caller owns the table
    }

    private final class ChunkCursor implements SampleCursor {
        private final RowReader reader = table.reader();
        private final int width = layout.width();
        private final int windowFloats = layout.windowFloats();
        private final int lead = layout.window() - 1 + layout.horizon();
        private final float[] rows = new float[(chunkSamples + layout.overlap()) * layout.width()];
        private final float[] targets = new float[chunkSamples + layout.overlap()];
        private final int[] targetColumn = {layout.targetColumn()};
        private long firstSample = -1;
        private long endSample = -1;

        @Override
        public float copy(long sample, float[] dst, int offset) {
            if (sample < firstSample || sample >= endSample) {
                load(sample / chunkSamples);
            }
            int local = (int) (sample - firstSample);
            System.arraycopy(rows, local * width, dst, offset, windowFloats);
            return targets[local + lead];
        }

        private void load(long chunk) {
            long first = chunk * chunkSamples;
            long samples = Math.min(chunkSamples, layout.samples() - first);
            if (samples <= 0) {
                throw new IndexOutOfBoundsException("sample " + first + " beyond " + layout.samples());
            }
            int n = (int) samples + layout.overlap();
            reader.read(first, n, layout.featureColumns(), rows, 0);
            reader.read(first, n, targetColumn, targets, 0);
            FiniteValues.require(table, layout, rows, targets, 0, n, first);
            firstSample = first;
            endSample = first + samples;
        }

        @Override
        public void close() {
            reader.close();
        }
    }
}
