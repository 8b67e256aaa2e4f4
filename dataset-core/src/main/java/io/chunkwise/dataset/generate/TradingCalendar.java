package io.chunkwise.dataset.generate;

/**
 * The spot FX week in UTC: open from Sunday 22:00 to Friday 22:00, closed over the weekend; and
 * the intraday activity profile (quiet late New York and Asia, busiest in the London–New York overlap).
 */
final class TradingCalendar {
    private static final long WEEK = 7 * 86_400L;
    /** 1970-01-01 was a Thursday: seconds from a Thursday 00:00 to the Friday 22:00 close. */
    private static final long CLOSE_IN_WEEK = 86_400L + 22 * 3_600L;
    /** Seconds from the Friday 22:00 close to the Sunday 22:00 open. */
    private static final long CLOSURE = 2 * 86_400L;
    private static final double[] HOURLY_ACTIVITY = {
        0.55, 0.60, 0.60, 0.55, 0.50, 0.55, 0.75, 1.05, 1.25, 1.20, 1.10, 1.05,
        1.30, 1.45, 1.50, 1.35, 1.15, 0.95, 0.80, 0.70, 0.60, 0.50, 0.45, 0.50,
    };

    private static final double MEAN_ACTIVITY = java.util.Arrays.stream(HOURLY_ACTIVITY).average().orElseThrow();

    private TradingCalendar() {
    }

    /**
     * @param epochSecond a time
     * @return whether the FX market is closed then (the weekend)
     */
    static boolean isClosed(long epochSecond) {
        long inWeek = Math.floorMod(epochSecond - CLOSE_IN_WEEK, WEEK);
        return inWeek < CLOSURE;
    }

    /**
     * @param epochSecond a closed time
     * @return the next open (Sunday 22:00 UTC)
     */
    static long nextOpen(long epochSecond) {
        long inWeek = Math.floorMod(epochSecond - CLOSE_IN_WEEK, WEEK);
        return epochSecond - inWeek + CLOSURE;
    }

    /**
     * @param epochSecond a bar's open
     * @param seconds the bar's length
     * @return the relative activity (volatility and volume multiplier) over the bar's UTC hours,
     *     1 on average over a day
     */
    static double activity(long epochSecond, long seconds) {
        int first = (int) (Math.floorMod(epochSecond, 86_400L) / 3_600);
        int hours = (int) Math.min(24, Math.max(1, (seconds + 3_599) / 3_600));
        double sum = 0;
        for (int h = 0; h < hours; h++) {
            sum += HOURLY_ACTIVITY[(first + h) % 24];
        }
        return sum / hours / MEAN_ACTIVITY;
    }
}
