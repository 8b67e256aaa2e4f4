package io.chunkwise.reports.model;

import java.util.Objects;

/**
 * A named moment of a profiled run (a line of {@code phases.csv}).
 *
 * @param name the phase that starts here, e.g. {@code index}
 * @param atMs milliseconds since the run started
 */
public record PhaseMark(String name, double atMs) {
    /** Validates the mark. */
    public PhaseMark {
        Objects.requireNonNull(name, "name");
        if (!Double.isFinite(atMs) || atMs < 0) {
            throw new IllegalArgumentException("a phase mark needs a finite, non-negative time: " + atMs);
        }
    }
}
