package io.chunkwise.reports.plan;

import io.chunkwise.reports.model.BenchmarkResult;
import io.chunkwise.reports.stats.LinearFit;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.OptionalDouble;
import java.util.regex.Pattern;

/**
 * Which benchmarks a capacity plan extrapolates and may recommend. A plan answers "what should I
 * run on an input of this size, and how long will it take?", so it extrapolates passes over the
 * input, not costs per operation, and recommends the variants on trial, not the peers measured
 * beside them.
 */
final class PlanCandidates {
    /**
     * Within this exponent of time against input size ({@code time ∝ size^b}, |b| below it), a
     * benchmark's time does not grow with its input. A pass over the input has b near 1, lowered by
     * its fixed costs at small sizes (at 4× the input, b stays above 0.2 until they are nine tenths of
     * the smaller run); a lookup in a larger index has b near 0 (a deeper search, colder caches: 0.1
     * or less), either way with the noise.
     */
    static final double FLAT_EXPONENT = 0.2;
    /** The smallest span of sizes (largest over smallest) an exponent is judged over: closer, it is noise. */
    static final double MIN_SPAN = 2;

    private PlanCandidates() {
    }

    /**
     * @param results results
     * @param benchmarks a pattern of benchmark names, found anywhere in the name (as JMH's includes)
     * @return the results whose benchmark it finds
     * @throws NothingToFitException when it finds none, naming the benchmarks there are
     */
    static List<BenchmarkResult> select(List<BenchmarkResult> results, Pattern benchmarks) {
        List<BenchmarkResult> selected = results.stream().filter(r -> benchmarks.matcher(r.benchmark()).find()).toList();
        if (selected.isEmpty()) {
            throw new NothingToFitException("no benchmark's name matches '" + benchmarks.pattern() + "' (the results hold "
                    + String.join(", ", results.stream().map(BenchmarkResult::benchmark).distinct().toList()) + ")");
        }
        return selected;
    }

    /**
     * @param sizes input sizes, one per measurement
     * @param seconds the times measured at them
     * @return how many times the fitted time changed over the sizes, when it changed too little for a
     *     pass over the input (see {@link #FLAT_EXPONENT}); empty when it grew enough or fell
     *     steeply, or when the sizes span too little (or a time is not positive) to tell
     */
    static OptionalDouble flatTimeGrowth(double[] sizes, double[] seconds) {
        double span = span(sizes);
        if (span < MIN_SPAN || Arrays.stream(seconds).anyMatch(s -> !(s > 0))) {
            return OptionalDouble.empty();
        }
        double exponent = LinearFit.of(Arrays.stream(sizes).map(Math::log).toArray(),
                Arrays.stream(seconds).map(Math::log).toArray()).slope();
        return Math.abs(exponent) < FLAT_EXPONENT ? OptionalDouble.of(Math.pow(span, exponent)) : OptionalDouble.empty();
    }

    /** @return the largest size over the smallest */
    static double span(double[] sizes) {
        return Arrays.stream(sizes).max().orElseThrow() / Arrays.stream(sizes).min().orElseThrow();
    }

    /**
     * @param byParameter for each planned variant, whether its benchmark names its variants by a
     *     parameter (strategy, variant…) rather than by its methods
     * @return whether some do and some do not: then those that do are the candidates
     */
    static boolean someNameVariantsByParameter(Map<String, Boolean> byParameter) {
        return byParameter.containsValue(true) && byParameter.containsValue(false);
    }

    /**
     * @param comparisons the benchmarks whose variants are planned as comparisons, e.g. {@code CsvPeerBenchmark}
     * @param candidates the benchmarks whose variants are the candidates
     * @return the note that says which are which, and why
     */
    static String comparisonNote(List<String> comparisons, List<String> candidates) {
        return "the variants of " + String.join(", ", comparisons) + " are comparisons, planned to be read beside those of "
                + String.join(", ", candidates) + " but never recommended: they are named by their methods, the candidates "
                + "by a parameter (strategy, variant…); to plan some as candidates, select them by name (plan --benchmark)";
    }
}
