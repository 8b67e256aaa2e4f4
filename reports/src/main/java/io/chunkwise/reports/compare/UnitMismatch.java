package io.chunkwise.reports.compare;

import io.chunkwise.reports.model.Measures;
import io.chunkwise.reports.model.MemoryUnit;
import java.util.Optional;

/**
 * Says why a baseline's and a current score cannot be compared when their units do not convert:
 * compare converts only between time units of one kind (ops/ms and ops/s; ms/op and us/op) and
 * between memory units per the same thing (B and MiB; B/op and KiB/op), as {@code report} does,
 * and a refusal that only said "units differ" would send the user to rerun with {@code -tu}, which
 * cannot help.
 */
final class UnitMismatch {
    private UnitMismatch() {
    }

    /**
     * @param key the benchmark compared
     * @param metric {@link Comparison#PRIMARY} or a secondary metric's name
     * @param baselineUnit the baseline's unit
     * @param currentUnit the current run's unit, which does not convert to the baseline's
     * @param baselineSource the baseline's file, or null when the results came from no file
     * @param currentSource the current run's file, or null when the results came from no file
     * @return the refusal, naming both units (and the file of each: a CI log shows one line, and a user
     *     must know which run to fix), why they do not convert and what to do
     */
    static IllegalArgumentException refusal(String key, String metric, String baselineUnit, String currentUnit,
            String baselineSource, String currentSource) {
        boolean primary = metric.equals(Comparison.PRIMARY);
        boolean modes = timed(baselineUnit) && timed(currentUnit);
        return new IllegalArgumentException(key + " " + metric + ": units differ (" + baselineUnit + in(baselineSource) + " vs "
                + currentUnit + in(currentSource) + "): "
                + why(baselineUnit, currentUnit) + "; " + (!primary
                        ? "the two runs report this metric in different units; compare runs of one version of its profiler"
                        : modes ? "compare runs that measure it in one mode (JMH -bm)" : "compare runs that measure it in one unit"));
    }

    private static String in(String source) {
        return source == null ? "" : " in " + source;
    }

    private static String why(String baselineUnit, String currentUnit) {
        boolean baselineTimed = timed(baselineUnit);
        boolean currentTimed = timed(currentUnit);
        if (baselineTimed && currentTimed) {
            // ops/s beside s/op: the mean inverts, but JMH's error and iterations do not invert with it
            return "a rate and a time per operation do not convert into one another";
        }
        Optional<MemoryUnit> baselineMemory = MemoryUnit.parse(baselineUnit);
        Optional<MemoryUnit> currentMemory = MemoryUnit.parse(currentUnit);
        if (baselineMemory.isPresent() && currentMemory.isPresent()) {
            // B/op beside bytes: memory per operation is no memory in all
            return "memory " + per(baselineMemory.get()) + " does not convert to memory " + per(currentMemory.get());
        }
        if (baselineTimed || currentTimed) {
            String other = baselineTimed ? currentUnit : baselineUnit;
            return other + " is no rate of operations or time per operation, so it does not convert to "
                    + (baselineTimed ? baselineUnit : currentUnit);
        }
        if (baselineMemory.isPresent() || currentMemory.isPresent()) {
            String other = baselineMemory.isPresent() ? currentUnit : baselineUnit;
            return other + " is no unit of memory (" + MemoryUnit.KNOWN + "), so it does not convert to "
                    + (baselineMemory.isPresent() ? baselineUnit : currentUnit);
        }
        return "only rates of operations (ops/s, ops/ms…), times per operation (s/op, ms/op…) and memory (B, KiB, MiB…, "
                + "alone or per the same thing: B/op, MB/sec) are converted";
    }

    private static String per(MemoryUnit unit) {
        return unit.isCount() ? "as a byte count" : "per " + unit.per();
    }

    private static boolean timed(String unit) {
        return Measures.isRate(unit) || Measures.isTimePerOp(unit);
    }
}
