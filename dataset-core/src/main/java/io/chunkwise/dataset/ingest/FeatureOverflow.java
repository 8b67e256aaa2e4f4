package io.chunkwise.dataset.ingest;

import java.util.List;
import java.util.Locale;

/**
 * Rows whose features the cache's float32 cannot hold. Features are computed in double from prices
 * that each fit float32, but a ratio of two extreme ones does not ({@code 1e30 / 1e-30}): written, it
 * would be an infinity that every dataset refuses. Such a row is rejected like a price out of range.
 */
final class FeatureOverflow {
    private FeatureOverflow() {
    }

    /**
     * @param values the cache's columns, the features from {@code firstFeature} on
     * @param firstFeature the index of the first feature column
     * @param from the first row to check
     * @param to the end of the rows to check
     * @return the first row from {@code from} with a feature that is not finite as float32, or {@code to}
     */
    static int first(double[][] values, int firstFeature, int from, int to) {
        int end = to;
        for (int f = firstFeature; f < values.length; f++) {
            double[] column = values[f];
            for (int i = from; i < end; i++) {
                if (!Float.isFinite((float) column[i])) {
                    end = i;
                    break;
                }
            }
        }
        return end;
    }

    /**
     * @param names the feature columns' names
     * @param values the cache's columns
     * @param firstFeature the index of the first feature column
     * @param row a row {@link #first} found
     * @return why it is rejected, naming its first such feature and its value
     */
    static String reason(List<String> names, double[][] values, int firstFeature, int row) {
        for (int f = firstFeature; f < values.length; f++) {
            double v = values[f][row];
            if (!Float.isFinite((float) v)) {
                String name = names.get(f - firstFeature);
                return Double.isFinite(v)
                        ? String.format(Locale.ROOT, "feature %s = %.3g out of float32 range (the cache stores float32,"
                                + " up to 3.4e38 in magnitude): extreme prices in this row or the ones before it", name, v)
                        : "feature " + name + " is " + v + ": extreme prices in this row or the ones before it";
            }
        }
        throw new IllegalArgumentException("row " + row + " has no feature out of float32 range");
    }
}
