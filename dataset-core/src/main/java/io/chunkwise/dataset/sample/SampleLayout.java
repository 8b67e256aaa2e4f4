package io.chunkwise.dataset.sample;

import java.util.List;

/**
 * A {@link SampleSpec} bound to a cache: column indexes and counts. Sample {@code s} is rows
 * {@code [s, s + window)} of the features and row {@code s + window − 1 + horizon} of the target.
 *
 * @param rows rows in the cache
 * @param featureColumns column indexes of the features
 * @param featureNames their names
 * @param targetColumn column index of the target
 * @param window rows per window
 * @param horizon rows ahead of the window's last row
 */
public record SampleLayout(long rows, int[] featureColumns, List<String> featureNames, int targetColumn,
        int window, int horizon) {

    /** @return features per row (F) */
    public int width() {
        return featureColumns.length;
    }

    /** @return floats per sample window (W × F) */
    public int windowFloats() {
        return window * featureColumns.length;
    }

    /** @return rows − W − H + 1, or 0 when there are too few rows */
    public long samples() {
        return Math.max(0, rows - window - horizon + 1);
    }

    /** @return rows beyond a run of samples needed to complete its last window and target (W + H − 1) */
    public int overlap() {
        return window + horizon - 1;
    }
}
