package io.chunkwise.reports.compare;

/**
 * Compares a change or ratio computed from two scores with a limit the user wrote, so that a value
 * exactly at the limit is at it: the division leaves its last bit ((3.15 - 3) / 3 is
 * 4.9999999999999964%, 0.3 / 0.1 is 2.9999999999999996), and a verdict must not turn on that bit
 * while the table prints 5.0% and 3.00×. A NaN (0 / 0) is at no limit and meets none.
 */
final class AtTheLimit {
    /** Far above a division's rounding error, far below any difference a benchmark measures. */
    private static final double RELATIVE = 1e-9;

    private AtTheLimit() {
    }

    /** @return whether value is at least limit, or equal to it up to rounding */
    static boolean atLeast(double value, double limit) {
        return value >= limit || same(value, limit);
    }

    /** @return whether value is above limit by more than rounding */
    static boolean above(double value, double limit) {
        return value > limit && !same(value, limit);
    }

    /** @return whether value is at most limit, or equal to it up to rounding */
    static boolean atMost(double value, double limit) {
        return value <= limit || same(value, limit);
    }

    /** @return whether value is below limit by more than rounding */
    static boolean below(double value, double limit) {
        return value < limit && !same(value, limit);
    }

    private static boolean same(double value, double limit) {
        return Math.abs(value - limit) <= RELATIVE * Math.max(Math.abs(value), Math.abs(limit));
    }
}
