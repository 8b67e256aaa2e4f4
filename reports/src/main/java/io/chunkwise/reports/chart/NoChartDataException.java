package io.chunkwise.reports.chart;

import java.io.Serial;

/**
 * A chart was asked for without the data to draw it (no series, or an empty one): an error
 * naming what is missing, never a blank image.
 */
public final class NoChartDataException extends IllegalArgumentException {
    @Serial
    private static final long serialVersionUID = 1L;

    /** @param message what data is missing, for which chart */
    public NoChartDataException(String message) {
        super(message);
    }
}
