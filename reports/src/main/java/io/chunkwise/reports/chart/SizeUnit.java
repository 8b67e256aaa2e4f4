package io.chunkwise.reports.chart;

/**
 * The binary unit a size axis is drawn in, chosen so that the largest value reads between 1 and
 * 1024 of it.
 *
 * @param label the unit's name, e.g. {@code MiB}
 * @param bytes bytes per unit
 */
public record SizeUnit(String label, double bytes) {
    private static final String[] LABELS = {"B", "KiB", "MiB", "GiB", "TiB"};

    /**
     * @param maxBytes the largest value on the axis
     * @return the unit
     */
    public static SizeUnit of(double maxBytes) {
        int i = 0;
        double unit = 1;
        while (i < LABELS.length - 1 && maxBytes >= unit * 1024) {
            unit *= 1024;
            i++;
        }
        return new SizeUnit(LABELS[i], unit);
    }

    /**
     * @param bytes a size in bytes
     * @return it in this unit
     */
    public double scale(double bytes) {
        return bytes / this.bytes;
    }
}
