package io.chunkwise.reports.plan;

import io.chunkwise.reports.model.BenchmarkResult;
import io.chunkwise.reports.model.Dimensions;
import io.chunkwise.reports.model.Measures;
import io.chunkwise.reports.model.Sizes;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.Set;
import java.util.TreeMap;

/**
 * The results with a size parameter that a plan cannot use as points, and why: a size parameter
 * that holds no size, a score unit that is neither a time nor a rate, a throughput of zero (no
 * time per operation follows from it), a time of zero. Each is named in a note, so that a variant
 * measured at two sizes, one of them left out, is never said to have been measured at one. The
 * results without a size parameter, which no fit of time against size can use, are named too.
 */
final class LeftOut {
    /** By label, then by reason: where each result left out for that reason was measured. */
    private final Map<String, Map<String, List<Where>>> byLabel = new LinkedHashMap<>();
    /** The labels of the results without a size parameter. */
    private final Set<String> unsized = new LinkedHashSet<>();

    private LeftOut() {
    }

    /**
     * @param results the results to plan
     * @return those of them that have a size parameter and cannot be points
     */
    static LeftOut of(List<BenchmarkResult> results) {
        LeftOut out = new LeftOut();
        for (BenchmarkResult r : results) {
            Optional<String> size = Dimensions.sizeParameter(r);
            if (size.isEmpty()) {
                out.unsized.add(label(r)); // not measured against a size at all: no point of any fit
                continue;
            }
            // named as the benchmark names it: "payload 'small.json'", not "size 'small.json'" for a parameter called payload
            String where = Dimensions.sizeBytes(r).isPresent() ? Sizes.format(Dimensions.sizeBytes(r).getAsLong())
                    : sizeName(r) + " '" + size.get() + "'";
            String others = others(r);
            Optional<String> why = Dimensions.sizeBytes(r).isEmpty() ? Optional.of("a size parameter that is no size")
                    : !Measures.hasTimeUnit(r) ? Optional.of("score unit '" + r.primary().unit() + "', not a time or throughput "
                            + "unit JMH writes (s/op, ms/op, us/op, ns/op, ops/s, ops/ms…)")
                    : Measures.secondsPerOp(r).isEmpty() ? Optional.of("a throughput of " + r.primary().value() + " "
                            + r.primary().unit() + ", from which no time per operation follows; a result of zero is no measurement")
                    : seconds(r).isEmpty() ? Optional.of("a time of " + r.primary().value() + " " + r.primary().unit()
                            + ", which no operation takes; a result of zero is no measurement")
                    : Optional.empty();
            why.ifPresent(w -> out.byLabel.computeIfAbsent(label(r), k -> new LinkedHashMap<>())
                    .computeIfAbsent(w, k -> new ArrayList<>()).add(new Where(where + (others.isEmpty() ? "" : " " + others),
                            r.mode().jmh() + r.threadsText())));
        }
        return out;
    }

    /**
     * @param r a result
     * @return the time per operation a plan uses: JMH's, when it is above zero (a throughput of
     *     zero has none, and a time of zero would pull a fit down to a time no run takes)
     */
    static OptionalDouble seconds(BenchmarkResult r) {
        OptionalDouble s = Measures.secondsPerOp(r);
        return s.isPresent() && s.getAsDouble() > 0 ? s : OptionalDouble.empty();
    }

    /** @return how notes name a result's benchmark and variant, e.g. {@code IndexBuildBenchmark.build FULL} */
    static String label(BenchmarkResult r) {
        return r.shortName() + " " + Dimensions.variant(r);
    }

    boolean isEmpty() {
        return byLabel.isEmpty();
    }

    boolean has(String label) {
        return byLabel.containsKey(label);
    }

    /**
     * @return a note naming the benchmarks measured without a size parameter, or empty when there
     *     are none: a plan fits time against input size, and they have no size to fit at
     */
    Optional<String> unsizedNote() {
        return unsized.isEmpty() ? Optional.empty() : Optional.of(String.join(", ", unsized) + ": no input size parameter (one of "
                + Dimensions.SIZE + "): a plan fits time against input size; not fitted (used for the chunk size and workers "
                + "front when they vary)");
    }

    /** @return the labels with results left out, in the order the results came */
    List<String> labels() {
        return List.copyOf(byLabel.keySet());
    }

    /**
     * @param label a label with results left out
     * @return what was left out and why, e.g. {@code the result at 8.0 MiB left out (a throughput of 0.0 ops/s, …)}
     */
    String clause(String label) {
        List<String> parts = new ArrayList<>();
        byLabel.get(label).forEach((why, where) -> {
            // one benchmark run in several modes (-bm all) or thread counts left out at one size: each named
            // with its mode, or "size 'x', size 'x', size 'x'" read as one result said three times
            boolean alike = where.stream().map(Where::at).distinct().count() < where.size();
            parts.add((where.size() == 1 ? "the result at " : "the results at ")
                    + String.join(", ", where.stream().map(w -> alike ? w.at() + " (" + w.run() + ")" : w.at()).toList())
                    + " left out (" + why + ")");
        });
        return String.join("; ", parts);
    }

    /**
     * Where a result left out was measured.
     *
     * @param at its size and other parameters, e.g. {@code 8.0 MiB {workers=4}}
     * @param run its mode and (when not 1) threads, e.g. {@code avgt}: what tells apart results at one size
     */
    private record Where(String at, String run) {
    }

    /** @return the name of the parameter {@link Dimensions#sizeParameter} read, as the benchmark spells it */
    private static String sizeName(BenchmarkResult r) {
        return r.params().keySet().stream().filter(k -> Dimensions.SIZE.contains(k.toLowerCase(Locale.ROOT))).findFirst()
                .orElse("size");
    }

    /** @return the parameters but the size and variant, which tell apart a label's configurations, e.g. {@code {workers=4}} */
    private static String others(BenchmarkResult r) {
        TreeMap<String, String> rest = new TreeMap<>();
        r.params().forEach((k, v) -> {
            String key = k.toLowerCase(Locale.ROOT);
            if (!Dimensions.SIZE.contains(key) && !Dimensions.VARIANT.contains(key)) {
                rest.put(k, v);
            }
        });
        return rest.isEmpty() ? "" : rest.toString();
    }
}
