package io.chunkwise.reports.plan;

import java.io.Serial;

/**
 * The results cannot give a capacity plan: no result has an input size, or no variant was
 * measured at two sizes. A report lists the plan as not possible rather than failing.
 */
public final class NothingToFitException extends IllegalArgumentException {
    @Serial
    private static final long serialVersionUID = 1L;

    /**
     * @param message what the results lack, and how to measure it
     */
    public NothingToFitException(String message) {
        super(message);
    }
}
