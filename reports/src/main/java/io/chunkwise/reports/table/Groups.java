package io.chunkwise.reports.table;

import io.chunkwise.reports.model.BenchmarkResult;
import io.chunkwise.reports.model.Dimensions;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

/** Groups results for tables and charts, and picks a group's baseline variant. */
public final class Groups {
    /** The variant that ratios are taken against when a group has it. */
    public static final String BASELINE_VARIANT = "full";

    private Groups() {
    }

    /**
     * @param results results in file order
     * @param key the grouping key
     * @return groups in order of first appearance
     */
    public static Map<String, List<BenchmarkResult>> by(List<BenchmarkResult> results, Function<BenchmarkResult, String> key) {
        Map<String, List<BenchmarkResult>> groups = new LinkedHashMap<>();
        results.forEach(r -> groups.computeIfAbsent(key.apply(r), k -> new ArrayList<>()).add(r));
        return groups;
    }

    /**
     * The baseline variant of a group: {@value #BASELINE_VARIANT} when present, else the first
     * variant in file order.
     *
     * @param group results of one context
     * @return the baseline variant's name, when the group is not empty
     */
    public static Optional<String> baseline(List<BenchmarkResult> group) {
        return group.stream().map(Dimensions::variant).filter(BASELINE_VARIANT::equalsIgnoreCase).findFirst()
                .or(() -> group.stream().map(Dimensions::variant).findFirst());
    }
}
