package io.chunkwise.reports.compare;

import io.chunkwise.reports.model.BenchmarkResult;
import io.chunkwise.reports.model.Dimensions;
import io.chunkwise.reports.model.Sizes;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.OptionalLong;

/**
 * Pairs a baseline result with the current run's result of one size written another way
 * ({@code size=1GiB} beside {@code size=1024MiB}, a {@code @Param} respelled in the PR): keyed by
 * their text, the two read as a benchmark missing and another new, and a CI gate failed on a
 * benchmark that ran. Only the input and chunk size parameters ({@link Dimensions#SIZE},
 * {@link Dimensions#CHUNK}) are read as sizes; every other parameter must be written alike.
 */
final class SizeSpellings {
    private SizeSpellings() {
    }

    /**
     * @param baseline a baseline result with no result of its key in the current run
     * @param candidates the current run's results not yet paired
     * @return the one that differs from it only by how its sizes are written, when there is one
     */
    static Optional<BenchmarkResult> pair(BenchmarkResult baseline, Collection<BenchmarkResult> candidates) {
        return candidates.stream().filter(c -> sameButSpelling(baseline, c)).findFirst();
    }

    /**
     * @param comparisons a report's comparisons
     * @return one sentence per benchmark paired across two spellings of its sizes, naming both
     */
    static List<String> notes(List<Comparison> comparisons) {
        List<String> notes = new ArrayList<>();
        for (Comparison c : comparisons) {
            if (c.isPrimary() && c.baseline() != null && c.current() != null && !c.baseline().params().equals(c.current().params())) {
                notes.add(c.current().shortName() + " (" + c.current().mode().jmh() + ")" + c.current().threadsText() + ": {"
                        + c.current().paramsText() + "} in the current run is {" + c.baseline().paramsText()
                        + "} in the baseline, the same sizes written another way: compared as one benchmark.");
            }
        }
        return notes;
    }

    private static boolean sameButSpelling(BenchmarkResult b, BenchmarkResult c) {
        if (b.mode() != c.mode() || !b.benchmark().equals(c.benchmark()) || b.threads() != c.threads()
                || !b.params().keySet().equals(c.params().keySet()) || b.params().equals(c.params())) {
            return false;
        }
        return b.params().keySet().stream().allMatch(name -> sameValue(name, b.params().get(name), c.params().get(name)));
    }

    private static boolean sameValue(String name, String baseline, String current) {
        if (baseline.equals(current)) {
            return true;
        }
        String key = name.toLowerCase(Locale.ROOT);
        if (!Dimensions.SIZE.contains(key) && !Dimensions.CHUNK.contains(key)) {
            return false;
        }
        OptionalLong b = Sizes.parse(baseline);
        OptionalLong c = Sizes.parse(current);
        return b.isPresent() && c.isPresent() && b.getAsLong() == c.getAsLong();
    }
}
