package io.chunkwise.profiler.metric;

/**
 * The unit a metric is sampled in, and how it is shown. Samples are kept in the base unit
 * (bytes, counts, milliseconds) so that nothing is lost; files show bytes as MiB.
 */
public enum Unit {
    /** Sampled in bytes, shown in MiB (column suffix {@code _mb}). */
    BYTES("MiB", "_mb", 1024.0 * 1024.0),
    /** A count (column without suffix). */
    COUNT("count", "", 1.0),
    /** Milliseconds (column suffix {@code _ms}). */
    MILLIS("ms", "_ms", 1.0);

    private final String display;
    private final String columnSuffix;
    private final double scale;

    Unit(String display, String columnSuffix, double scale) {
        this.display = display;
        this.columnSuffix = columnSuffix;
        this.scale = scale;
    }

    /** @return the unit's name in files and summaries, e.g. {@code MiB} */
    public String display() {
        return display;
    }

    /** @return what a column name ends with, e.g. {@code _mb} */
    public String columnSuffix() {
        return columnSuffix;
    }

    /**
     * Converts a sampled value to its display unit.
     *
     * @param raw the value in the base unit
     * @return the value in {@link #display()} units
     */
    public double toDisplay(long raw) {
        return raw / scale;
    }
}
