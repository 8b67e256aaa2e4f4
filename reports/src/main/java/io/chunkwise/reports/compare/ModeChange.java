package io.chunkwise.reports.compare;

import io.chunkwise.reports.model.BenchmarkResult;
import io.chunkwise.reports.model.Mode;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

/**
 * Refuses a benchmark measured in one mode in the baseline and in another in the current run (its
 * {@code @BenchmarkMode} changed, or {@code -bm} was given to one run): a throughput and a time
 * per operation are different measures that no unit conversion makes one. Left alone, the pair
 * read as a benchmark missing and another new, or as "nothing compared", and never said why.
 */
final class ModeChange {
    private ModeChange() {
    }

    /**
     * @param missing baseline results with no result of their key in the current run
     * @param added current results with no result of their key in the baseline
     * @param baselineSource the baseline's file, for the message
     * @param currentSource the current run's file, for the message
     * @throws IllegalArgumentException naming a benchmark, its two modes and units, when one of
     *     {@code missing} has the benchmark, parameters and threads of one of {@code added}
     */
    static void refuse(Collection<BenchmarkResult> missing, Collection<BenchmarkResult> added, String baselineSource,
            String currentSource) {
        List<Pair> changed = new ArrayList<>();
        for (BenchmarkResult b : missing) {
            added.stream().filter(c -> sameButMode(b, c)).findFirst().ifPresent(c -> changed.add(new Pair(b, c)));
        }
        if (changed.isEmpty()) {
            return;
        }
        BenchmarkResult b = changed.getFirst().baseline();
        BenchmarkResult c = changed.getFirst().current();
        throw new IllegalArgumentException(b.benchmark() + (b.params().isEmpty() ? "" : " {" + b.paramsText() + "}") + b.threadsText()
                + " is measured in " + b.mode().jmh() + " (" + b.primary().unit() + ") in " + baselineSource + " and in "
                + c.mode().jmh() + " (" + c.primary().unit() + ") in " + currentSource + ": " + measure(b.mode()) + " and "
                + measure(c.mode()) + " are different measures, which no unit conversion makes one; measure both runs in one "
                + "mode (JMH -bm " + b.mode().jmh() + ")"
                + (changed.size() == 2 ? " (and 1 more benchmark measured in another mode)"
                        : changed.size() > 2 ? " (and " + (changed.size() - 1) + " more benchmarks measured in another mode)" : ""));
    }

    private record Pair(BenchmarkResult baseline, BenchmarkResult current) {
    }

    private static boolean sameButMode(BenchmarkResult b, BenchmarkResult c) {
        return b.mode() != c.mode() && b.benchmark().equals(c.benchmark()) && b.params().equals(c.params())
                && b.threads() == c.threads();
    }

    private static String measure(Mode mode) {
        return switch (mode) {
            case THROUGHPUT -> "a throughput";
            case AVERAGE_TIME -> "an average time per operation";
            case SAMPLE_TIME -> "a sampled time per operation";
            case SINGLE_SHOT -> "a single-shot time";
        };
    }
}
