package io.chunkwise.reports.compare;

import io.chunkwise.reports.model.Measures;

/**
 * Says why a baseline's and a current score cannot be compared when their units do not convert:
 * compare converts only between time units of one kind (ops/ms and ops/s; ms/op and us/op), as
 * {@code report} does, and a refusal that only said "units differ" would send the user to rerun
 * with {@code -tu}, which cannot help.
 */
final class UnitMismatch {
    private UnitMismatch() {
    }

    /**
     * @param key the benchmark compared
     * @param metric {@link Comparison#PRIMARY} or a secondary metric's name
     * @param baselineUnit the baseline's unit
     * @param currentUnit the current run's unit, which does not convert to the baseline's
     * @return the refusal, naming both units, why they do not convert and what to do
     */
    static IllegalArgumentException refusal(String key, String metric, String baselineUnit, String currentUnit) {
        boolean primary = metric.equals(Comparison.PRIMARY);
        boolean modes = timed(baselineUnit) && timed(currentUnit);
        return new IllegalArgumentException(key + " " + metric + ": units differ (" + baselineUnit + " vs " + currentUnit + "): "
                + why(baselineUnit, currentUnit) + "; " + (!primary
                        ? "the two runs report this metric in different units; compare runs of one version of its profiler"
                        : modes ? "compare runs that measure it in one mode (JMH -bm)" : "compare runs that measure it in one unit"));
    }

    private static String why(String baselineUnit, String currentUnit) {
        boolean baselineTimed = timed(baselineUnit);
        boolean currentTimed = timed(currentUnit);
        if (baselineTimed && currentTimed) {
            // ops/s beside s/op: the mean inverts, but JMH's error and iterations do not invert with it
            return "a rate and a time per operation do not convert into one another";
        }
        if (baselineTimed || currentTimed) {
            String other = baselineTimed ? currentUnit : baselineUnit;
            return other + " is no rate of operations or time per operation, so it does not convert to "
                    + (baselineTimed ? baselineUnit : currentUnit);
        }
        return "only rates of operations (ops/s, ops/ms…) and times per operation (s/op, ms/op…) are converted";
    }

    private static boolean timed(String unit) {
        return Measures.isRate(unit) || Measures.isTimePerOp(unit);
    }
}
