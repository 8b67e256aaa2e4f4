package io.chunkwise.reports.compare;

import io.chunkwise.reports.model.BenchmarkResult;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/**
 * Why two runs that share benchmarks compared none of them: the same benchmark (name, mode and
 * threads) measured with other parameter values ({@code -p size=8MiB} in one run, {@code size=16MiB}
 * in the other). Said with the parameters and values that differ, where "nothing compared" alone
 * reads as two unrelated suites.
 */
public final class ParamMismatch {
    private ParamMismatch() {
    }

    /**
     * @param baseline the baseline's results
     * @param current the current run's results
     * @param baselineName how the baseline is named to the user, e.g. its file
     * @param currentName how the current run is named
     * @return one clause per benchmark in both runs whose parameters differ, naming each differing
     *     parameter and its values on either side, e.g. {@code IndexBuildBenchmark.build (thrpt) is in
     *     both, with other params: size=8MiB in base.json, size=16MiB in cur.json}; empty when no
     *     benchmark is in both
     */
    public static Optional<String> describe(List<BenchmarkResult> baseline, List<BenchmarkResult> current, String baselineName,
            String currentName) {
        Map<String, List<BenchmarkResult>> base = byBenchmark(baseline);
        Map<String, List<BenchmarkResult>> cur = byBenchmark(current);
        List<String> clauses = new ArrayList<>();
        for (var e : base.entrySet()) {
            List<BenchmarkResult> other = cur.get(e.getKey());
            if (other == null) {
                continue;
            }
            Set<String> names = new TreeSet<>();
            e.getValue().forEach(r -> names.addAll(r.params().keySet()));
            other.forEach(r -> names.addAll(r.params().keySet()));
            List<String> differing = new ArrayList<>();
            for (String name : names) {
                Set<String> b = values(e.getValue(), name);
                Set<String> c = values(other, name);
                if (!b.equals(c)) {
                    differing.add(side(name, b) + " in " + baselineName + ", " + side(name, c) + " in " + currentName);
                }
            }
            if (!differing.isEmpty()) {
                BenchmarkResult any = e.getValue().getFirst();
                clauses.add(any.shortName() + " (" + any.mode().jmh() + ")" + any.threadsText() + " is in both, with other params: "
                        + String.join("; ", differing));
            }
        }
        return clauses.isEmpty() ? Optional.empty() : Optional.of(String.join("; ", clauses));
    }

    /** @return the results by benchmark, mode and threads: what must match before params do */
    private static Map<String, List<BenchmarkResult>> byBenchmark(List<BenchmarkResult> results) {
        Map<String, List<BenchmarkResult>> by = new LinkedHashMap<>();
        results.forEach(r -> by.computeIfAbsent(r.benchmark() + "\u0000" + r.mode() + "\u0000" + r.threads(), k -> new ArrayList<>())
                .add(r));
        return by;
    }

    /** @return the values a parameter takes in some results; "" for a result without it */
    private static Set<String> values(List<BenchmarkResult> results, String name) {
        Set<String> values = new TreeSet<>();
        results.forEach(r -> values.add(r.params().getOrDefault(name, "")));
        return values;
    }

    /** @return e.g. {@code size=8MiB}, {@code size=8MiB or 16MiB}, or {@code no size} */
    private static String side(String name, Set<String> values) {
        List<String> given = values.stream().filter(v -> !v.isEmpty()).toList();
        if (given.isEmpty()) {
            return "no " + name;
        }
        return name + "=" + String.join(" or ", given) + (values.contains("") ? " or none" : "");
    }
}
