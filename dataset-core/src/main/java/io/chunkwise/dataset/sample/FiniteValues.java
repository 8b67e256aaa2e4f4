package io.chunkwise.dataset.sample;

import io.chunkwise.dataset.arrow.CacheFormatException;
import io.chunkwise.dataset.arrow.CacheTable;

/**
 * Refuses a NaN or an infinity read from a feature or target column (pandas and numpy write NaN for
 * a missing value), as a null is refused: it would reach the training batches with only a NaN
 * checksum to show. Checked on the rows each dataset reads, so both refuse the same files.
 */
final class FiniteValues {
    private FiniteValues() {
    }

    /**
     * @param table the cache, for messages
     * @param layout the samples' columns
     * @param rows the feature values read, row-major, {@code layout.width()} a row
     * @param targets the target values read, one a row
     * @param at the index of the first row in both arrays
     * @param n rows read
     * @param firstRow the cache row of the first
     * @throws CacheFormatException naming the column, the row and the value of the first non-finite one
     */
    static void require(CacheTable table, SampleLayout layout, float[] rows, float[] targets, int at, int n,
            long firstRow) {
        int width = layout.width();
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < width; j++) {
                float v = rows[(at + i) * width + j];
                if (!Float.isFinite(v)) {
                    throw refused(table, "feature", layout.featureNames().get(j), firstRow + i, v);
                }
            }
            float t = targets[at + i];
            if (!Float.isFinite(t)) {
                throw refused(table, "target", table.columns().get(layout.targetColumn()).name(), firstRow + i, t);
            }
        }
    }

    /**
     * A NaN is a missing value another program wrote; an infinity is an overflow, which the cache
     * builder rejects (a Chunkwise cache holds one only when built before it did): each gets the
     * advice that its writer can act on.
     */
    private static CacheFormatException refused(CacheTable table, String role, String column, long row, float v) {
        return new CacheFormatException(table.file(), -1, role + " column '" + column + "' holds " + v + " at row " + row
                + " (0-based); samples need finite values: " + (Float.isNaN(v)
                        ? "fill or drop missing ones before writing the file"
                        : "rebuild the file (a Chunkwise cache by building it again from its bars, which rejects a row"
                                + " whose feature overflows float32); from another program, drop or clip such values"
                                + " where it is written"));
    }
}
