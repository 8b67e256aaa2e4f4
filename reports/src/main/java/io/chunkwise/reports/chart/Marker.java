package io.chunkwise.reports.chart;

import java.util.Objects;

/**
 * A vertical line across a chart at an x value, labelled (a phase of a profiled run, a target).
 *
 * @param x where the line is drawn, in x-axis units
 * @param label the text written next to it
 * @param level the label's row from the top (0, 1, 2…), so close labels do not overlap
 */
public record Marker(double x, String label, int level) {
    /** Validates the marker. */
    public Marker {
        Objects.requireNonNull(label, "label");
        if (!Double.isFinite(x) || level < 0) {
            throw new IllegalArgumentException("a marker needs a finite x and a non-negative level");
        }
    }
}
