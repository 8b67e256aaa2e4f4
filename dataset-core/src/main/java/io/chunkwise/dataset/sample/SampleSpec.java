package io.chunkwise.dataset.sample;

import io.chunkwise.dataset.arrow.CacheColumn;
import io.chunkwise.dataset.arrow.CacheFormatException;
import io.chunkwise.dataset.arrow.CacheTable;
import java.util.List;
import java.util.Locale;

/**
 * What a sample is: a window of {@code window} consecutive rows of the feature columns, and the
 * target column {@code horizon} rows after the window's last row.
 *
 * @param features feature column names, or an empty list for every floating column but the target's timestamp
 * @param target the target column
 * @param window rows per window (W ≥ 1)
 * @param horizon rows from the window's last row to the target (H ≥ 1)
 */
public record SampleSpec(List<String> features, String target, int window, int horizon) {

    /** Validates sizes and that no feature is named twice. */
    public SampleSpec {
        features = List.copyOf(features);
        if (new java.util.HashSet<>(features).size() != features.size()) {
            throw new IllegalArgumentException("features name a column twice: " + String.join(",", features));
        }
        if (window < 1) {
            throw new IllegalArgumentException("window must be ≥ 1: " + window);
        }
        if (horizon < 1) {
            throw new IllegalArgumentException("horizon must be ≥ 1: " + horizon);
        }
    }

    /**
     * Resolves column names against a cache and checks they can be read as floats.
     *
     * @param table the opened cache
     * @return the layout of samples over that cache
     * @throws CacheFormatException when a column is missing, not floating-point or has nulls
     * @throws IllegalArgumentException when the cache has fewer rows than a window plus its
     *     horizon: not one sample (an epoch would be silently empty)
     */
    public SampleLayout bind(CacheTable table) {
        List<CacheColumn> chosen = features.isEmpty()
                ? table.columns().stream().filter(c -> c.type().floating()).toList()
                : features.stream().map(table::column).toList();
        if (chosen.isEmpty()) {
            throw new CacheFormatException(table.file(), -1, "no floating-point columns to use as features");
        }
        for (CacheColumn c : chosen) {
            check(table, c, "feature");
        }
        CacheColumn t = table.column(target);
        check(table, t, "target");
        // after the columns: a column the cache lacks is the mistake to fix first, whatever the window
        if (table.rows() < (long) window + horizon) {
            long longest = table.rows() - horizon;
            // the way out a user needs: the longest window that yields a sample, or that none does
            String fits = longest >= 1
                    ? String.format(Locale.ROOT, "; the longest window it holds with that horizon is %,d", longest)
                    : "; no window fits with that horizon";
            throw new IllegalArgumentException(String.format(Locale.ROOT, "%s has %,d %s: a window of %,d plus a horizon of %,d"
                    + " needs at least %,d rows%s", table.file(), table.rows(), table.rows() == 1 ? "row" : "rows", window,
                    horizon, (long) window + horizon, fits));
        }
        int[] cols = chosen.stream().mapToInt(CacheColumn::index).toArray();
        return new SampleLayout(table.rows(), cols, chosen.stream().map(CacheColumn::name).toList(),
                t.index(), window, horizon);
    }

    private static void check(CacheTable table, CacheColumn c, String role) {
        if (!c.type().floating()) {
            throw new CacheFormatException(table.file(), -1, role + " column '" + c.name() + "' has type "
                    + c.arrowType() + "; it must be float32 or float64");
        }
        long nulls = table.nullCount(c.index());
        if (nulls > 0) {
            throw new CacheFormatException(table.file(), -1, role + " column '" + c.name() + "' has "
                    + nulls + (nulls == 1 ? " null" : " nulls") + "; samples need every value");
        }
    }
}
