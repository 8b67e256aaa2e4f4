package io.chunkwise.reports.report;

import io.chunkwise.reports.model.BenchmarkResult;
import io.chunkwise.reports.model.Dimensions;
import io.chunkwise.reports.table.Groups;
import java.util.List;
import java.util.OptionalInt;
import java.util.OptionalLong;
import java.util.function.Function;

/**
 * The results in which a dimension varies: a benchmark and variant measured at one chunk size (or
 * one worker count) only has nothing to compare, and a table of it would be all 1.00× and 100%.
 */
final class Varied {
    private Varied() {
    }

    /**
     * @param results results
     * @return those whose benchmark and variant were measured at two chunk sizes or more
     */
    static List<BenchmarkResult> chunkSizes(List<BenchmarkResult> results) {
        return varied(results.stream().filter(r -> Dimensions.chunkBytes(r).isPresent()).toList(), Dimensions.CHUNK,
                r -> value(Dimensions.chunkBytes(r)));
    }

    /**
     * @param results results
     * @return those whose benchmark and variant were measured with two worker counts or more
     */
    static List<BenchmarkResult> workers(List<BenchmarkResult> results) {
        return varied(results.stream().filter(r -> Dimensions.workers(r).isPresent()).toList(), Dimensions.WORKERS,
                r -> value(Dimensions.workers(r)));
    }

    private static List<BenchmarkResult> varied(List<BenchmarkResult> results, List<String> dimension,
            Function<BenchmarkResult, Long> value) {
        return Groups.by(results, r -> Dimensions.context(r, dimension) + " " + Dimensions.variant(r)).values().stream()
                .filter(g -> g.stream().map(value).distinct().count() >= 2).flatMap(List::stream).toList();
    }

    private static Long value(OptionalLong v) {
        return v.getAsLong();
    }

    private static Long value(OptionalInt v) {
        return (long) v.getAsInt();
    }
}
