package io.chunkwise.dataset.ingest;

/**
 * The time between consecutive rows of a cache: their closest spacing and their largest gap. A
 * window is consecutive rows whatever the time between them, so a weekend, a stretch the source
 * lacks or a mistyped year on the last row (which no out-of-order check can catch) is said in the
 * summary rather than spanned silently. Constant memory, whatever the file.
 */
final class TimeGaps {
    private boolean any;
    private long previous;
    private long spacing = Long.MAX_VALUE;
    private long largest;
    private long largestLine;

    /**
     * @param time the row's UTC milliseconds, after the previous row's (the reader rejects the others)
     * @param line the row's line in the bars file
     */
    void add(long time, long line) {
        if (any) {
            long gap = time - previous;
            spacing = Math.min(spacing, gap);
            if (gap > largest) {
                largest = gap;
                largestLine = line;
            }
        }
        any = true;
        previous = time;
    }

    /** @return the smallest time between two consecutive rows, in ms; null with fewer than two rows */
    Long spacingMillis() {
        return largest == 0 ? null : spacing;
    }

    /** @return the largest time between two consecutive rows, in ms, when more than the spacing; else null */
    Long largestGapMillis() {
        return largest > spacing ? largest : null;
    }

    /** @return the line of the row after the largest gap, when there is one; else null */
    Long largestGapLine() {
        return largest > spacing ? largestLine : null;
    }
}
