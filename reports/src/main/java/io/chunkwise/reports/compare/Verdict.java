package io.chunkwise.reports.compare;

/** What a change between two runs of one benchmark means. */
public enum Verdict {
    /** Worse in the metric's direction, statistically significant and beyond the threshold: fails CI. */
    REGRESSION("regression"),
    /** Better, significant and beyond the threshold. */
    IMPROVEMENT("improvement"),
    /** Significant but within the threshold. */
    WITHIN_THRESHOLD("within threshold"),
    /** Not statistically significant given both runs' errors: noise. */
    NOISE("noise"),
    /** Neither raw data nor error estimates: nothing can be concluded. */
    UNKNOWN("no error estimate"),
    /** In the baseline only. */
    MISSING("missing in current"),
    /** In the current run only. */
    NEW("new");

    private final String label;

    Verdict(String label) {
        this.label = label;
    }

    /** @return the verdict as printed in tables */
    public String label() {
        return label;
    }
}
